package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wiredesk.core.testing.SharedData;
import io.wiredesk.dedupe.quality.LabelledDoc;
import io.wiredesk.dedupe.quality.OnlineStories;
import io.wiredesk.dedupe.quality.StoryCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The streaming graph (the real topology: buckets, links, label propagation, coordinators' REPORT/ASSIGN) forms the
 * stories the cluster-level rule defines ({@link OnlineStories} + {@link StoryClustering} over the same links), in
 * feed order and in shuffled orders, on ECB+ topics with hard negatives (skipped when ../shared/data is absent).
 */
@Tag("quality")
class StreamingStoriesTest {
    private static final Set<String> TOPICS = Set.of("1", "3", "5", "8", "13");

    @Test
    void theGraphFormsTheStoriesOfTheRuleInAnyArrivalOrder() {
        Optional<Path> file = SharedData.dataFile("stories/ecbplus-dev.jsonl");
        assumeTrue(file.isPresent(), "../shared/data/stories/ecbplus-dev.jsonl is absent, skipping");
        StoryCorpus corpus = StoryCorpus.load(file.get(), n -> TOPICS.contains(n.get("story").asText().split("_")[0]));
        List<LabelledDoc> docs = corpus.docs();
        Fingerprinter fingerprinter = new Fingerprinter(DedupeSettings.DEFAULTS);
        List<Fingerprint> feed = docs.stream().map(d -> fingerprinter.of(d.article())).toList();
        Set<Set<String>> expected = partition(feed, OnlineStories.cluster(feed, DedupeSettings.DEFAULTS));
        assertThat(expected.size()).as("the rule splits these topics into several stories").isGreaterThan(TOPICS.size() * 2);
        assertThat(expected).as("some stories have several articles").anyMatch(s -> s.size() > 3);

        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            order.add(i);
        }
        List<List<Integer>> orders = new ArrayList<>();
        orders.add(List.copyOf(order));
        Collections.shuffle(order, new Random(11));
        orders.add(List.copyOf(order));
        for (List<Integer> o : orders) {
            try (StoryGraphDriver driver = new StoryGraphDriver()) {
                o.forEach(i -> driver.pipe(docs.get(i).article()));
                assertThat(driver.partition()).as("stories of the graph, arrival order %s", o.subList(0, 5)).isEqualTo(expected);
                long[] state = driver.nodeStateBytes();
                long n = Math.max(1, state[0]);
                System.out.printf("%d docs, %d graph messages, node state (JSON) %d bytes per article on average (summary %d, links %d,"
                                + " heard %d, coordinators' views %d), largest %d%n", docs.size(), driver.loopedMessages(), state[1] / n,
                        state[3] / n, state[4] / n, state[5] / n, state[6] / n, state[2]);
            }
        }
    }

    private static Set<Set<String>> partition(List<Fingerprint> feed, List<Integer> story) {
        Map<Integer, Set<String>> byStory = new HashMap<>();
        for (int i = 0; i < feed.size(); i++) {
            byStory.computeIfAbsent(story.get(i), k -> new HashSet<>()).add(feed.get(i).id());
        }
        return new HashSet<>(byStory.values());
    }
}
