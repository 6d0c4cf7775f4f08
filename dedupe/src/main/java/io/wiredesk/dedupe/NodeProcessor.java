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
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The article nodes of the match graph (keyed by article id, co-partitioned with the loop topic).
 *
 * <p>Components: each node keeps the smallest order key of its component (over the links strong enough to join or
 * merge stories, {@link StoryClustering#connects}) by min-label propagation: a new link sends the node's label to the
 * neighbour; a smaller label is adopted and forwarded. The fixpoint is the components, whatever the order.
 *
 * <p>Stories: the label holder coordinates its component. Every member reports its key and links to its current label
 * holder whenever they change (REPORT); the coordinator keeps the reports ({@link ArticleNode#view}), runs
 * {@link StoryClustering} over them (a pure function of the component) and sends each member its story when it
 * changed (ASSIGN); a member takes an assignment only from its current label holder. A node that learns of a
 * smaller label stops coordinating and drops its view. The final coordinator of a component has every member's last
 * report, so the final stories are the rule applied to the final component: independent of arrival order and of the
 * partitioning.
 *
 * <p>Whenever a node's story or relation changes it announces JOINED, and when it moved, LEFT for the old story and,
 * if it was the old story's original, MERGED.
 */
final class NodeProcessor implements Processor<String, GraphMessage, String, NodeOutput> {
    static final String STORE = "dedupe-nodes";
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(5);

    private final DedupeSettings settings;
    private final StoryClustering clustering;
    private final Map<Relation, Counter> decisions = new EnumMap<>(Relation.class);
    private final Counter merges;
    private ProcessorContext<String, NodeOutput> context;
    private KeyValueStore<String, ArticleNode> nodes;
    private long newestReceived = Long.MIN_VALUE;

    NodeProcessor(DedupeSettings settings, StageMetrics metrics) {
        this.settings = settings;
        this.clustering = new StoryClustering(settings);
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
            case REPORT -> onReport(node, m);
            case ASSIGN -> onAssign(node, m);
        };
        node = coordinate(before, node, record.timestamp());
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
        n = n.withLink(m.from(), link);
        if (!clustering.connects(link)) {
            return n; // a weak link: evidence for the coordinator, not a path for labels
        }
        OrderKey before = node.label();
        n = n.withHeard(m.from(), m.fromKey());
        n = n.withLabel(OrderKey.min(n.label(), m.fromKey()));
        return Objects.equals(before, n.label()) ? sendLabelIfBehind(n, m.from(), timestamp) : sendLabelWhereBehind(n, timestamp);
    }

    /** A member's report: kept unless this node knows it does not coordinate (then the member will report elsewhere). */
    private ArticleNode onReport(ArticleNode node, GraphMessage m) {
        if (node.follower() || m.self() == null) {
            return node;
        }
        Map<String, MemberReport> view = new TreeMap<>(node.view());
        view.put(m.from(), new MemberReport(m.self(), m.received() == null ? Long.MAX_VALUE : m.received(), m.links(), null));
        return node.withView(view);
    }

    /** A story assignment, taken only from the current label holder (an earlier coordinator's is stale). */
    private ArticleNode onAssign(ArticleNode node, GraphMessage m) {
        if (node.label() == null || !node.label().id().equals(m.from()) || m.assignment() == null) {
            return node;
        }
        return Objects.equals(node.assignment(), m.assignment()) ? node : node.withAssignment(m.assignment());
    }

    /**
     * After any change: a follower reports to its label holder when its key, label, links or summary changed; a
     * coordinator updates its own entry and, when its view changed, decides the component's stories again and sends
     * the members whose story changed (or who reported since) their assignment.
     */
    private ArticleNode coordinate(ArticleNode before, ArticleNode node, long timestamp) {
        if (node.follower()) {
            ArticleNode n = node.view().isEmpty() ? node : node.withView(new TreeMap<>());
            boolean changed = before == null || !Objects.equals(before.label(), n.label()) || !Objects.equals(before.self(), n.self())
                    || !before.neighbours().equals(n.neighbours()) || (before.summary() == null) != (n.summary() == null);
            if (changed) {
                send(n.label().id(), GraphMessage.report(n.id(), n.self(), received(n), n.neighbours()), timestamp);
            }
            return n;
        }
        if (!node.coordinator()) {
            return node; // own key unknown yet: keep what members reported
        }
        Map<String, MemberReport> view = new TreeMap<>(node.view());
        MemberReport own = view.get(node.id());
        view.put(node.id(), new MemberReport(node.self(), received(node), node.neighbours(), own == null ? null : own.sent()));
        view = withinView(view);
        if (before != null && view.equals(before.view()) && node.assignment() != null) {
            return node;
        }
        Map<String, OrderKey> keys = new TreeMap<>();
        Map<String, Map<String, Link>> links = new TreeMap<>();
        view.forEach((id, r) -> {
            keys.put(id, r.key());
            links.put(id, r.links());
        });
        Map<String, StoryAssignment> stories = clustering.assign(keys, links);
        for (var e : stories.entrySet()) {
            MemberReport r = view.get(e.getKey());
            if (!e.getValue().equals(r.sent())) {
                if (!e.getKey().equals(node.id())) {
                    send(e.getKey(), GraphMessage.assign(node.id(), e.getValue()), timestamp);
                }
                view.put(e.getKey(), r.withSent(e.getValue()));
            }
        }
        return node.withView(view).withAssignment(stories.get(node.id()));
    }

    private ArticleNode onLabel(ArticleNode node, GraphMessage m, long timestamp) {
        ArticleNode n = node.withHeard(m.from(), m.label());
        if (n.label() != null && !m.label().isBefore(n.label())) {
            return n;
        }
        return sendLabelWhereBehind(n.withLabel(m.label()), timestamp);
    }

    /**
     * The view with each member's links cut to the members: a link to an article that is not (yet) a member is not
     * needed, since both sides of a pair hold its link and the other side reports it when it joins.
     */
    private static Map<String, MemberReport> withinView(Map<String, MemberReport> view) {
        Map<String, MemberReport> out = new TreeMap<>();
        view.forEach((id, r) -> {
            if (view.keySet().containsAll(r.links().keySet())) {
                out.put(id, r);
            } else {
                Map<String, Link> kept = new TreeMap<>(r.links());
                kept.keySet().retainAll(view.keySet());
                out.put(id, new MemberReport(r.key(), r.received(), kept, r.sent()));
            }
        });
        return out;
    }

    /** Sends the node's label to every neighbour that may not have it yet (see {@link ArticleNode#heardOf}). */
    private ArticleNode sendLabelWhereBehind(ArticleNode node, long timestamp) {
        ArticleNode n = node;
        for (var e : node.neighbours().entrySet()) {
            if (clustering.connects(e.getValue())) {
                n = sendLabelIfBehind(n, e.getKey(), timestamp);
            }
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
                ArticleNode n = kv.value;
                boolean membersLive = n.view().values().stream().anyMatch(r -> r.received() >= horizon);
                if (received(n) < horizon && !membersLive) {
                    nodes.delete(kv.key);
                } else if (n.view().values().stream().anyMatch(r -> r.received() < horizon)) {
                    Map<String, MemberReport> kept = new TreeMap<>(n.view());
                    kept.values().removeIf(r -> r.received() < horizon && !r.key().id().equals(n.id()));
                    nodes.put(kv.key, n.withView(kept));
                }
            }
        }
    }
}
