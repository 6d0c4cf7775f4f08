package io.wiredesk.sink;

import static io.wiredesk.sink.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wiredesk.core.Topics;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP story API over the stores of a topology test driver. */
class StoryRoutesTest {
    private static final Instant T0 = Instant.parse("2024-11-07T01:00:00Z");

    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private HttpEndpoints http;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        StageConfig config = StageConfig.forTests();
        SinkStage stage = new SinkStage();
        Properties props = config.streamsProperties(stage.name());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(stage.build(config), props);
        TestInputTopic<String, byte[]> events = driver.createInputTopic(Topics.STORY_EVENTS,
                Serdes.String().serializer(), Serdes.ByteArray().serializer());
        pipe(events, StoryEvent.joined("s-old", article("a").at("https://en.yna.co.kr/view/1")
                .naming("Q21001", "Yoon Suk Yeol", 0.9).build(), Relation.ORIGINAL, 1.0, T0));
        pipe(events, StoryEvent.joined("s-new", article("b").at("https://one.example/1")
                .naming("Q57792", "Mark Rutte", 0.8).naming("candidate:kim", "Kim", 0.1).build(), Relation.ORIGINAL, 1.0,
                T0.plusSeconds(3600)));
        pipe(events, StoryEvent.joined("s-gone", article("c").at("https://two.example/2").build(), Relation.ORIGINAL, 1.0, T0));
        pipe(events, StoryEvent.merged("s-gone", "s-new", T0.plusSeconds(7200)));

        StoryQueries queries = StoryQueries.over(driver.getKeyValueStore(SinkStage.STORIES_STORE),
                driver.getKeyValueStore(SinkStage.ARTICLE_STORY_STORE));
        http = new HttpEndpoints("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> true, () -> true);
        StoryRoutes.register(http, queries);
        http.start();
    }

    private static void pipe(TestInputTopic<String, byte[]> events, StoryEvent e) {
        events.pipeInput(e.storyId(), Json.bytes(e));
    }

    @AfterEach
    void stop() {
        http.close();
        driver.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + pathAndQuery)).GET().build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void listsLiveStoriesNewestFirst() throws Exception {
        HttpResponse<String> r = get("/stories");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = json(r);
        assertThat(body.get("count").asInt()).isEqualTo(2);
        assertThat(body.get("stories").findValuesAsText("storyId")).containsExactly("s-new", "s-old");

        assertThat(json(get("/stories?limit=1")).get("stories").findValuesAsText("storyId")).containsExactly("s-new");
    }

    @Test
    void filtersByEntityAndTime() throws Exception {
        assertThat(json(get("/stories?entity=Q21001")).get("stories").findValuesAsText("storyId")).containsExactly("s-old");
        assertThat(json(get("/stories?entity=candidate%3Akim")).get("stories").findValuesAsText("storyId")).containsExactly("s-new");
        assertThat(json(get("/stories?since=2024-11-07T01:30:00Z")).get("count").asInt()).isEqualTo(1);
        assertThat(json(get("/stories?since=2024-11-07")).get("count").asInt()).isEqualTo(2);
        assertThat(json(get("/stories?since=2024-11-07T10:30:00+09:00")).get("count").asInt()).isEqualTo(1);
    }

    @Test
    void answersOneStoryFollowingMergesAnd404sUnknownOnes() throws Exception {
        HttpResponse<String> story = get("/stories/s-old");
        assertThat(story.statusCode()).isEqualTo(200);
        assertThat(json(story).get("canonicalArticleId").asText()).isEqualTo("a");

        assertThat(json(get("/stories/s-gone")).get("storyId").asText()).isEqualTo("s-new");

        HttpResponse<String> unknown = get("/stories/nope");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("error").asText()).contains("nope");
    }

    @Test
    void answersTheStoryOfAnArticle() throws Exception {
        assertThat(json(get("/articles/b/story")).get("storyId").asText()).isEqualTo("s-new");
        assertThat(json(get("/articles/c/story")).get("storyId").asText()).isEqualTo("s-new");
        assertThat(get("/articles/zzz/story").statusCode()).isEqualTo(404);
        assertThat(get("/articles/b").statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsBadParameters() throws Exception {
        assertThat(get("/stories?limit=0").statusCode()).isEqualTo(400);
        assertThat(get("/stories?limit=ten").statusCode()).isEqualTo(400);
        assertThat(get("/stories?since=last-week").statusCode()).isEqualTo(400);
    }
}
