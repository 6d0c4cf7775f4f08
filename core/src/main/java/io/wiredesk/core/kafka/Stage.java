package io.wiredesk.core.kafka;

import org.apache.kafka.streams.Topology;

/** One Kafka Streams application of the pipeline: a name and a pure topology builder. */
public interface Stage {
    /** Short name: clean, enrich, dedupe, sink. Also the suffix of its application.id and its metrics tag. */
    String name();

    /** Builds the topology; no I/O. */
    Topology build(StageConfig config);
}
