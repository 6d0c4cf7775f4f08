package io.wiredesk.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wiredesk.app.broker.EmbeddedKafka;
import io.wiredesk.app.http.ArticleIngest;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.Topics;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.kafka.TopicSpecs;
import io.wiredesk.core.model.RawArticle;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /articles} over real HTTP on a process running the clean stage against a real broker:
 * good single and batch requests land on the raw topic, malformed, invalid, oversized and
 * unauthenticated requests get a 4xx with the reason and write nothing, and the route is off without a token.
 */
class ArticleIngestIntegrationTest {
    private static final String TOKEN = "s3cret-token";
    private static final String PAGE = "<html><head><title>Talks</title></head><body><article><p>SEOUL, Oct. 21 (Yonhap) -- "
            + "The two leaders spoke by phone on Monday about the war.</p></article></body></html>";

    private static EmbeddedKafka kafka;
    private static SinkInstance instance;
    private static StageConfig base;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.start();
        base = StageConfig.builder().kafka("bootstrap.servers", kafka.bootstrapServers()).build();
        try (Admin admin = Admin.create(base.clientProperties())) {
            TopicSpecs.ensure(admin, 2, (short) 1);
        }
        StageConfig withToken = base.toBuilder().setting(ArticleIngest.TOKEN, TOKEN)
                .setting(ArticleIngest.MAX_REQUEST_BYTES, "20000").build();
        Path state = Files.createTempDirectory("wiredesk-ingest-");
        instance = new SinkInstance(withToken, List.of("clean"), state);
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static HttpResponse<String> post(String body, String token, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(instance.base() + "/articles"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return Http.send(b.build());
    }

    private static HttpResponse<String> post(String body) {
        return post(body, TOKEN, "application/json");
    }

    @Test
    void acceptsOneArticleAndABatchAndWritesThemToTheRawTopic() {
        Map<String, Object> one = Map.of("url", "https://www.example.com/news/1", "publisher", "example.com",
                "publishedAt", "2024-10-21", "contentType", "text/html", "body", PAGE);
        HttpResponse<String> single = post(Json.string(one));
        assertThat(single.statusCode()).as(single.body()).isEqualTo(202);
        String id = ArticleIds.of("https://www.example.com/news/1", PAGE);
        assertThat(Http.json(single).get("ids").get(0).asText()).isEqualTo(id);

        String batch = Json.string(List.of(
                Map.of("id", "a-batch-1", "body", "SEOUL -- A plain text report.\nSecond paragraph.", "title", "Plain"),
                Map.of("url", "https://other.example/2", "body", PAGE, "contentType", "text/html; charset=utf-8")));
        HttpResponse<String> many = post(batch);
        assertThat(many.statusCode()).as(many.body()).isEqualTo(202);
        JsonNode accepted = Http.json(many);
        assertThat(accepted.get("accepted").asInt()).isEqualTo(2);
        assertThat(accepted.get("ids").get(0).asText()).isEqualTo("a-batch-1");

        Map<String, RawArticle> written = rawArticles();
        assertThat(written).containsKeys(id, "a-batch-1", accepted.get("ids").get(1).asText());
        assertThat(written.get(id).publishedAt()).isEqualTo("2024-10-21");
        assertThat(written.get(id).receivedAt()).isNotNull();
        assertThat(written.get("a-batch-1").contentType()).isEqualTo(RawArticle.TEXT);
        assertThat(written.get(accepted.get("ids").get(1).asText()).contentType()).isEqualTo(RawArticle.HTML);
    }

    @Test
    void rejectsMalformedAndInvalidRequestsWithTheReason() {
        HttpResponse<String> notJson = post("{\"body\": \"unterminated");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(Http.json(notJson).get("error").asText()).startsWith("not JSON");

        assertThat(Http.json(post("[]")).get("error").asText()).contains("empty array");
        assertThat(post("42").statusCode()).isEqualTo(400);

        HttpResponse<String> invalid = post(Json.string(List.of(
                Map.of("body", "fine text"),
                Map.of("title", "no body"),
                Map.of("body", "x", "contentType", "application/pdf"),
                Map.of("body", "x", "url", "ftp://example.com/a"),
                Map.of("body", "x", "bdy", "typo"),
                Map.of("body", 42))));
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode problems = Http.json(invalid).get("problems");
        assertThat(problems.findValuesAsText("index")).containsExactly("1", "2", "3", "4", "5");
        assertThat(problems.findValuesAsText("error")).satisfiesExactly(
                e -> assertThat(e).isEqualTo("missing body"),
                e -> assertThat(e).contains("contentType must be text/html or text/plain"),
                e -> assertThat(e).contains("absolute http(s) URL"),
                e -> assertThat(e).contains("unknown field 'bdy'"),
                e -> assertThat(e).contains("'body' must be a string"));
        assertThat(rawArticles()).as("nothing of a rejected batch is written").doesNotContainKey(ArticleIds.of(null, "fine text"));

        assertThat(post("{\"body\":\"x\"}", TOKEN, "text/plain").statusCode()).isEqualTo(415);
        HttpResponse<String> tooLarge = post(Json.string(Map.of("body", "y".repeat(30_000))));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(Http.json(tooLarge).get("error").asText()).contains(ArticleIngest.MAX_REQUEST_BYTES);
        HttpResponse<String> get = Http.get(instance.base() + "/articles");
        assertThat(get.statusCode()).isEqualTo(405);
    }

    @Test
    void refusesRequestsWithoutTheToken() {
        String article = Json.string(Map.of("body", "an unauthenticated article"));
        HttpResponse<String> none = post(article, null, "application/json");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(post(article, "wrong", "application/json").statusCode()).isEqualTo(401);
        assertThat(post(article, TOKEN + "x", "application/json").statusCode()).isEqualTo(401);
        assertThat(rawArticles()).doesNotContainKey(ArticleIds.of(null, "an unauthenticated article"));
    }

    @Test
    void isDisabledWithoutAConfiguredToken() throws Exception {
        try (HttpEndpoints http = new HttpEndpoints("127.0.0.1", 0, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), () -> true, () -> true);
             ArticleIngest ingest = ArticleIngest.register(http, base)) {
            http.start();
            HttpResponse<String> r = Http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http.port() + "/articles"))
                    .header("Authorization", "Bearer anything").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"body\":\"x\"}")).build());
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(Http.json(r).get("error").asText()).contains("WIREDESK_INGEST_TOKEN");
        }
    }

    /** Every article on the raw topic so far, by key. */
    private static Map<String, RawArticle> rawArticles() {
        Properties p = base.clientProperties();
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, RawArticle> out = new HashMap<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = new ArrayList<>();
            c.partitionsFor(Topics.RAW).forEach(i -> parts.add(new TopicPartition(i.topic(), i.partition())));
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : c.poll(Duration.ofMillis(200))) {
                    out.put(r.key(), Json.read(r.value(), RawArticle.class));
                }
            }
        }
        return out;
    }
}
