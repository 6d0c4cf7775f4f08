package io.wiredesk.dedupe;

/**
 * One article in a blocking bucket: its id and when the pipeline received it, in whole epoch seconds, which decides
 * which members a newcomer is compared with (the most recent) and how long the entry stays in the index. Seconds are
 * enough for both and cost a byte or two between neighbours; whether a pair is within the retention is decided on
 * the two fingerprints' exact receive times.
 */
public record BucketEntry(String id, long received) {

    /** An entry received at {@code receivedMillis} (epoch millis). */
    public static BucketEntry of(String id, long receivedMillis) {
        return new BucketEntry(id, Math.floorDiv(receivedMillis, 1000L));
    }
}
