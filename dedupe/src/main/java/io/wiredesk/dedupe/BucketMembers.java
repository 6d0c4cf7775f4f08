package io.wiredesk.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The articles of one blocking bucket, oldest received first (ties by id). Entries expire by receive time, not
 * publication time: an article published long ago but received now is as current in the index as any other.
 * Receive times are in epoch seconds ({@link BucketEntry}).
 */
public record BucketMembers(List<BucketEntry> members) {
    static final Comparator<BucketEntry> OLDEST_FIRST = Comparator.comparingLong(BucketEntry::received).thenComparing(BucketEntry::id);

    public static BucketMembers empty() {
        return new BucketMembers(List.of());
    }

    /**
     * With the newcomer (replacing an entry of the same article), without members received before the
     * horizon (epoch seconds), and at most {@code max}: the most recently received.
     */
    public BucketMembers add(BucketEntry newcomer, long horizon, int max) {
        List<BucketEntry> out = new ArrayList<>(members.size() + 1);
        for (BucketEntry e : members) {
            if (e.received() >= horizon && !e.id().equals(newcomer.id())) {
                out.add(e);
            }
        }
        out.add(newcomer);
        out.sort(OLDEST_FIRST);
        if (out.size() > max) {
            out = out.subList(out.size() - max, out.size());
        }
        return new BucketMembers(List.copyOf(out));
    }

    /**
     * The members to compare a newcomer with: at most {@code max} of those received at or after the horizon
     * (epoch seconds), the most recently received (ties by id), other than the newcomer itself.
     */
    public List<BucketEntry> latest(int max, long horizon, String exceptId) {
        List<BucketEntry> out = new ArrayList<>(Math.min(members.size(), max));
        for (int i = members.size() - 1; i >= 0 && out.size() < max; i--) {
            BucketEntry e = members.get(i);
            if (e.received() < horizon) {
                break;
            }
            if (!e.id().equals(exceptId)) {
                out.add(e);
            }
        }
        return out;
    }

    public BucketMembers expire(long horizon) {
        return new BucketMembers(members.stream().filter(e -> e.received() >= horizon).toList());
    }
}
