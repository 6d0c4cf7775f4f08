package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The index keeps articles by when the pipeline received them, and a missing publication date neither
 * splits nor merges stories.
 */
class ReceiveTimeTopologyTest {
    private static final Instant NOW = Instant.parse("2026-11-24T06:00:00Z");
    private static final String PUBLISHED = "2024-10-21T06:00:00Z";

    private static List<String> wireText() {
        return SeedArticles.all().entrySet().stream().filter(e -> e.getKey().startsWith("002")).findFirst().orElseThrow()
                .getValue().article().paragraphs();
    }

    private static String storyOf(EnrichedArticle a) {
        return "s-" + a.id().substring(2);
    }

    @ParameterizedTest(name = "dated first: {0}")
    @ValueSource(booleans = {true, false})
    void aDatedArticleAndAnUndatedCopyReceivedTwoYearsLaterAreOneStory(boolean datedFirst) {
        EnrichedArticle dated = Articles.article("https://wire.example/1", "Yoon talks with NATO chief", wireText(), PUBLISHED, NOW);
        EnrichedArticle undated = Articles.article("https://portal.example/b", "NATO and Korea", wireText(), null,
                NOW.plusSeconds(5));
        try (StoryGraphDriver driver = new StoryGraphDriver()) {
            if (datedFirst) {
                driver.pipe(dated);
                driver.pipe(undated);
            } else {
                driver.pipe(undated);
                driver.pipe(dated);
            }
            assertThat(driver.partition()).containsExactly(Set.of(dated.id(), undated.id()));
            Map<String, StoryEvent> story = driver.stories().get(storyOf(dated));
            assertThat(story).as("named after the dated article, the earliest").isNotNull();
            assertThat(story.get(dated.id()).relation()).isEqualTo(Relation.ORIGINAL);
            assertThat(story.get(undated.id()).relation()).isEqualTo(Relation.COPY);
        }
    }

    @Test
    void twoDatedArticlesPublishedFurtherApartThanTheWindowStaySeparate() {
        EnrichedArticle first = Articles.article("https://wire.example/1", "Yoon talks with NATO chief", wireText(), PUBLISHED, NOW);
        EnrichedArticle again = Articles.article("https://wire.example/2", "Yoon talks with NATO chief", wireText(),
                "2026-11-23T06:00:00Z", NOW.plusSeconds(5));
        try (StoryGraphDriver driver = new StoryGraphDriver()) {
            driver.pipe(first);
            driver.pipe(again);
            assertThat(driver.partition()).containsExactlyInAnyOrder(Set.of(first.id()), Set.of(again.id()));
        }
    }

    @Test
    void anEntryReceivedLongerAgoThanTheRetentionIsNoLongerMatched() {
        StageConfig config = StageConfig.forTests().toBuilder().setting(DedupeSettings.WINDOW, "P14D").build();
        Duration retention = DedupeSettings.from(config).indexRetention();
        // the same publication time: by publication time the pair would be in the index together
        EnrichedArticle old = Articles.article("https://wire.example/1", "Yoon talks with NATO chief", wireText(), PUBLISHED, NOW);
        EnrichedArticle expired = Articles.article("https://late.example/x", "NATO and Korea", wireText(), PUBLISHED,
                NOW.plus(retention).plus(Duration.ofDays(1)));
        EnrichedArticle kept = Articles.article("https://late.example/y", "NATO and Korea", wireText(), PUBLISHED,
                NOW.plus(retention).minus(Duration.ofDays(1)));

        try (StoryGraphDriver driver = new StoryGraphDriver(config)) {
            driver.pipe(old);
            driver.pipe(kept);
            assertThat(driver.partition()).containsExactly(Set.of(old.id(), kept.id()));
        }
        try (StoryGraphDriver driver = new StoryGraphDriver(config)) {
            driver.pipe(old);
            driver.pipe(expired);
            assertThat(driver.partition()).containsExactlyInAnyOrder(Set.of(old.id()), Set.of(expired.id()));
        }
    }

    @Test
    void onlyTwoDatedArticlesCanBeOutsideTheWindow() {
        DedupeSettings settings = DedupeSettings.DEFAULTS;
        Fingerprinter fingerprinter = new Fingerprinter(settings);
        SimilarityScorer scorer = new SimilarityScorer(settings);
        Fingerprint dated = fingerprinter.of(Articles.article("https://a.example/1", "T", wireText(), PUBLISHED, NOW));
        Fingerprint undated = fingerprinter.of(Articles.article("https://b.example/1", "T", wireText(), null, NOW));
        Fingerprint datedLater = fingerprinter.of(Articles.article("https://c.example/1", "T", wireText(), "2026-11-23T06:00:00Z", NOW));
        assertThat(undated.received()).isEqualTo(NOW.toEpochMilli());
        assertThat(dated.received()).isEqualTo(NOW.toEpochMilli());
        assertThat(dated.time()).isEqualTo(Instant.parse(PUBLISHED).toEpochMilli());
        assertThat(scorer.outsideWindow(dated, undated)).isFalse();
        assertThat(scorer.outsideWindow(undated, dated)).isFalse();
        assertThat(scorer.outsideWindow(dated, datedLater)).isTrue();
        assertThat(scorer.decide(dated, undated)).isPresent();
        assertThat(scorer.decide(dated, datedLater)).isEmpty();
    }

    @Test
    void bucketsExpireAndCapByReceiveTime() {
        BucketEntry oldPublishedReceivedNow = new BucketEntry("a-old", 50_000);
        BucketEntry receivedLongAgo = new BucketEntry("a-gone", 10_000);
        BucketEntry recent = new BucketEntry("a-recent", 49_000);
        BucketMembers bucket = new BucketMembers(List.of(receivedLongAgo, recent, oldPublishedReceivedNow));

        assertThat(bucket.expire(20_000).members()).containsExactly(recent, oldPublishedReceivedNow);
        BucketEntry newcomer = new BucketEntry("a-new", 51_000);
        assertThat(bucket.add(newcomer, 20_000, 10).members()).containsExactly(recent, oldPublishedReceivedNow, newcomer);
        // over the cap the most recently received stay, whatever their publication time
        assertThat(bucket.add(newcomer, Long.MIN_VALUE, 2).members()).containsExactly(oldPublishedReceivedNow, newcomer);
        assertThat(bucket.latest(2, Long.MIN_VALUE, "a-old")).containsExactly(recent, receivedLongAgo);
        assertThat(bucket.latest(5, 20_000, "none")).containsExactly(oldPublishedReceivedNow, recent);
    }

    @Test
    void theDecisionCacheKeyChangesWithTheFingerprint() {
        Fingerprinter fingerprinter = new Fingerprinter(DedupeSettings.DEFAULTS);
        EnrichedArticle a = Articles.article("https://a.example/1", "Yoon talks with NATO chief", wireText(), null, NOW);
        EnrichedArticle reEnriched = Articles.article("https://a.example/1", "Yoon talks with NATO chief", wireText(), null, NOW,
                List.of("Mark Rutte"));
        assertThat(reEnriched.id()).isEqualTo(a.id());
        assertThat(BucketProcessor.version(fingerprinter.of(a))).isEqualTo(BucketProcessor.version(fingerprinter.of(a)))
                .isNotEqualTo(BucketProcessor.version(fingerprinter.of(reEnriched)));
    }
}
