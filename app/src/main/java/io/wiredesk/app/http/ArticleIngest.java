package io.wiredesk.app.http;

import com.sun.net.httpserver.HttpExchange;
import io.wiredesk.core.Topics;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.core.http.HttpEndpoints.Response;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.model.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code POST /articles}: one RawArticle or a JSON array of them, validated, written to
 * {@value Topics#RAW} keyed by article id, answered 202 with the ids once Kafka has them. Needs
 * {@code Authorization: Bearer <wiredesk.ingest.token>}; without a configured token the route answers
 * 403 (ingest over HTTP is off by default). All or nothing: one invalid article rejects the request.
 */
public final class ArticleIngest implements AutoCloseable {
    public static final String TOKEN = "wiredesk.ingest.token";
    public static final String MAX_REQUEST_BYTES = "wiredesk.ingest.http.max.request.bytes";
    public static final String MAX_ARTICLE_BYTES = "wiredesk.ingest.http.max.article.bytes";
    public static final String MAX_ARTICLES = "wiredesk.ingest.http.max.articles";

    /** Body of a 202. */
    public record Accepted(int accepted, List<String> ids) {
    }

    /** Body of a 400 for invalid articles. */
    public record Rejected(String error, List<ArticleValidator.Problem> problems) {
    }

    private final BearerToken token;
    private final ArticleValidator validator;
    private final int maxRequestBytes;
    private final Producer<String, byte[]> producer;

    ArticleIngest(BearerToken token, ArticleValidator validator, int maxRequestBytes, Producer<String, byte[]> producer) {
        this.token = token;
        this.validator = validator;
        this.maxRequestBytes = maxRequestBytes;
        this.producer = producer;
    }

    /** Serves {@code POST /articles} on {@code http}; the returned instance owns the producer (null producer when disabled). */
    public static ArticleIngest register(HttpEndpoints http, StageConfig config) {
        String configured = config.get(TOKEN, "");
        ArticleIngest ingest = configured.isBlank()
                ? new ArticleIngest(null, null, 0, null)
                : new ArticleIngest(new BearerToken(configured),
                        new ArticleValidator(config.getInt(MAX_ARTICLES, 1000), config.getInt(MAX_ARTICLE_BYTES, 10 * 1024 * 1024),
                                Clock.systemUTC()),
                        config.getInt(MAX_REQUEST_BYTES, 32 * 1024 * 1024), producer(config));
        http.route("/articles", ingest::handle);
        return ingest;
    }

    private static Producer<String, byte[]> producer(StageConfig config) {
        Properties p = config.clientProperties();
        p.remove("application.server");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(StageConfig.MAX_RECORD_BYTES));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "15000");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "30000");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    Response handle(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals("/articles")) {
            return error(404, "no such resource");
        }
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "POST");
            return error(405, "only POST is supported");
        }
        if (token == null) {
            return error(403, "ingest over HTTP is disabled: set " + TOKEN + " (or WIREDESK_INGEST_TOKEN) to enable it");
        }
        if (!token.accepts(ex.getRequestHeaders().getFirst("Authorization"))) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"wiredesk\"");
            return error(401, "missing or wrong bearer token");
        }
        String type = ex.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            return error(415, "Content-Type must be application/json, not " + (type == null ? "missing" : "'" + type + "'"));
        }
        byte[] body = readAtMost(ex.getRequestBody(), maxRequestBytes);
        if (body == null) {
            return error(413, "request larger than " + maxRequestBytes + " bytes (" + MAX_REQUEST_BYTES + ")");
        }
        ArticleValidator.Result result = validator.validate(body);
        if (!result.valid()) {
            return Response.json(400, new Rejected(result.problems().size() + " invalid article(s); nothing was written",
                    result.problems()));
        }
        return write(result.articles());
    }

    private Response write(List<RawArticle> articles) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try {
            for (RawArticle a : articles) {
                sent.add(producer.send(new ProducerRecord<>(Topics.RAW, a.id(), Json.bytes(a))));
            }
            for (Future<RecordMetadata> f : sent) {
                f.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            return error(503, "Kafka did not take the articles: " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error(503, "interrupted while writing to Kafka");
        }
        return Response.json(202, new Accepted(articles.size(), articles.stream().map(RawArticle::id).toList()));
    }

    /** The whole stream, or null when it is longer than {@code max} bytes. */
    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    private static Response error(int status, String message) {
        return Response.json(status, Map.of("error", message));
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }
}
