package io.wiredesk.core.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code wiredesk_index_entries{stage,store}}: entries in each key-value store of a stage (dedupe's bucket and
 * feature index, the sink's stories and article links), summed over the active tasks of this instance. The
 * number is RocksDB's estimate, read through interactive queries at scrape time; NaN while the stage is
 * rebalancing or restoring.
 */
public final class IndexEntries {
    private IndexEntries() {
    }

    /** Registers one gauge per store of the topology; returns the store names. */
    public static Set<String> bind(MeterRegistry registry, String stage, Topology topology, KafkaStreams streams) {
        Set<String> stores = storeNames(topology.describe());
        for (String store : stores) {
            Gauge.builder("wiredesk.index.entries", streams, s -> approximateEntries(s, store))
                    .description("Entries in the stage's key-value stores (RocksDB estimate, active tasks of this instance)")
                    .tag("stage", stage).tag("store", store)
                    .register(registry);
        }
        return stores;
    }

    static Set<String> storeNames(TopologyDescription description) {
        Set<String> names = new TreeSet<>();
        for (TopologyDescription.Subtopology sub : description.subtopologies()) {
            for (TopologyDescription.Node node : sub.nodes()) {
                if (node instanceof TopologyDescription.Processor p) {
                    names.addAll(p.stores());
                }
            }
        }
        description.globalStores().forEach(g -> names.addAll(g.processor().stores()));
        return names;
    }

    private static double approximateEntries(KafkaStreams streams, String store) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return Double.NaN;
        }
        try {
            ReadOnlyKeyValueStore<Object, Object> kv = streams.store(
                    StoreQueryParameters.fromNameAndType(store, QueryableStoreTypes.keyValueStore()));
            return kv.approximateNumEntries();
        } catch (InvalidStateStoreException e) {
            // not a key-value store, or migrating between threads right now
            return Double.NaN;
        }
    }
}
