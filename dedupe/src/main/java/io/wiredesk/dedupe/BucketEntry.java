package io.wiredesk.dedupe;

/**
 * One article in a blocking bucket: its order key (story order) and when the pipeline received it (epoch
 * millis), which decides how long it stays in the index.
 */
public record BucketEntry(OrderKey key, long received) {

    public String id() {
        return key.id();
    }
}
