package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
            // 200 terms at ~3.3 bytes, the signature, the entities: well under the 1.7 KB of the first binary format
            assertThat(bytes.length).as("binary size of %s", f.id()).isLessThan(1_100);
            byte[] indexed = FingerprintSerde.encode(f, false);
            assertThat(FingerprintSerde.decode(indexed).titleTerms()).isEmpty();
            assertThat(FingerprintSerde.decode(indexed)).usingRecursiveComparison().ignoringFields("titleTerms").isEqualTo(back);
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
        TermVector terms = TermVector.of(Map.of("x y", 20, "alpha", 1), 10, BackgroundIdf.shared());
        Fingerprint f = new Fingerprint("custom id/1", -5, 10, false, new int[] {-1, 7}, 0, terms,
                List.of(new WeightedEntity("kb:seoul", 0.6), new WeightedEntity("Q8684", 1.0)), "2024-10", false, List.of());
        Fingerprint back = FingerprintSerde.decode(FingerprintSerde.encode(f));
        assertThat(back.id()).isEqualTo("custom id/1");
        assertThat(back.time()).isEqualTo(-5);
        assertThat(back.received()).isEqualTo(10);
        assertThat(back.eventDate()).isEqualTo("2024-10");
        assertThat(back.terms()).isEqualTo(terms);
        assertThat(back.terms().size()).isEqualTo(2);
        assertThat(back.entities()).containsExactly(new WeightedEntity("kb:seoul", 0.6), new WeightedEntity("Q8684", 1.0));
        assertThatThrownBy(() -> FingerprintSerde.decode(new byte[] {9, 0})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bucketMembersRoundTripAndKeepTheMostRecent() {
        BucketMembers b = BucketMembers.empty()
                .add(new BucketEntry("a-00000000000000ff", 1_800_000_000L), 0, 2)
                .add(new BucketEntry("other", 1_800_000_300L), 0, 2)
                .add(new BucketEntry("a-0123456789abcdef", 1_800_000_200L), 0, 2);
        assertThat(BucketMembersSerde.decode(BucketMembersSerde.encode(b))).isEqualTo(b);
        assertThat(b.members()).extracting(BucketEntry::id).containsExactly("a-0123456789abcdef", "other");
        assertThat(b.latest(1, 0, "other")).extracting(BucketEntry::id).containsExactly("a-0123456789abcdef");
        BucketMembers one = BucketMembers.empty().add(BucketEntry.of("a-0123456789abcdef", 1_764_000_000_123L), 0, 100);
        assertThat(one.members().get(0).received()).isEqualTo(1_764_000_000L);
        assertThat(BucketMembersSerde.encode(one)).hasSize(13);
        assertThat(BucketMembersSerde.decode(BucketMembersSerde.encode(one))).isEqualTo(one);
        BucketMembers old = BucketMembers.empty().add(new BucketEntry("a-0123456789abcdef", 1_200_000_000L), 0, 100);
        assertThat(BucketMembersSerde.decode(BucketMembersSerde.encode(old))).isEqualTo(old);
        assertThatThrownBy(() -> BucketMembersSerde.decode(new byte[] {1, 0})).isInstanceOf(IllegalArgumentException.class);
    }
}
