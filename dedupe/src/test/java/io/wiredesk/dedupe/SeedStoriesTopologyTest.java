package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedStoriesTopologyTest {
    private static Map<String, EnrichedArticle> seeds;
    private static Map<String, String> ids;

    @BeforeAll
    static void load() {
        seeds = SeedArticles.all();
        ids = SeedArticles.idsByNumber(seeds);
    }

    @Test
    void printsThePairwiseScoresOfTheSeeds() {
        Fingerprinter fingerprinter = new Fingerprinter(DedupeSettings.DEFAULTS);
        SimilarityScorer scorer = new SimilarityScorer(DedupeSettings.DEFAULTS);
        List<String> numbers = new ArrayList<>(ids.keySet());
        Map<String, Fingerprint> f = seeds.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().substring(0, 3), e -> fingerprinter.of(e.getValue())));
        StringBuilder out = new StringBuilder("\nseed pair   jaccard  copy   content entities rare  EVENT  (copy >= "
                + DedupeSettings.DEFAULTS.copyThreshold() + ", event >= " + DedupeSettings.DEFAULTS.eventThreshold() + " or >= "
                + DedupeSettings.DEFAULTS.supportedThreshold() + " with " + DedupeSettings.DEFAULTS.supportingTerms() + " rare words)\n");
        double sameEventMin = 1;
        double otherMax = 0;
        List<String> sameEventWithoutEdge = new ArrayList<>();
        List<String> otherWithEdge = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            for (int j = i + 1; j < numbers.size(); j++) {
                String a = numbers.get(i);
                String b = numbers.get(j);
                PairScore s = scorer.score(f.get(a), f.get(b));
                out.append(String.format("%s-%s     %.3f    %.3f  %.3f   %.3f    %4d  %.3f  %s%n", a, b, s.jaccard(), s.copy(),
                        s.content(), s.entities(), s.rareShared(), s.event(), scorer.decide(f.get(a), f.get(b)).isPresent() ? "edge" : ""));
                boolean edge = scorer.decide(f.get(a), f.get(b)).isPresent();
                if (sameEvent(a) && sameEvent(b)) {
                    sameEventMin = Math.min(sameEventMin, s.event());
                    if (!edge) {
                        sameEventWithoutEdge.add(a + "-" + b);
                    }
                } else {
                    otherMax = Math.max(otherMax, s.event());
                    if (edge) {
                        otherWithEdge.add(a + "-" + b);
                    }
                }
            }
        }
        out.append(String.format("lowest same-event score %.3f, highest other score %.3f%n", sameEventMin, otherMax));
        System.out.println(out);
        assertThat(sameEventWithoutEdge).as("same-event pairs without an edge").isEmpty();
        assertThat(otherWithEdge).as("pairs of different events with an edge").isEmpty();
        assertThat(sameEventMin - otherMax).as("margin between the same-event pairs and the hard negative").isGreaterThanOrEqualTo(0.015);
    }

    private static boolean sameEvent(String number) {
        return Set.of("001", "002", "004").contains(number);
    }

    @ParameterizedTest(name = "window {0}")
    @ValueSource(strings = {"P14D", "P60D"})
    void findsThreeStoriesInEveryOrder(String window) {
        StageConfig config = StageConfig.forTests().toBuilder().setting(DedupeSettings.WINDOW, window).build();
        List<String> order = new ArrayList<>(seeds.keySet());
        List<List<String>> orders = new ArrayList<>();
        orders.add(List.copyOf(order));
        Collections.reverse(order);
        orders.add(List.copyOf(order));
        Random random = new Random(7);
        for (int i = 0; i < 6; i++) {
            Collections.shuffle(order, random);
            orders.add(List.copyOf(order));
        }
        for (List<String> files : orders) {
            try (StoryGraphDriver driver = new StoryGraphDriver(config)) {
                files.forEach(file -> driver.pipe(seeds.get(file)));
                assertThat(driver.partition()).as("stories for order %s", files).containsExactlyInAnyOrder(
                        Set.of(ids.get("001"), ids.get("002"), ids.get("004")), Set.of(ids.get("000")), Set.of(ids.get("003")));

                String storyId = "s-" + ids.get("004").substring(2);
                Map<String, StoryEvent> story = driver.stories().get(storyId);
                assertThat(story).as("story named after 004, the earliest dated report").isNotNull();
                assertThat(story.get(ids.get("004")).relation()).isEqualTo(Relation.ORIGINAL);
                assertThat(story.get(ids.get("001")).relation()).isEqualTo(Relation.REWRITE);
                assertThat(story.get(ids.get("002")).relation()).isEqualTo(Relation.REWRITE);
                assertThat(story.get(ids.get("001")).similarity()).isBetween(DedupeSettings.DEFAULTS.supportedThreshold(), 1.0);
                assertThat(driver.stories().get("s-" + ids.get("000").substring(2)).get(ids.get("000")).relation())
                        .isEqualTo(Relation.ORIGINAL);
            }
        }
    }

    @Test
    void seedsAreReceivedTodayAndOnlyTwoStateAPublicationDate() {
        Instant twoYearsBefore = SeedArticles.RECEIVED.minus(java.time.Duration.ofDays(365));
        seeds.values().forEach(a -> assertThat(a.article().receivedAt()).isAfterOrEqualTo(SeedArticles.RECEIVED));
        assertThat(seeds.values().stream().filter(a -> a.article().publishedAt() != null).map(EnrichedArticle::id))
                .containsExactlyInAnyOrder(ids.get("003"), ids.get("004"));
        assertThat(io.wiredesk.core.Dates.toInstant(seeds.get(fileOf("004")).article().publishedAt()).orElseThrow())
                .isBefore(twoYearsBefore);
    }

    private static String fileOf(String number) {
        return seeds.keySet().stream().filter(f -> f.startsWith(number)).findFirst().orElseThrow();
    }

    @Test
    void badInputGoesToTheDeadLetterTopic() {
        try (StoryGraphDriver driver = new StoryGraphDriver()) {
            driver.pipeRaw("a-bad", "{not json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(driver.deadLetters()).hasSize(1);
            assertThat(driver.stories()).isEmpty();
        }
    }
}
