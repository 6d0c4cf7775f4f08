package io.wiredesk.ingest;

import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.json.JsonSerde;
import io.wiredesk.core.kafka.Guarded;
import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.kafka.Stage;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.metrics.StageMetrics;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.RawArticle;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The CLEAN stage: raw articles ({@link Topics#RAW}, JSON bytes) become clean articles ({@link Topics#CLEAN})
 * keyed by article id. Input that is not JSON, has no body, is too large, binary or has no article text goes to
 * the DLQ with reason not-json, missing-body, too-large, binary or no-content.
 */
public final class CleanStage implements Stage {
    public static final String NAME = "clean";
    /** Raw records above this multiple of the body limit are rejected before parsing (JSON escapes inflate text). */
    private static final int RECORD_TO_BODY_FACTOR = 4;

    private final Clock clock;

    public CleanStage() {
        this(Clock.systemUTC());
    }

    public CleanStage(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Topology build(StageConfig config) {
        ArticleExtractor extractor = ArticleExtractor.fromConfig(config);
        StageMetrics metrics = new StageMetrics(config.meters(), NAME);
        StreamsBuilder builder = new StreamsBuilder();
        Guarded.source(builder, Topics.RAW, metrics, (key, value) -> clean(extractor, value))
                .selectKey((key, article) -> article.id(), Named.as("clean-key-by-id"))
                .to(Topics.CLEAN, Produced.with(Serdes.String(), JsonSerde.of(CleanArticle.class)).withName("clean-out"));
        return builder.build();
    }

    /** One raw record's bytes to its clean article; throws {@link RejectedRecord} for bad input. */
    CleanArticle clean(ArticleExtractor extractor, byte[] value) {
        if (value == null || value.length == 0) {
            throw new RejectedRecord(ContentGuard.NOT_JSON, "empty record value");
        }
        if (value.length > extractor.maxBodyBytes() * RECORD_TO_BODY_FACTOR) {
            throw new RejectedRecord(ContentGuard.TOO_LARGE, "record of " + value.length + " bytes");
        }
        if (ContentGuard.looksBinary(value)) {
            throw new RejectedRecord(ContentGuard.BINARY, "record value is binary, not JSON text");
        }
        RawArticle raw;
        try {
            raw = Json.read(value, RawArticle.class);
        } catch (RuntimeException e) {
            throw new RejectedRecord(ContentGuard.NOT_JSON, e.getMessage(), e);
        }
        if (raw == null) {
            throw new RejectedRecord(ContentGuard.NOT_JSON, "record value is JSON null");
        }
        if (raw.id() == null || raw.id().isBlank()) {
            raw = raw.withId(ArticleIds.of(raw.url(), raw.body()));
        }
        if (raw.receivedAt() == null) {
            raw = new RawArticle(raw.schema(), raw.id(), raw.url(), raw.publisher(), Instant.now(clock), raw.publishedAt(),
                    raw.contentType(), raw.title(), raw.body());
        }
        return extractor.extract(raw);
    }
}
