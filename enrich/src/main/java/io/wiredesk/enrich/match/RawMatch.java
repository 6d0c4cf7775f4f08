package io.wiredesk.enrich.match;

import java.util.List;

/** A span of normalised text [start, end) and the aliases that match it there (case and boundaries checked). */
public record RawMatch(int start, int end, List<AliasEntry> entries) {
    public int length() {
        return end - start;
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }

    public boolean contains(int s, int e) {
        return start <= s && e <= end;
    }

    /** By span only: hashing the entries would hash whole knowledge-base entities, alias lists and all. */
    @Override
    public int hashCode() {
        return 31 * start + end;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawMatch m && m.start == start && m.end == end && m.entries.equals(entries);
    }
}
