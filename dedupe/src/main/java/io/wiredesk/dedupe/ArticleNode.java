package io.wiredesk.dedupe;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.Relation;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article in the match graph: its own order key (null until known), summary (null until its NODE
 * message arrived), neighbours, the smallest order key known in its connected component (the story label),
 * and the membership it announced last.
 */
public record ArticleNode(
        String id,
        OrderKey self,
        ArticleSummary summary,
        Map<String, Link> neighbours,
        OrderKey label,
        Membership announced) {

    public static ArticleNode empty(String id) {
        return new ArticleNode(id, null, null, new TreeMap<>(), null, null);
    }

    public ArticleNode withSelf(OrderKey key) {
        return new ArticleNode(id, key, summary, neighbours, OrderKey.min(label, key), announced);
    }

    public ArticleNode withSummary(ArticleSummary s) {
        return new ArticleNode(id, self, s, neighbours, label, announced);
    }

    public ArticleNode withLink(String neighbour, Link link) {
        Map<String, Link> copy = new TreeMap<>(neighbours);
        copy.put(neighbour, link);
        return new ArticleNode(id, self, summary, copy, label, announced);
    }

    public ArticleNode withLabel(OrderKey newLabel) {
        return new ArticleNode(id, self, summary, neighbours, newLabel, announced);
    }

    public ArticleNode withAnnounced(Membership m) {
        return new ArticleNode(id, self, summary, neighbours, label, m);
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
