package io.wiredesk.app.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.app.EmbeddedPipeline;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.core.testing.SharedData;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Dedupe finds candidates by repartitioning on bucket keys and names stories by their earliest article, so
 * the stories must not depend on the number of partitions nor on the order articles arrive in. 150 ECB+
 * documents (all of one language, many stories with several reports each) are replayed with 1 partition
 * in published order, with 3 partitions shuffled and with 8 partitions in order together with the seeds:
 * the same stories, same ids, same members, come out.
 */
class PartitionInvarianceIntegrationTest {
    private static final int SAMPLE = 150;

    @Test
    void seedsWithEightPartitionsGiveTheGoldStories() throws Exception {
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, 8, StageConfig.builder().build())) {
            ReplayArticles.publish(embedded, List.of(), true);
            embedded.awaitDrained(Duration.ofMinutes(3));
            assertThat(ReplayArticles.groups(embedded)).isEqualTo(goldGroups());
        }
    }

    @Test
    void storiesDoNotDependOnPartitionsOrArrivalOrder() throws Exception {
        Optional<List<RawArticle>> sample = ReplayArticles.ecbPlus(SAMPLE);
        Assumptions.assumeTrue(sample.isPresent(), "../shared/data/stories/ecbplus-dev.jsonl absent, skipping");
        List<RawArticle> articles = sample.get();

        Set<String> one = replay(articles, 1);
        Set<String> threeShuffled = replay(ReplayArticles.shuffled(articles, 42), 3);
        Set<String> eightShuffled = replay(ReplayArticles.shuffled(articles, 7), 8);

        assertThat(one.size()).as("stories of %d documents", articles.size()).isBetween(10, articles.size() - 10);
        assertThat(threeShuffled).isEqualTo(one);
        assertThat(eightShuffled).isEqualTo(one);
    }

    private static Set<String> replay(List<RawArticle> articles, int partitions) throws Exception {
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, partitions, StageConfig.builder().build())) {
            ReplayArticles.publish(embedded, articles, false);
            embedded.awaitDrained(Duration.ofMinutes(3));
            return ReplayArticles.stories(embedded);
        }
    }

    /** The seeds' gold stories (core's seeds-gold.json) as sets of the ids the feeder gives the seed files. */
    private static Set<Set<String>> goldGroups() throws IOException {
        JsonNode manifest = Json.MAPPER.readTree(SharedData.seedsDir().resolve("manifest.json").toFile()).get("articles");
        Map<String, String> ids = new HashMap<>();
        manifest.fields().forEachRemaining(e -> ids.put(e.getKey(), ArticleIds.of(e.getValue().get("url").asText(), null)));
        Set<Set<String>> groups = new HashSet<>();
        SharedData.gold().get("stories").fields().forEachRemaining(e -> {
            Set<String> g = new TreeSet<>();
            e.getValue().forEach(f -> g.add(ids.get(f.asText())));
            groups.add(g);
        });
        return groups;
    }
}
