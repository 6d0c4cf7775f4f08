package io.wiredesk.dedupe;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.Relation;

/**
 * A message to one article node on the loop topic {@code wiredesk.dedupe.graph} (keyed by the target
 * article id).
 * NODE: the article itself arrived ({@code self}, {@code summary}).
 * EDGE: a verified match with {@code from} (its order key {@code fromKey}; {@code self} is the target's own key).
 * LABEL: neighbour {@code from} says the component's smallest order key is at most {@code label}.
 */
public record GraphMessage(
        Type type,
        OrderKey self,
        ArticleSummary summary,
        String from,
        OrderKey fromKey,
        Relation relation,
        double similarity,
        OrderKey label) {

    public enum Type { NODE, EDGE, LABEL }

    public static GraphMessage node(OrderKey self, ArticleSummary summary) {
        return new GraphMessage(Type.NODE, self, summary, null, null, null, 0, null);
    }

    public static GraphMessage edge(OrderKey self, OrderKey from, Match match) {
        return new GraphMessage(Type.EDGE, self, null, from.id(), from, match.relation(), match.similarity(), null);
    }

    public static GraphMessage label(String from, OrderKey label) {
        return new GraphMessage(Type.LABEL, null, null, from, null, null, 0, label);
    }
}
