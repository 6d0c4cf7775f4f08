package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

    /** Two sets of {@code size} elements sharing {@code common}. */
    private static long[][] sets(int size, int common, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        long[] shared = LongStream.generate(r::nextLong).limit(common).toArray();
        long[] a = LongStream.concat(LongStream.of(shared), LongStream.generate(r::nextLong).limit(size - common)).sorted().toArray();
        long[] b = LongStream.concat(LongStream.of(shared), LongStream.generate(r::nextLong).limit(size - common)).sorted().toArray();
        return new long[][] {a, b};
    }

    @Test
    void estimateFollowsTheExactJaccard() {
        MinHash minHash = new MinHash(128);
        for (int common : new int[] {0, 50, 100, 200, 300, 400}) {
            long[][] s = sets(400, common, common);
            double exact = Shingles.jaccard(s[0], s[1]);
            double estimate = MinHash.estimate(minHash.signature(s[0]), minHash.signature(s[1]));
            // 128 slots: standard error at most 0.045; 3.5 sigma
            assertThat(estimate).as("common %d, exact %.3f", common, exact).isCloseTo(exact, within(0.16));
        }
    }

    @Test
    void averageErrorIsSmall() {
        MinHash minHash = new MinHash(64);
        double sumError = 0;
        int n = 200;
        for (int i = 0; i < n; i++) {
            long[][] s = sets(300, 100 + i % 150, 1000 + i);
            sumError += Math.abs(MinHash.estimate(minHash.signature(s[0]), minHash.signature(s[1])) - Shingles.jaccard(s[0], s[1]));
        }
        assertThat(sumError / n).isLessThan(0.06);
    }

    @Test
    void signaturesAreTheSameOnEveryInstance() {
        List<String> words = ContentTerms.words("The quick brown fox jumps over the lazy dog while the cat sleeps on the mat");
        long[] shingles = Shingles.of(words, 5);
        int[] one = new MinHash(64).signature(shingles);
        int[] two = new MinHash(64).signature(Shingles.of(new ArrayList<>(words), 5));
        assertThat(one).isEqualTo(two);
        assertThat(new MinHash(64, 42).signature(shingles)).isNotEqualTo(one);
        // fixed seeds and hashing: this value may only change with a deliberate re-index
        assertThat(Hash64.of("wiredesk")).isEqualTo(Hash64.of("wiredesk")).isNotEqualTo(Hash64.of("wiredesK"));
    }

    @Test
    void identicalTextsHaveEqualSignaturesAndDisjointOnesDiffer() {
        MinHash minHash = new MinHash(64);
        long[] a = Shingles.of(ContentTerms.words("one two three four five six seven eight nine ten"), 5);
        long[] b = Shingles.of(ContentTerms.words("alpha beta gamma delta epsilon zeta eta theta iota kappa"), 5);
        assertThat(MinHash.estimate(minHash.signature(a), minHash.signature(a))).isEqualTo(1.0);
        assertThat(MinHash.estimate(minHash.signature(a), minHash.signature(b))).isLessThan(0.1);
        assertThat(Shingles.jaccard(a, b)).isZero();
    }

    @Test
    void lshFindsPairsOfJaccardPointEight() {
        MinHash minHash = new MinHash(DedupeSettings.DEFAULTS.signatureSize());
        LshBands lsh = new LshBands(DedupeSettings.DEFAULTS.bands(), DedupeSettings.DEFAULTS.rows());
        int found = 0;
        int pairs = 300;
        for (int i = 0; i < pairs; i++) {
            // |A∩B| / |A∪B| = 400 / 500 = 0.8
            long[][] s = sets(450, 400, 5000 + i);
            List<String> ka = lsh.keys(minHash.signature(s[0]));
            List<String> kb = lsh.keys(minHash.signature(s[1]));
            if (ka.stream().anyMatch(kb::contains)) {
                found++;
            }
        }
        assertThat(lsh.candidateProbability(0.8)).isGreaterThan(0.999);
        assertThat(found).isGreaterThanOrEqualTo(pairs - 3);
    }

    @Test
    void lshRarelyPairsDissimilarTexts() {
        MinHash minHash = new MinHash(DedupeSettings.DEFAULTS.signatureSize());
        LshBands lsh = new LshBands(DedupeSettings.DEFAULTS.bands(), DedupeSettings.DEFAULTS.rows());
        int found = 0;
        for (int i = 0; i < 300; i++) {
            long[][] s = sets(300, 30, 9000 + i); // Jaccard 30/570 = 0.05
            List<String> kb = lsh.keys(minHash.signature(s[1]));
            if (lsh.keys(minHash.signature(s[0])).stream().anyMatch(kb::contains)) {
                found++;
            }
        }
        assertThat(lsh.candidateProbability(0.05)).isLessThan(0.01);
        assertThat(found).isLessThan(10);
    }
}
