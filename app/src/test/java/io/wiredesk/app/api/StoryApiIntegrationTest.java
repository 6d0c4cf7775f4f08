package io.wiredesk.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.app.broker.EmbeddedKafka;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.kafka.TopicSpecs;
import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEvent;
import io.wiredesk.sink.SinkStage;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The story API over real HTTP with two sink instances of one application on a real broker (4
 * partitions): each answers for the stories the other hosts, lists gather both, a merge chain that
 * crosses instances is followed, the live feed streams changes, and the OpenAPI document names every route.
 */
class StoryApiIntegrationTest {
    private static final Instant T0 = Instant.parse("2024-10-21T00:00:00Z");
    private static final int STORIES = 8;

    private static EmbeddedKafka kafka;
    private static Path stateDir;
    private static SinkInstance one;
    private static SinkInstance two;
    private static KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        stateDir = Files.createTempDirectory("wiredesk-api-");
        StageConfig base = StageConfig.builder().kafka("bootstrap.servers", kafka.bootstrapServers()).build();
        try (Admin admin = Admin.create(base.clientProperties())) {
            TopicSpecs.ensure(admin, 4, (short) 1);
        }
        one = new SinkInstance(base, List.of("sink"), stateDir.resolve("one"));
        two = new SinkInstance(base, List.of("sink"), stateDir.resolve("two"));
        await().atMost(Duration.ofSeconds(60)).until(() -> one.pipeline.isReady() && two.pipeline.isReady()
                && hostsOf(one).size() == 2 && hostsOf(two).size() == 2);

        Properties p = base.clientProperties();
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        for (int i = 0; i < STORIES; i++) {
            send(StoryEvent.joined(storyId(i), article(i, i % 2 == 0 ? "Q21001" : "Q57792"), Relation.ORIGINAL, 1.0,
                    T0.plusSeconds(60L * i)));
        }
        producer.flush();
        await().atMost(Duration.ofSeconds(60)).until(() -> Http.json(Http.get(one.base() + "/stories?limit=100")).path("count").asInt() == STORIES);
        // the article index is fed through its own repartition topic and may lag the story store
        await().atMost(Duration.ofSeconds(60)).until(() -> java.util.stream.IntStream.range(0, STORIES)
                .allMatch(i -> Http.get(one.base() + "/articles/" + articleId(i) + "/story").statusCode() == 200));
    }

    @AfterAll
    static void stop() throws Exception {
        if (producer != null) {
            producer.close();
        }
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static String storyId(int i) {
        return "s-story" + i;
    }

    private static String articleId(int i) {
        return "a-story" + i;
    }

    private static ArticleSummary article(int i, String entity) {
        return new ArticleSummary(articleId(i), "https://news" + i + ".example/" + i, "news" + i + ".example", "Title " + i,
                "Lead " + i, "2024-10-21", T0.plusSeconds(60L * i), null, 200, null,
                List.of(new EntityRef(entity, entity, "Entity " + entity, "person", 0.9, true, List.of())));
    }

    private static void send(StoryEvent e) {
        producer.send(new ProducerRecord<>(Topics.STORY_EVENTS, e.storyId(), Json.bytes(e)));
    }

    private static List<HostInfo> hostsOf(SinkInstance instance) {
        KafkaStreams streams = instance.pipeline.streamsOf("sink").orElseThrow();
        return streams.streamsMetadataForStore(SinkStage.STORIES_STORE).stream().map(m -> m.hostInfo()).distinct().toList();
    }

    private static HostInfo ownerOf(String store, String key) {
        return one.pipeline.streamsOf("sink").orElseThrow().queryMetadataForKey(store, key, Serdes.String().serializer()).activeHost();
    }

    private static HostInfo hostOf(SinkInstance instance) {
        return HostInfo.buildFromEndpoint(instance.config.kafka().get("application.server"));
    }

    private static List<Integer> storiesOwnedBy(SinkInstance instance) {
        List<Integer> owned = new ArrayList<>();
        for (int i = 0; i < STORIES; i++) {
            if (ownerOf(SinkStage.STORIES_STORE, storyId(i)).equals(hostOf(instance))) {
                owned.add(i);
            }
        }
        return owned;
    }

    @Test
    void eachInstanceAnswersForEveryStoryIncludingTheOthers() {
        assertThat(storiesOwnedBy(one)).as("stories hosted by instance one").isNotEmpty();
        assertThat(storiesOwnedBy(two)).as("stories hosted by instance two").isNotEmpty();
        for (SinkInstance asked : List.of(one, two)) {
            for (int i = 0; i < STORIES; i++) {
                HttpResponse<String> r = Http.get(asked.base() + "/stories/" + storyId(i));
                assertThat(r.statusCode()).as("GET /stories/%s on %s", storyId(i), asked.base()).isEqualTo(200);
                assertThat(Http.json(r).get("title").asText()).isEqualTo("Title " + i);

                HttpResponse<String> byArticle = Http.get(asked.base() + "/articles/" + articleId(i) + "/story");
                assertThat(byArticle.statusCode()).isEqualTo(200);
                assertThat(Http.json(byArticle).get("storyId").asText()).isEqualTo(storyId(i));
            }
            assertThat(Http.get(asked.base() + "/stories/s-unknown").statusCode()).isEqualTo(404);
            assertThat(Http.get(asked.base() + "/articles/a-unknown/story").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void listsGatherBothInstancesWithFilters() {
        for (SinkInstance asked : List.of(one, two)) {
            JsonNode all = Http.json(Http.get(asked.base() + "/stories?limit=100"));
            assertThat(all.get("stories").findValuesAsText("storyId")).as("newest first")
                    .startsWith(storyId(STORIES - 1), storyId(STORIES - 2), storyId(STORIES - 3))
                    .contains(storyId(0));
            JsonNode rutte = Http.json(Http.get(asked.base() + "/stories?entity=Q57792&limit=100"));
            assertThat(Http.json(Http.get(asked.base() + "/stories?since=2024-10-21&limit=100")).get("count").asInt()).isEqualTo(STORIES);
            assertThat(rutte.get("stories").findValuesAsText("storyId")).containsExactlyInAnyOrder(
                    storyId(1), storyId(3), storyId(5), storyId(7));
            JsonNode recent = Http.json(Http.get(asked.base() + "/stories?since=2024-10-21T00:05:00Z&limit=100"));
            assertThat(recent.get("count").asInt()).isEqualTo(3);
            assertThat(Http.json(Http.get(asked.base() + "/stories?limit=2")).get("count").asInt()).isEqualTo(2);
            assertThat(Http.get(asked.base() + "/stories?limit=-1").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void followsAMergeAcrossInstancesAndStreamsChanges() throws Exception {
        // two stories of their own (dated before the others, so the other tests' lists do not change):
        // one hosted by each instance, the first merges into the second
        String from = extraStoryOwnedBy(one);
        String into = extraStoryOwnedBy(two);
        Instant earlier = T0.minus(Duration.ofDays(1));
        ArticleSummary moved = extraArticle(from);
        send(StoryEvent.joined(from, moved, Relation.ORIGINAL, 1.0, earlier));
        send(StoryEvent.joined(into, extraArticle(into), Relation.ORIGINAL, 1.0, earlier));
        producer.flush();
        await().atMost(Duration.ofSeconds(30)).until(() -> Http.get(one.base() + "/stories/" + from).statusCode() == 200
                && Http.get(one.base() + "/stories/" + into).statusCode() == 200);

        BlockingQueue<String> events = new ArrayBlockingQueue<>(1000);
        InputStream stream = openFeed(two, events);
        try {
            Instant later = earlier.plusSeconds(60);
            send(StoryEvent.joined(into, moved, Relation.REWRITE, 0.6, later));
            send(StoryEvent.left(from, moved.id(), into, later));
            send(StoryEvent.merged(from, into, later));
            producer.flush();

            for (SinkInstance asked : List.of(one, two)) {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    JsonNode story = Http.json(Http.get(asked.base() + "/stories/" + from));
                    assertThat(story.path("storyId").asText()).isEqualTo(into);
                    assertThat(story.get("members")).hasSize(2);
                });
                // the article index is fed through its own repartition topic, so it may lag the story store
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                        assertThat(Http.json(Http.get(asked.base() + "/articles/" + moved.id() + "/story")).path("storyId").asText())
                                .isEqualTo(into));
            }

            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && !(joined(seen, into) && seen.contains("removed:" + from))) {
                String e = events.poll(1, TimeUnit.SECONDS);
                if (e != null) {
                    seen.add(e);
                }
            }
            assertThat(joined(seen, into)).as("feed events %s", seen).isTrue();
            assertThat(seen).contains("removed:" + from);
        } finally {
            stream.close();
        }
    }

    private static String extraStoryOwnedBy(SinkInstance instance) {
        for (int n = 0; ; n++) {
            String id = "s-extra" + n;
            if (ownerOf(SinkStage.STORIES_STORE, id).equals(hostOf(instance))) {
                return id;
            }
        }
    }

    private static ArticleSummary extraArticle(String storyId) {
        String id = "a-" + storyId.substring(2);
        return new ArticleSummary(id, "https://extra.example/" + id, "extra.example", "Extra " + id, "Lead", "2024-10-20",
                T0.minus(Duration.ofDays(1)), null, 150, null, List.of());
    }

    /** The feed told of the story with two members. */
    private static boolean joined(List<String> events, String storyId) {
        return events.stream().filter(e -> e.startsWith("story:" + storyId + ":"))
                .map(e -> Json.MAPPER.valueToTree(Json.read(e.substring(e.indexOf(":{") + 1), Map.class)))
                .anyMatch(story -> ((JsonNode) story).get("members").size() == 2);
    }

    /** Opens {@code /stories/feed} and turns its events into "story:id:data" / "removed:id" strings. */
    private static InputStream openFeed(SinkInstance instance, BlockingQueue<String> events) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(instance.base() + "/stories/feed")).GET().build();
        HttpResponse<InputStream> response = Http.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        InputStream body = response.body();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String event = null;
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ") && event != null) {
                        JsonNode data = Json.MAPPER.readTree(line.substring(6));
                        events.offer(event.equals("removed") ? "removed:" + data.get("storyId").asText()
                                : "story:" + data.get("storyId").asText() + ":" + line.substring(6));
                        event = null;
                    }
                }
            } catch (Exception closed) {
                // the test closed the stream
            }
        }, "feed-reader");
        reader.setDaemon(true);
        reader.start();
        return body;
    }

    @Test
    void internalRoutesAnswerFromTheLocalStoresOnly() {
        int other = storiesOwnedBy(two).get(0);
        assertThat(Http.get(one.base() + "/internal/stories/" + storyId(other)).statusCode()).isEqualTo(404);
        assertThat(Http.get(two.base() + "/internal/stories/" + storyId(other)).statusCode()).isEqualTo(200);
        int local = Http.json(Http.get(one.base() + "/internal/stories?since=2024-10-21&limit=100")).get("count").asInt();
        int remote = Http.json(Http.get(two.base() + "/internal/stories?since=2024-10-21&limit=100")).get("count").asInt();
        assertThat(local).isPositive().isLessThan(STORIES);
        assertThat(local + remote).isEqualTo(STORIES);
    }

    @Test
    void servesTheOpenApiDocumentOfEveryRoute() {
        HttpResponse<String> r = Http.get(one.base() + "/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = Http.json(r);
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/stories", "/stories/{id}", "/articles/{id}/story", "/stories/feed", "/articles",
                "/metrics", "/health/ready", "/openapi.json");
        assertThat(Http.get(one.base() + "/health/ready").statusCode()).isEqualTo(200);
        assertThat(Map.of("methodNotAllowed", Http.send(HttpRequest.newBuilder(URI.create(one.base() + "/stories"))
                .POST(HttpRequest.BodyPublishers.noBody()).build()).statusCode())).containsEntry("methodNotAllowed", 405);
    }
}
