package io.wiredesk.dedupe;

import io.wiredesk.core.kafka.StageConfig;
import java.time.Duration;

/**
 * The dedupe stage's settings.
 *
 * @param copyThreshold  estimated shingle containment from which an article is a copy
 * @param eventThreshold same-event score from which an article is a rewrite of the same event
 * @param bands          LSH bands
 * @param rows           slots per LSH band (the MinHash signature has bands x rows slots)
 * @param window         largest distance in publication time between two dated articles of one story; also sets how
 *                       long the index keeps articles by receive time ({@link #indexRetention()})
 * @param bucketMax      most articles a blocking bucket keeps (the newest win)
 */
public record DedupeSettings(double copyThreshold, double eventThreshold, int bands, int rows, Duration window, int bucketMax) {
    public static final String COPY_THRESHOLD = "wiredesk.dedupe.copy.threshold";
    public static final String EVENT_THRESHOLD = "wiredesk.dedupe.event.threshold";
    public static final String BANDS = "wiredesk.dedupe.lsh.bands";
    public static final String ROWS = "wiredesk.dedupe.lsh.rows";
    public static final String WINDOW = "wiredesk.dedupe.window";
    public static final String BUCKET_MAX = "wiredesk.dedupe.bucket.max";

    public static final DedupeSettings DEFAULTS = new DedupeSettings(0.7, 0.36, 20, 3, Duration.ofDays(14), 500);

    public static DedupeSettings from(StageConfig config) {
        return new DedupeSettings(
                config.getDouble(COPY_THRESHOLD, DEFAULTS.copyThreshold),
                config.getDouble(EVENT_THRESHOLD, DEFAULTS.eventThreshold),
                config.getInt(BANDS, DEFAULTS.bands),
                config.getInt(ROWS, DEFAULTS.rows),
                config.getDuration(WINDOW, DEFAULTS.window),
                config.getInt(BUCKET_MAX, DEFAULTS.bucketMax));
    }

    public int signatureSize() {
        return bands * rows;
    }

    /**
     * How long bucket and feature entries are kept behind the newest receive time seen: the window plus as much
     * grace for late arrivals.
     */
    public Duration indexRetention() {
        return window.multipliedBy(2);
    }

    /** How long article nodes are kept behind the newest receive time seen. */
    public Duration nodeRetention() {
        return window.multipliedBy(4);
    }
}
