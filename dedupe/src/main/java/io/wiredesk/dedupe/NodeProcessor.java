package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEvent;
import io.wiredesk.core.metrics.StageMetrics;
import io.micrometer.core.instrument.Counter;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The article nodes of the match graph (keyed by article id, co-partitioned with the loop topic). Each node
 * keeps the smallest order key of its connected component by min-label propagation: a new edge sends the
 * node's label to the neighbour; a smaller label is adopted and forwarded to all neighbours. Whenever a
 * node's story or relation changes it announces JOINED, and when it moved, LEFT for the old story and, if it
 * was the old story's original, MERGED. The fixpoint is the connected components, whatever the order.
 */
final class NodeProcessor implements Processor<String, GraphMessage, String, NodeOutput> {
    static final String STORE = "dedupe-nodes";
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(5);

    private final DedupeSettings settings;
    private final Map<Relation, Counter> decisions = new EnumMap<>(Relation.class);
    private final Counter merges;
    private ProcessorContext<String, NodeOutput> context;
    private KeyValueStore<String, ArticleNode> nodes;
    private long newestReceived = Long.MIN_VALUE;

    NodeProcessor(DedupeSettings settings, StageMetrics metrics) {
        this.settings = settings;
        for (Relation r : Relation.values()) {
            decisions.put(r, metrics.counter("wiredesk.dedupe.decisions", "Story membership decisions by relation", "relation", r.json()));
        }
        this.merges = metrics.counter("wiredesk.dedupe.merges", "Stories merged into an older story");
    }

    @Override
    public void init(ProcessorContext<String, NodeOutput> context) {
        this.context = context;
        this.nodes = context.getStateStore(STORE);
        context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, now -> purge());
    }

    @Override
    public void process(Record<String, GraphMessage> record) {
        GraphMessage m = record.value();
        if (record.key() == null || m == null || m.type() == null) {
            return;
        }
        ArticleNode before = nodes.get(record.key());
        ArticleNode node = before == null ? ArticleNode.empty(record.key()) : before;
        node = switch (m.type()) {
            case NODE -> onNode(node, m, record.timestamp());
            case EDGE -> onEdge(node, m, record.timestamp());
            case LABEL -> onLabel(node, m, record.timestamp());
        };
        node = announce(node, record.timestamp());
        if (!node.equals(before)) {
            nodes.put(node.id(), node);
        }
        if (node.summary() != null) {
            newestReceived = Math.max(newestReceived, received(node));
        }
    }

    private ArticleNode onNode(ArticleNode node, GraphMessage m, long timestamp) {
        OrderKey before = node.label();
        ArticleNode n = node.self() == null ? node.withSelf(m.self()) : node;
        n = Objects.equals(n.summary(), m.summary()) ? n : n.withSummary(m.summary());
        return Objects.equals(before, n.label()) ? n : sendLabelWhereBehind(n, timestamp);
    }

    private ArticleNode onEdge(ArticleNode node, GraphMessage m, long timestamp) {
        ArticleNode n = node.self() == null && m.self() != null ? node.withSelf(m.self()) : node;
        Link link = new Link(m.relation(), m.similarity());
        if (link.equals(n.neighbours().get(m.from()))) {
            return n; // the same pair found again, in another bucket
        }
        OrderKey before = node.label();
        n = n.withLink(m.from(), link).withHeard(m.from(), m.fromKey());
        n = n.withLabel(OrderKey.min(n.label(), m.fromKey()));
        return Objects.equals(before, n.label()) ? sendLabelIfBehind(n, m.from(), timestamp) : sendLabelWhereBehind(n, timestamp);
    }

    private ArticleNode onLabel(ArticleNode node, GraphMessage m, long timestamp) {
        ArticleNode n = node.withHeard(m.from(), m.label());
        if (n.label() != null && !m.label().isBefore(n.label())) {
            return n;
        }
        return sendLabelWhereBehind(n.withLabel(m.label()), timestamp);
    }

    /** Sends the node's label to every neighbour that may not have it yet (see {@link ArticleNode#heardOf}). */
    private ArticleNode sendLabelWhereBehind(ArticleNode node, long timestamp) {
        ArticleNode n = node;
        for (String neighbour : node.neighbours().keySet()) {
            n = sendLabelIfBehind(n, neighbour, timestamp);
        }
        return n;
    }

    private ArticleNode sendLabelIfBehind(ArticleNode n, String neighbour, long timestamp) {
        OrderKey known = n.heardOf(neighbour);
        if (n.label() == null || (known != null && !n.label().isBefore(known))) {
            return n;
        }
        send(neighbour, GraphMessage.label(n.id(), n.label()), timestamp);
        return n.withHeard(neighbour, n.label());
    }

    private ArticleNode announce(ArticleNode node, long timestamp) {
        Membership now = node.membership();
        Membership last = node.announced();
        if (now == null || now.equals(last)) {
            return node;
        }
        Instant at = Instant.ofEpochMilli(timestamp);
        if (last != null && !last.storyId().equals(now.storyId())) {
            emit(StoryEvent.left(last.storyId(), node.id(), now.storyId(), at));
            if (last.relation() == Relation.ORIGINAL) {
                emit(StoryEvent.merged(last.storyId(), now.storyId(), at));
                merges.increment();
            }
        }
        emit(StoryEvent.joined(now.storyId(), node.summary(), now.relation(), now.similarity(), at));
        decisions.get(now.relation()).increment();
        return node.withAnnounced(now);
    }

    private void send(String target, GraphMessage message, long timestamp) {
        context.forward(new Record<>(target, new NodeOutput(message, null), timestamp));
    }

    private void emit(StoryEvent event) {
        context.forward(new Record<>(event.storyId(), new NodeOutput(null, event), event.at().toEpochMilli()));
    }

    /**
     * When the pipeline received the node's article (nodes expire by receive time, like the bucket index), or
     * Long.MAX_VALUE while unknown: a node whose own NODE message is still on its way is never dropped.
     */
    static long received(ArticleNode node) {
        if (node.summary() == null) {
            return Long.MAX_VALUE;
        }
        if (node.summary().receivedAt() != null) {
            return node.summary().receivedAt().toEpochMilli();
        }
        return node.self() != null ? node.self().time() : Long.MAX_VALUE;
    }

    private void purge() {
        if (newestReceived == Long.MIN_VALUE) {
            return;
        }
        long horizon = newestReceived - settings.nodeRetention().toMillis();
        try (KeyValueIterator<String, ArticleNode> it = nodes.all()) {
            while (it.hasNext()) {
                KeyValue<String, ArticleNode> kv = it.next();
                if (received(kv.value) < horizon) {
                    nodes.delete(kv.key);
                }
            }
        }
    }
}
