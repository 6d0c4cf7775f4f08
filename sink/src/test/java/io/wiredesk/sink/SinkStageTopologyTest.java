package io.wiredesk.sink;

import static io.wiredesk.sink.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.json.JsonSerde;
import io.wiredesk.core.json.Schemas;
import io.wiredesk.core.kafka.Guarded;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEntity;
import io.wiredesk.core.model.StoryEvent;
import io.wiredesk.core.model.StoryMember;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkStageTopologyTest {
    private static final Instant T0 = Instant.parse("2024-11-07T01:00:00Z");
    private static final JsonSchema STORY_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SinkStageTopologyTest.class.getClassLoader().getResourceAsStream(Schemas.schemaFor(Topics.STORIES)),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    @TempDir
    Path stateDir;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> events;
    private TestOutputTopic<String, CanonicalStory> stories;
    private TestOutputTopic<String, byte[]> dlq;

    @BeforeEach
    void start() {
        StageConfig config = StageConfig.forTests().toBuilder().meters(meters).build();
        SinkStage stage = new SinkStage();
        Properties props = config.streamsProperties(stage.name());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(stage.build(config), props);
        events = driver.createInputTopic(Topics.STORY_EVENTS, Serdes.String().serializer(), Serdes.ByteArray().serializer());
        stories = driver.createOutputTopic(Topics.STORIES, Serdes.String().deserializer(),
                JsonSerde.of(CanonicalStory.class).deserializer());
        dlq = driver.createOutputTopic(Topics.DLQ, Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(StoryEvent e) {
        events.pipeInput(e.storyId(), Json.bytes(e));
    }

    private void joined(String storyId, ArticleSummary a, Relation relation, double similarity, int second) {
        send(StoryEvent.joined(storyId, a, relation, similarity, T0.plusSeconds(second)));
    }

    private Map<String, CanonicalStory> latestStories(List<TestRecord<String, CanonicalStory>> records) {
        return records.stream().filter(r -> r.value() != null)
                .collect(Collectors.toMap(TestRecord::key, TestRecord::value, (a, b) -> b));
    }

    private StoryQueries queries() {
        KeyValueStore<String, StoryState> storyStore = driver.getKeyValueStore(SinkStage.STORIES_STORE);
        KeyValueStore<String, ArticleLink> articleStore = driver.getKeyValueStore(SinkStage.ARTICLE_STORY_STORE);
        return StoryQueries.over(storyStore, articleStore);
    }

    @Test
    void twoStoriesBecomeTwoDocumentsWithTheRightCanonicalArticle() {
        ArticleSummary copy = article("a-copy").at("https://viewusglobal.com/?p=77066").crediting("KBS")
                .published("2024-11-06T08:00:00Z").words(420).event("2024-11-06")
                .naming("Q21001", "Yoon Suk Yeol", 0.9).naming("Q7184", "NATO", 0.3).build();
        ArticleSummary kbs = article("a-kbs").at("https://news.kbs.co.kr/news/pc/view/view.do?ncd=8100000").crediting("KBS")
                .published("2024-11-06T09:30:00Z").words(380).event("2024-11-06")
                .naming("Q21001", "Yoon Suk Yeol", 0.85).naming("Q57792", "Mark Rutte", 0.7).naming("Q212", "Ukraine", 0.4).build();
        ArticleSummary later = article("b-later").at("https://ontimenews.ae/?p=1717").crediting("Yonhap")
                .received("2024-10-22T05:00:00Z").naming("Q884", "South Korea", 0.6).build();
        ArticleSummary earlier = article("b-earlier").at("https://koreabizwire.example/2").crediting("Yonhap")
                .published("2024-10-21").received("2024-10-23T00:00:00Z").naming("Q884", "South Korea", 0.5).build();

        joined("s-kbs", copy, Relation.ORIGINAL, 1.0, 0);
        joined("s-yna", later, Relation.ORIGINAL, 1.0, 1);
        joined("s-kbs", kbs, Relation.COPY, 0.94, 2);
        joined("s-yna", earlier, Relation.REWRITE, 0.61, 3);

        List<TestRecord<String, CanonicalStory>> out = stories.readRecordsToList();
        assertThat(out).hasSize(4);
        Map<String, CanonicalStory> latest = latestStories(out);
        assertThat(latest).containsOnlyKeys("s-kbs", "s-yna");

        CanonicalStory s1 = latest.get("s-kbs");
        assertThat(s1.canonicalArticleId()).isEqualTo("a-kbs");
        assertThat(s1.title()).isEqualTo("Title of a-kbs");
        assertThat(s1.members()).extracting(StoryMember::id).containsExactly("a-copy", "a-kbs");
        assertThat(s1.entities()).extracting(StoryEntity::id).containsExactly("Q21001", "Q57792", "Q212", "Q7184");
        assertThat(s1.entities().get(0).articles()).isEqualTo(2);
        assertThat(s1.firstPublished()).isEqualTo("2024-11-06T08:00:00Z");
        assertThat(s1.updated()).isEqualTo(T0.plusSeconds(2));
        assertThat(s1.version()).isEqualTo(2);
        assertThat(s1.agencies()).containsExactly("KBS");

        for (TestRecord<String, CanonicalStory> r : out) {
            assertThat(STORY_SCHEMA.validate(Json.MAPPER.valueToTree(r.value()))).as("schema errors of " + r.key()).isEmpty();
        }

        CanonicalStory s2 = latest.get("s-yna");
        assertThat(s2.canonicalArticleId()).isEqualTo("b-earlier");
        assertThat(s2.firstPublished()).isEqualTo("2024-10-21");
        assertThat(s2.members()).extracting(StoryMember::relation).containsExactly(Relation.ORIGINAL, Relation.REWRITE);

        assertThat(meters.get("wiredesk.story.size").summary().count()).isEqualTo(4);
        assertThat(meters.get("wiredesk.story.size").summary().max()).isEqualTo(2);
    }

    @Test
    void aRepeatedEventWritesNothing() {
        ArticleSummary a = article("a").at("https://one.example/1").build();
        joined("s", a, Relation.ORIGINAL, 1.0, 0);
        joined("s", a, Relation.ORIGINAL, 1.0, 5);
        assertThat(stories.readRecordsToList()).hasSize(1);
    }

    @Test
    void aMergeTombstonesTheMergedStoryAndTheSurvivorHasAllMembers() {
        ArticleSummary a = article("a").at("https://en.yna.co.kr/view/1").published("2024-11-06T06:00:00Z").build();
        ArticleSummary b = article("b").at("https://one.example/1").crediting("Yonhap").published("2024-11-06T07:00:00Z").build();
        ArticleSummary c = article("c").at("https://two.example/2").crediting("Yonhap").published("2024-11-06T08:00:00Z").build();
        ArticleSummary d = article("d").at("https://three.example/3").published("2024-11-06T09:00:00Z").build();
        joined("s-1", a, Relation.ORIGINAL, 1.0, 0);
        joined("s-1", b, Relation.COPY, 0.95, 1);
        joined("s-2", c, Relation.ORIGINAL, 1.0, 2);
        joined("s-2", d, Relation.REWRITE, 0.7, 3);
        stories.readRecordsToList();

        // d bridges the two stories: dedupe moves s-2's members into the older s-1 and ends s-2
        send(StoryEvent.left("s-2", "c", "s-1", T0.plusSeconds(10)));
        joined("s-1", c, Relation.COPY, 0.93, 10);
        send(StoryEvent.left("s-2", "d", "s-1", T0.plusSeconds(10)));
        joined("s-1", d, Relation.REWRITE, 0.7, 10);
        send(StoryEvent.merged("s-2", "s-1", T0.plusSeconds(10)));

        List<TestRecord<String, CanonicalStory>> out = stories.readRecordsToList();
        List<TestRecord<String, CanonicalStory>> ofS2 = out.stream().filter(r -> r.key().equals("s-2")).toList();
        assertThat(ofS2).hasSize(2);
        assertThat(ofS2.get(0).value().members()).extracting(StoryMember::id).containsExactly("d");
        assertThat(ofS2.get(1).value()).as("tombstone").isNull();

        CanonicalStory survivor = latestStories(out).get("s-1");
        assertThat(survivor.members()).extracting(StoryMember::id).containsExactly("a", "b", "c", "d");
        assertThat(survivor.canonicalArticleId()).isEqualTo("a");
        assertThat(survivor.version()).isEqualTo(4);

        StoryQueries q = queries();
        assertThat(q.story("s-2")).map(CanonicalStory::storyId).contains("s-1");
        assertThat(q.storyOfArticle("c")).map(CanonicalStory::storyId).contains("s-1");
        assertThat(q.stories(null, null, 10)).extracting(CanonicalStory::storyId).containsExactly("s-1");
        assertThat(meters.get("wiredesk.story.merges").counter().count()).isEqualTo(1);
        assertThat(meters.get("wiredesk.story.tombstones").counter().count()).isEqualTo(1);
    }

    @Test
    void aMergeOfAStoryWithMembersTombstonesItAtOnce() {
        joined("s-1", article("a").at("https://one.example/1").build(), Relation.ORIGINAL, 1.0, 0);
        joined("s-2", article("b").at("https://two.example/2").build(), Relation.ORIGINAL, 1.0, 1);
        stories.readRecordsToList();

        send(StoryEvent.merged("s-2", "s-1", T0.plusSeconds(5)));
        List<TestRecord<String, CanonicalStory>> out = stories.readRecordsToList();
        assertThat(out).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("s-2");
            assertThat(r.value()).isNull();
        });
        assertThat(queries().storyOfArticle("b")).map(CanonicalStory::storyId).contains("s-1");
    }

    @Test
    void theArticleStoryStoreAnswersWithTheLatestPlacement() {
        ArticleSummary a = article("a").at("https://one.example/1").build();
        joined("s-1", a, Relation.ORIGINAL, 1.0, 0);
        KeyValueStore<String, ArticleLink> index = driver.getKeyValueStore(SinkStage.ARTICLE_STORY_STORE);
        assertThat(index.get("a")).isEqualTo(new ArticleLink("s-1", T0));

        // the move arrives before the (older) join of its old story was reprocessed: the newer decision stays
        send(StoryEvent.left("s-1", "a", "s-9", T0.plusSeconds(20)));
        joined("s-1", a, Relation.COPY, 0.9, 10);
        assertThat(index.get("a")).isEqualTo(new ArticleLink("s-9", T0.plusSeconds(20)));
        assertThat(index.get("unknown")).isNull();
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicWithTheirReason() {
        events.pipeInput("s-1", "{not json".getBytes(StandardCharsets.UTF_8));
        StoryEvent wrongKey = StoryEvent.merged("s-2", "s-1", T0);
        events.pipeInput("s-3", Json.bytes(wrongKey));
        events.pipeInput("s-4", "{\"schema\":1,\"type\":\"JOINED\",\"storyId\":\"s-4\",\"at\":\"2024-11-07T01:00:00Z\"}"
                .getBytes(StandardCharsets.UTF_8));

        List<TestRecord<String, byte[]>> dead = dlq.readRecordsToList();
        assertThat(dead).extracting(r -> new String(r.headers().lastHeader(Guarded.H_REASON).value(), StandardCharsets.UTF_8))
                .containsExactly("not-json", "invalid-event", "invalid-event");
        assertThat(dead.get(0).value()).asString(StandardCharsets.UTF_8).isEqualTo("{not json");
        assertThat(new String(dead.get(0).headers().lastHeader(Guarded.H_STAGE).value(), StandardCharsets.UTF_8)).isEqualTo("sink");
        assertThat(stories.isEmpty()).isTrue();
    }
}
