package io.wiredesk.dedupe;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a component's coordinator knows of one member: its order key, when it was received (epoch millis, for
 * expiry), its links, and the assignment last sent to it (null: send it again).
 */
public record MemberReport(OrderKey key, long received, Map<String, Link> links, StoryAssignment sent) {

    public MemberReport {
        links = links == null ? new TreeMap<>() : links;
    }

    public MemberReport withSent(StoryAssignment assignment) {
        return new MemberReport(key, received, links, assignment);
    }
}
