package io.wiredesk.dedupe;

import java.util.Comparator;

/**
 * Where an article stands in story order: its event time (publishedAt when stated, else receivedAt) in epoch
 * millis, then its id. The smallest key of a story is its original, and names the story.
 */
public record OrderKey(long time, String id) implements Comparable<OrderKey> {
    private static final Comparator<OrderKey> ORDER = Comparator.comparingLong(OrderKey::time).thenComparing(OrderKey::id);

    @Override
    public int compareTo(OrderKey other) {
        return ORDER.compare(this, other);
    }

    public boolean isBefore(OrderKey other) {
        return compareTo(other) < 0;
    }

    public static OrderKey min(OrderKey a, OrderKey b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** "s-" and the article id without its "a-" prefix. */
    public String storyId() {
        return "s-" + (id.startsWith("a-") ? id.substring(2) : id);
    }
}
