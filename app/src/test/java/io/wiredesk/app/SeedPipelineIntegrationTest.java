package io.wiredesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.Topics;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryEntity;
import io.wiredesk.core.testing.SharedData;
import io.wiredesk.ingest.feed.ArticleSources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * All four stages on a real embedded Kafka broker, fed the five seed articles: the stories of
 * gold.json come out, the same with 1 and 3 partitions per topic; every record written validates
 * against its schema; feeding the same articles again changes nothing.
 */
class SeedPipelineIntegrationTest {

    @ParameterizedTest(name = "{0} partition(s)")
    @ValueSource(ints = {1, 3})
    void seedsBecomeTheGoldStories(int partitions) throws Exception {
        try (EmbeddedPipeline embedded = EmbeddedPipeline.start(null, partitions, io.wiredesk.core.kafka.StageConfig.builder().build())) {
            feedSeeds(embedded);
            embedded.awaitDrained(Duration.ofMinutes(3));
            List<CanonicalStory> stories = StoryReader.readLive(embedded.config());

            assertThat(SeedStories.groups(stories)).isEqualTo(SeedStories.goldGroups());
            assertCanonicalArticles(stories);
            assertGoldEntities(stories);
            assertEveryRecordMatchesItsSchema(embedded);

            // re-feeding is a no-op for the stories: same ids, same members, same titles
            feedSeeds(embedded);
            embedded.awaitDrained(Duration.ofMinutes(3));
            List<CanonicalStory> again = StoryReader.readLive(embedded.config());
            assertThat(summary(again)).isEqualTo(summary(stories));
        }
    }

    private static void feedSeeds(EmbeddedPipeline embedded) {
        try (ArticlePublisher publisher = new ArticlePublisher(embedded.config(), null)) {
            new ArticleSources().read(List.of(SharedData.seedsDir()), publisher::publish);
            publisher.flush();
        }
    }

    /** The 2024-10-21 story's canonical article is KBS's own report (004); singletons are their own. */
    private static void assertCanonicalArticles(List<CanonicalStory> stories) {
        Map<String, String> ids = SeedStories.idsByFile();
        CanonicalStory call = stories.stream().filter(s -> s.members().size() == 3).findFirst().orElseThrow();
        assertThat(call.canonicalArticleId()).isEqualTo(ids.get("004_ca3aa9753f530f90.txt"));
        for (CanonicalStory s : stories) {
            String file = SeedStories.goldFileOf(s.canonicalArticleId());
            assertThat(s.title()).isEqualTo(SharedData.gold().get("articles").get(file).get("title").asText());
        }
    }

    /** Each story names every gold entity of its articles. */
    private static void assertGoldEntities(List<CanonicalStory> stories) {
        for (CanonicalStory s : stories) {
            Set<String> names = s.entities().stream().map(StoryEntity::name).collect(Collectors.toSet());
            Set<String> expected = new java.util.TreeSet<>();
            s.members().forEach(m -> SharedData.gold().get("entities").get(SeedStories.goldFileOf(m.id()))
                    .forEach(n -> expected.add(n.asText())));
            List<String> missing = expected.stream().filter(n -> !names.contains(n)).toList();
            assertThat(missing.size()).as("gold entities missing from story %s: %s", s.storyId(), missing)
                    .isLessThanOrEqualTo(expected.size() / 20);
        }
    }

    private static void assertEveryRecordMatchesItsSchema(EmbeddedPipeline embedded) {
        for (String topic : List.of(Topics.RAW, Topics.CLEAN, Topics.ENRICHED, Topics.STORY_EVENTS, Topics.STORIES)) {
            SchemaCheck check = new SchemaCheck(topic);
            List<ConsumerRecord<String, byte[]>> records = TopicDump.read(embedded.config(), topic);
            assertThat(records).as("records on %s", topic).isNotEmpty();
            List<String> problems = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                if (r.value() != null) {
                    check.validate(r.value()).forEach(m -> problems.add(topic + " " + r.key() + ": " + m.getMessage()));
                }
            }
            assertThat(problems).isEmpty();
        }
        assertThat(TopicDump.read(embedded.config(), Topics.DLQ)).as("nothing in the DLQ for good input").isEmpty();
    }

    private static Set<String> summary(List<CanonicalStory> stories) {
        return stories.stream().map(s -> s.storyId() + "|" + s.title() + "|" + s.canonicalArticleId() + "|"
                + s.members().stream().map(m -> m.id() + ":" + m.relation()).sorted().toList()).collect(Collectors.toSet());
    }

    @Test
    void goldGroupsAreThree() {
        assertThat(SeedStories.goldGroups()).hasSize(3);
    }
}
