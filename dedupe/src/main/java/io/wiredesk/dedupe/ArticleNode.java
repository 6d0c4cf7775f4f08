package io.wiredesk.dedupe;

import io.wiredesk.core.model.ArticleSummary;
import java.util.Map;
import java.util.TreeMap;

/**
 * One article in the match graph: its own order key (null until known), summary (null until its NODE
 * message arrived), links, the smallest order key known in its component (the label: the component's
 * coordinator), the membership it announced last, per neighbour an upper bound of its label ({@link #heardOf}),
 * the story its coordinator assigned it, and, while it coordinates its component (label = own key), what it
 * knows of the members ({@code view}).
 */
public record ArticleNode(
        String id,
        OrderKey self,
        ArticleSummary summary,
        Map<String, Link> neighbours,
        OrderKey label,
        Membership announced,
        Map<String, OrderKey> heard,
        StoryAssignment assignment,
        Map<String, MemberReport> view) {

    public ArticleNode {
        neighbours = neighbours == null ? new TreeMap<>() : neighbours;
        heard = heard == null ? new TreeMap<>() : heard;
        view = view == null ? new TreeMap<>() : view;
    }

    public static ArticleNode empty(String id) {
        return new ArticleNode(id, null, null, new TreeMap<>(), null, null, new TreeMap<>(), null, new TreeMap<>());
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
        return new ArticleNode(id, self, summary, neighbours, label, announced, copy, assignment, view);
    }

    public ArticleNode withSelf(OrderKey key) {
        return new ArticleNode(id, key, summary, neighbours, OrderKey.min(label, key), announced, heard, assignment, view);
    }

    public ArticleNode withSummary(ArticleSummary s) {
        return new ArticleNode(id, self, s, neighbours, label, announced, heard, assignment, view);
    }

    public ArticleNode withLink(String neighbour, Link link) {
        Map<String, Link> copy = new TreeMap<>(neighbours);
        copy.put(neighbour, link);
        return new ArticleNode(id, self, summary, copy, label, announced, heard, assignment, view);
    }

    public ArticleNode withLabel(OrderKey newLabel) {
        return new ArticleNode(id, self, summary, neighbours, newLabel, announced, heard, assignment, view);
    }

    public ArticleNode withAnnounced(Membership m) {
        return new ArticleNode(id, self, summary, neighbours, label, m, heard, assignment, view);
    }

    public ArticleNode withAssignment(StoryAssignment a) {
        return new ArticleNode(id, self, summary, neighbours, label, announced, heard, a, view);
    }

    public ArticleNode withView(Map<String, MemberReport> v) {
        return new ArticleNode(id, self, summary, neighbours, label, announced, heard, assignment, v);
    }

    /** Whether this node knows that another article coordinates its component (its label is smaller than its key). */
    public boolean follower() {
        return self != null && label != null && label.isBefore(self);
    }

    /** Whether this node coordinates its component: it holds the smallest key it knows of. */
    public boolean coordinator() {
        return self != null && self.equals(label);
    }

    /** The membership this node has now, or null while it cannot say (no summary, own key or assignment yet). */
    public Membership membership() {
        if (self == null || summary == null || assignment == null) {
            return null;
        }
        return new Membership(assignment.story().storyId(), assignment.relation(), assignment.similarity());
    }
}
