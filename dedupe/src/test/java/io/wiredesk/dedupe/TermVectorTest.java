package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TermVectorTest {
    private final BackgroundIdf idf = BackgroundIdf.shared();

    /** The cosine of the exact TF-IDF weights, as the scorer computed it before weights were quantized. */
    private double exactCosine(Map<String, Integer> a, Map<String, Integer> b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (var e : a.entrySet()) {
            double w = ContentTerms.tf(e.getValue()) * idf.of(e.getKey());
            na += w * w;
            Integer o = b.get(e.getKey());
            if (o != null) {
                dot += w * ContentTerms.tf(o) * idf.of(e.getKey());
            }
        }
        for (var e : b.entrySet()) {
            double w = ContentTerms.tf(e.getValue()) * idf.of(e.getKey());
            nb += w * w;
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void quantizedCosineFollowsTheExactOne() {
        SplittableRandom rng = new SplittableRandom(7);
        String[] vocabulary = {"missile", "launch", "seoul", "talks", "summit", "vote", "impeachment", "troops", "deployment",
                "ukraine", "call", "president", "minister", "ceasefire", "sanctions", "election", "court", "ruling", "flood", "rescue"};
        double worst = 0;
        for (int trial = 0; trial < 200; trial++) {
            Map<String, Integer> a = new HashMap<>();
            Map<String, Integer> b = new HashMap<>();
            for (String w : vocabulary) {
                if (rng.nextDouble() < 0.6) {
                    a.put(w, 1 + rng.nextInt(6));
                }
                if (rng.nextDouble() < 0.6) {
                    b.put(w, 1 + rng.nextInt(6));
                }
                if (rng.nextDouble() < 0.3) {
                    a.put(w + " " + vocabulary[rng.nextInt(vocabulary.length)], 1);
                }
            }
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            double quantized = TermVector.of(a, 200, idf).cosine(TermVector.of(b, 200, idf));
            worst = Math.max(worst, Math.abs(quantized - exactCosine(a, b)));
        }
        assertThat(worst).as("largest cosine error of %d-bit weights", TermVector.WEIGHT_BITS).isLessThan(0.05);
    }

    @Test
    void keepsTheHeaviestTermsSortedByHashAndCountsRareWordsBothShare() {
        Map<String, Integer> counts = Map.of("pyongyang", 3, "launch", 2, "said", 1, "missile launch", 2);
        TermVector v = TermVector.of(counts, 3, idf);
        assertThat(v.size()).isEqualTo(3);
        for (int i = 1; i < v.size(); i++) {
            assertThat(v.hashAt(i)).isGreaterThan(v.hashAt(i - 1));
        }
        assertThat(v.weightAt(0)).isBetween(1, TermVector.MAX_WEIGHT);
        assertThat(v.cosine(v)).isCloseTo(1.0, within(1e-9));
        TermVector other = TermVector.of(Map.of("pyongyang", 1, "seoul", 1), 200, idf);
        assertThat(v.rareShared(other)).isEqualTo(idf.of("pyongyang") >= SimilarityScorer.RARE_IDF ? 1 : 0);
        assertThat(TermVector.EMPTY.cosine(v)).isZero();
        assertThat(TermVector.of(counts, 3, idf)).isEqualTo(v).hasSameHashCodeAs(v);
    }

    @Test
    void bitPackingRoundTrips() {
        BinaryWriter section = new BinaryWriter(16);
        BitPacking.Writer bits = new BitPacking.Writer(section);
        long[] values = {0, 1, 5, 1_000_000, 17, 3, 70_000};
        for (long v : values) {
            bits.rice(v, 4);
            bits.write(v & 0xF, 4);
        }
        bits.finish();
        BinaryWriter w = new BinaryWriter(16);
        w.writeSection(section);
        w.writeByte(0x7E);
        BinaryReader r = new BinaryReader(w.toByteArray());
        BitPacking.Reader in = r.bits(r.readVarInt());
        for (long v : values) {
            assertThat(in.rice(4)).isEqualTo(v);
            assertThat(in.read(4)).isEqualTo(v & 0xF);
        }
        assertThat(r.readByte()).as("the byte after the padded bits").isEqualTo(0x7E);
    }
}
