package io.wiredesk.dedupe;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.Relation;
import java.util.Map;

/**
 * A message to one article node on the loop topic {@code wiredesk.dedupe.graph} (keyed by the target
 * article id).
 * NODE: the article itself arrived ({@code self}, {@code summary}).
 * EDGE: a link with {@code from} (its order key {@code fromKey}; {@code self} is the target's own key): a copy, or a
 * rewrite with its same-event score (down to the story rule's link threshold).
 * LABEL: neighbour {@code from} says the component's smallest order key is at most {@code label}.
 * REPORT: member {@code from} (key {@code self}, received at {@code received}) tells its component's coordinator
 * (the label holder) its {@code links}.
 * ASSIGN: coordinator {@code from} tells a member its story ({@code assignment}).
 */
public record GraphMessage(
        Type type,
        OrderKey self,
        ArticleSummary summary,
        String from,
        OrderKey fromKey,
        Relation relation,
        double similarity,
        OrderKey label,
        Long received,
        Map<String, Link> links,
        StoryAssignment assignment) {

    public enum Type { NODE, EDGE, LABEL, REPORT, ASSIGN }

    public static GraphMessage node(OrderKey self, ArticleSummary summary) {
        return new GraphMessage(Type.NODE, self, summary, null, null, null, 0, null, null, null, null);
    }

    public static GraphMessage edge(OrderKey self, OrderKey from, Match match) {
        return new GraphMessage(Type.EDGE, self, null, from.id(), from, match.relation(), match.similarity(), null, null, null, null);
    }

    public static GraphMessage label(String from, OrderKey label) {
        return new GraphMessage(Type.LABEL, null, null, from, null, null, 0, label, null, null, null);
    }

    public static GraphMessage report(String from, OrderKey self, long received, Map<String, Link> links) {
        return new GraphMessage(Type.REPORT, self, null, from, null, null, 0, null, received, links, null);
    }

    public static GraphMessage assign(String from, StoryAssignment assignment) {
        return new GraphMessage(Type.ASSIGN, null, null, from, null, null, 0, null, null, null, assignment);
    }
}
