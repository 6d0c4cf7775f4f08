package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The articles of one blocking bucket, in order-key order. Entries expire by receive time, not publication
 * time: an article published long ago but received now is as current in the index as any other.
 */
public record BucketMembers(List<BucketEntry> members) {
    private static final Comparator<BucketEntry> BY_KEY = Comparator.comparing(BucketEntry::key);
    private static final Comparator<BucketEntry> LATEST_RECEIVED_FIRST =
            Comparator.comparingLong(BucketEntry::received).reversed().thenComparing(BY_KEY);

    public static BucketMembers empty() {
        return new BucketMembers(List.of());
    }

    /**
     * With the newcomer (replacing an entry of the same article), without members received before the
     * horizon, and at most {@code max}: the most recently received.
     */
    public BucketMembers add(BucketEntry newcomer, long horizon, int max) {
        List<BucketEntry> out = new ArrayList<>(members.size() + 1);
        for (BucketEntry e : members) {
            if (e.received() >= horizon && !e.id().equals(newcomer.id())) {
                out.add(e);
            }
        }
        out.add(newcomer);
        if (out.size() > max) {
            out.sort(LATEST_RECEIVED_FIRST);
            out = new ArrayList<>(out.subList(0, max));
        }
        out.sort(BY_KEY);
        return new BucketMembers(List.copyOf(out));
    }

    /**
     * The members to compare a newcomer with: at most {@code max} of those received at or after the horizon,
     * the most recently received (ties by order key), other than the newcomer itself.
     */
    public List<BucketEntry> latest(int max, long horizon, String exceptId) {
        List<BucketEntry> out = new ArrayList<>(members.size());
        for (BucketEntry e : members) {
            if (e.received() >= horizon && !e.id().equals(exceptId)) {
                out.add(e);
            }
        }
        if (out.size() > max) {
            out.sort(LATEST_RECEIVED_FIRST);
            return out.subList(0, max);
        }
        return out;
    }

    public BucketMembers expire(long horizon) {
        return new BucketMembers(members.stream().filter(e -> e.received() >= horizon).toList());
    }
}
