package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wiredesk.core.json.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintSerdeTest {
    private final Fingerprinter fingerprinter = new Fingerprinter(DedupeSettings.DEFAULTS);
    private final SimilarityScorer scorer = new SimilarityScorer(DedupeSettings.DEFAULTS);

    private List<Fingerprint> seeds() {
        return SeedArticles.all().values().stream().map(fingerprinter::of).toList();
    }

    @Test
    void roundTripKeepsEverythingTheScorerReadsAndIsIdempotent() {
        for (Fingerprint f : seeds()) {
            byte[] bytes = FingerprintSerde.encode(f);
            Fingerprint back = FingerprintSerde.decode(bytes);
            assertThat(back.id()).isEqualTo(f.id());
            assertThat(back.time()).isEqualTo(f.time());
            assertThat(back.received()).isEqualTo(f.received());
            assertThat(back.dated()).isEqualTo(f.dated());
            assertThat(back.shingles()).isEqualTo(f.shingles());
            assertThat(back.eventDate()).isEqualTo(f.eventDate());
            assertThat(back.eventYearKnown()).isEqualTo(f.eventYearKnown());
            assertThat(back.titleTerms()).isEqualTo(f.titleTerms());
            assertThat(back.entities()).extracting(WeightedEntity::id).isEqualTo(f.entities().stream().map(WeightedEntity::id).toList());
            assertThat(back.terms()).isEqualTo(f.terms());
            assertThat(FingerprintSerde.encode(back)).isEqualTo(bytes);
            assertThat(bytes.length).as("binary size of %s", f.id()).isLessThan(Json.bytes(f).length * 6 / 10);
        }
    }

    @Test
    void decodedFingerprintsScoreLikeTheOriginals() {
        List<Fingerprint> fs = seeds();
        for (Fingerprint a : fs) {
            for (Fingerprint b : fs) {
                if (a == b) {
                    continue;
                }
                PairScore original = scorer.score(a, b);
                PairScore decoded = scorer.score(FingerprintSerde.decode(FingerprintSerde.encode(a)),
                        FingerprintSerde.decode(FingerprintSerde.encode(b)));
                assertThat(decoded.copy()).isEqualTo(original.copy());
                assertThat(decoded.event()).isCloseTo(original.event(), org.assertj.core.data.Offset.offset(1e-6));
                assertThat(scorer.decide(FingerprintSerde.decode(FingerprintSerde.encode(a)), FingerprintSerde.decode(FingerprintSerde.encode(b))))
                        .isEqualTo(scorer.decide(a, b));
            }
        }
    }

    @Test
    void otherIdsAndDatesSurviveAndGarbageIsRefused() {
        Fingerprint f = new Fingerprint("custom id/1", -5, 10, false, new int[] {-1, 7}, 0, Map.of("x y", 20),
                List.of(new WeightedEntity("kb:seoul", 0.5), new WeightedEntity("Q8684", 1.0)), "2024-10", false, List.of());
        Fingerprint back = FingerprintSerde.decode(FingerprintSerde.encode(f));
        assertThat(back.id()).isEqualTo("custom id/1");
        assertThat(back.time()).isEqualTo(-5);
        assertThat(back.received()).isEqualTo(10);
        assertThat(back.eventDate()).isEqualTo("2024-10");
        assertThat(back.terms()).isEqualTo(Map.of("x y", 20));
        assertThat(back.entities()).containsExactly(new WeightedEntity("kb:seoul", 0.5), new WeightedEntity("Q8684", 1.0));
        assertThatThrownBy(() -> FingerprintSerde.decode(new byte[] {9, 0})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bucketMembersRoundTripAndKeepTheMostRecent() {
        BucketMembers b = BucketMembers.empty()
                .add(new BucketEntry(new OrderKey(100, "a-00000000000000ff"), 1_000), 0, 2)
                .add(new BucketEntry(new OrderKey(50, "other"), 3_000), 0, 2)
                .add(new BucketEntry(new OrderKey(70, "a-0123456789abcdef"), 2_000), 0, 2);
        assertThat(BucketMembersSerde.decode(BucketMembersSerde.encode(b))).isEqualTo(b);
        assertThat(b.members()).extracting(BucketEntry::id).containsExactly("other", "a-0123456789abcdef");
        assertThat(b.latest(1, 0, "other")).extracting(BucketEntry::id).containsExactly("a-0123456789abcdef");
    }
}
