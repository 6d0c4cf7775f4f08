package io.wiredesk.dedupe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Decoded fingerprints of one task, least recently used evicted, with the digest the decision cache keys on
 * (computed once per decoded fingerprint, not once per comparison).
 */
final class FingerprintCache {
    record Entry(Fingerprint fingerprint, String version) {
    }

    private final int capacity;
    private final Map<String, Entry> entries;

    FingerprintCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024) * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > FingerprintCache.this.capacity;
            }
        };
    }

    Entry get(String id) {
        return entries.get(id);
    }

    Entry put(Fingerprint f) {
        Entry e = new Entry(f, BucketProcessor.version(f));
        if (capacity > 0) {
            entries.put(f.id(), e);
        }
        return e;
    }

    void remove(String id) {
        entries.remove(id);
    }

    int size() {
        return entries.size();
    }
}
