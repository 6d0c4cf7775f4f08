package io.wiredesk.enrich;

import io.micrometer.core.instrument.DistributionSummary;
import io.wiredesk.core.Topics;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.json.JsonSerde;
import io.wiredesk.core.kafka.Guarded;
import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.kafka.Stage;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.metrics.StageMetrics;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The ENRICH topology: {@link Topics#CLEAN} (CleanArticle JSON) -> {@link Topics#ENRICHED}
 * (EnrichedArticle, keyed by article id). Bad input goes to the DLQ: "not-json" for bytes that are not a
 * CleanArticle, "not-an-article" for JSON without an id or paragraphs. The knowledge base is compiled on
 * the first record, not at build time.
 */
public final class EnrichStage implements Stage {
    public static final String NAME = "enrich";

    private final Supplier<Enricher> enricher;

    public EnrichStage() {
        this(Enricher::shared);
    }

    public EnrichStage(Supplier<Enricher> enricher) {
        this.enricher = enricher;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Topology build(StageConfig config) {
        StageMetrics metrics = new StageMetrics(config.meters(), NAME);
        DistributionSummary entities = metrics.summary("wiredesk.enrich.entities", "Linked entities per article");
        DistributionSummary candidates = metrics.summary("wiredesk.enrich.candidates", "Candidate (unknown) entities per article");
        StreamsBuilder builder = new StreamsBuilder();
        Guarded.source(builder, Topics.CLEAN, metrics,
                        (key, value) -> {
                            if (value == null) {
                                return null;
                            }
                            EnrichedArticle out = enricher.get().enrich(parse(value));
                            long unknown = out.entities().stream().filter(e -> e.id().startsWith("candidate:")).count();
                            entities.record(out.entities().size() - unknown);
                            candidates.record(unknown);
                            return out;
                        })
                .selectKey((key, value) -> value.id(), Named.as("enrich-key-by-article"))
                .to(Topics.ENRICHED, Produced.with(Serdes.String(), JsonSerde.of(EnrichedArticle.class)).withName("enrich-sink"));
        return builder.build();
    }

    static CleanArticle parse(byte[] value) {
        CleanArticle a;
        try {
            a = Json.read(value, CleanArticle.class);
        } catch (UncheckedIOException e) {
            throw new RejectedRecord("not-json", e.getMessage(), e);
        }
        if (a == null || a.id() == null || a.paragraphs() == null) {
            throw new RejectedRecord("not-an-article", "a CleanArticle needs an id and paragraphs");
        }
        return a;
    }
}
