package io.wiredesk.dedupe;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.Relation;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article in the match graph: its own order key (null until known), summary (null until its NODE
 * message arrived), neighbours, the smallest order key known in its connected component (the story label),
 * the membership it announced last, and per neighbour an upper bound of its label ({@link #heardOf}).
 */
public record ArticleNode(
        String id,
        OrderKey self,
        ArticleSummary summary,
        Map<String, Link> neighbours,
        OrderKey label,
        Membership announced,
        Map<String, OrderKey> heard) {

    public ArticleNode {
        neighbours = neighbours == null ? new TreeMap<>() : neighbours;
        heard = heard == null ? new TreeMap<>() : heard;
    }

    public static ArticleNode empty(String id) {
        return new ArticleNode(id, null, null, new TreeMap<>(), null, null, new TreeMap<>());
    }

    /**
     * The largest label a neighbour can still have, as far as this node knows (its own key from its edge, a
     * label it sent, a label sent to it): labels only decrease, so sending ours is only needed when it is smaller.
     */
    public OrderKey heardOf(String neighbour) {
        return heard.get(neighbour);
    }

    public ArticleNode withHeard(String neighbour, OrderKey bound) {
        OrderKey known = heard.get(neighbour);
        OrderKey smaller = OrderKey.min(known, bound);
        if (smaller.equals(known)) {
            return this;
        }
        Map<String, OrderKey> copy = new TreeMap<>(heard);
        copy.put(neighbour, smaller);
        return new ArticleNode(id, self, summary, neighbours, label, announced, copy);
    }

    public ArticleNode withSelf(OrderKey key) {
        return new ArticleNode(id, key, summary, neighbours, OrderKey.min(label, key), announced, heard);
    }

    public ArticleNode withSummary(ArticleSummary s) {
        return new ArticleNode(id, self, s, neighbours, label, announced, heard);
    }

    public ArticleNode withLink(String neighbour, Link link) {
        Map<String, Link> copy = new TreeMap<>(neighbours);
        copy.put(neighbour, link);
        return new ArticleNode(id, self, summary, copy, label, announced, heard);
    }

    public ArticleNode withLabel(OrderKey newLabel) {
        return new ArticleNode(id, self, summary, neighbours, newLabel, announced, heard);
    }

    public ArticleNode withAnnounced(Membership m) {
        return new ArticleNode(id, self, summary, neighbours, label, m, heard);
    }

    /**
     * The membership this node has now, or null while it cannot say (no summary or own key yet): the label
     * holder is the original; any other member is a copy when it has a copy edge, else a rewrite, with its best
     * similarity of that kind.
     */
    public Membership membership() {
        if (self == null || summary == null || label == null) {
            return null;
        }
        if (label.equals(self)) {
            return new Membership(label.storyId(), Relation.ORIGINAL, 1.0);
        }
        double bestCopy = -1;
        double bestRewrite = 0;
        for (Link l : neighbours.values()) {
            if (l.relation() == Relation.COPY) {
                bestCopy = Math.max(bestCopy, l.similarity());
            } else {
                bestRewrite = Math.max(bestRewrite, l.similarity());
            }
        }
        return bestCopy >= 0
                ? new Membership(label.storyId(), Relation.COPY, bestCopy)
                : new Membership(label.storyId(), Relation.REWRITE, bestRewrite);
    }
}
