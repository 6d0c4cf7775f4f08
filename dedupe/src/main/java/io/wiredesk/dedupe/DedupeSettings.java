package io.wiredesk.dedupe;

import io.wiredesk.core.kafka.StageConfig;
import java.time.Duration;

/**
 * The dedupe stage's settings.
 *
 * @param copyThreshold  estimated shingle containment from which an article is a copy
 * @param eventThreshold same-event score from which a pair is a match on its own: enough for an article to join a story
 *                       (with the story rule's mean condition); weaker pairs down to {@link StoryRule#linkThreshold()}
 *                       are links that only count as evidence about a story
 * @param supportedThreshold lower same-event score that suffices when the two texts also share
 *                       {@code supportingTerms} rare content words (names, places, specific nouns): two-sided evidence.
 *                       Off by default (= eventThreshold): at 0.30 with 3 words it lifts ECB+ F1 to 0.83, but the seeds'
 *                       hard negative (000-004) shares 5 rare words and would merge (docs/QUALITY.md).
 *                       It applies to {@link SimilarityScorer#decide} (the pair verdict); stories use the event score
 * @param supportingTerms rare content words two texts must share for {@code supportedThreshold} to apply
 * @param bands          LSH bands
 * @param rows           slots per LSH band (the bands use the first bands x rows slots of the signature, {@link #signatureSize()})
 * @param window         largest distance in publication time between two dated articles of one story; also sets how
 *                       long the index keeps articles by receive time ({@link #indexRetention()})
 * @param bucketMax      most articles a blocking bucket keeps (the newest win)
 * @param story          how matched articles form stories ({@link StoryRule}: cluster-level joins and merges)
 */
public record DedupeSettings(double copyThreshold, double eventThreshold, double supportedThreshold, int supportingTerms,
                             int bands, int rows, Duration window, int bucketMax, StoryRule story) {
    public static final String COPY_THRESHOLD = "wiredesk.dedupe.copy.threshold";
    public static final String EVENT_THRESHOLD = "wiredesk.dedupe.event.threshold";
    public static final String SUPPORTED_THRESHOLD = "wiredesk.dedupe.event.supported.threshold";
    public static final String SUPPORTING_TERMS = "wiredesk.dedupe.event.supporting.terms";
    public static final String BANDS = "wiredesk.dedupe.lsh.bands";
    public static final String ROWS = "wiredesk.dedupe.lsh.rows";
    public static final String WINDOW = "wiredesk.dedupe.window";
    public static final String BUCKET_MAX = "wiredesk.dedupe.bucket.max";

    /** Slots of the MinHash signature at the least: its estimate's standard error is sqrt(J(1 - J) / slots), 0.06 at J = 0.7. */
    public static final int MIN_SIGNATURE_SLOTS = 60;

    public static final DedupeSettings DEFAULTS = new DedupeSettings(0.7, 0.36, 0.36, 3, 10, 3, Duration.ofDays(14), 500,
            StoryRule.DEFAULTS);

    public DedupeSettings {
        if (story == null) {
            story = StoryRule.DEFAULTS;
        }
    }

    /** Settings with the default story rule. */
    public DedupeSettings(double copyThreshold, double eventThreshold, double supportedThreshold, int supportingTerms,
                          int bands, int rows, Duration window, int bucketMax) {
        this(copyThreshold, eventThreshold, supportedThreshold, supportingTerms, bands, rows, window, bucketMax, StoryRule.DEFAULTS);
    }

    /** Settings without the supported (two-sided) rule: one event threshold. */
    public DedupeSettings(double copyThreshold, double eventThreshold, int bands, int rows, Duration window, int bucketMax) {
        this(copyThreshold, eventThreshold, eventThreshold, Integer.MAX_VALUE, bands, rows, window, bucketMax);
    }

    public static DedupeSettings from(StageConfig config) {
        return new DedupeSettings(
                config.getDouble(COPY_THRESHOLD, DEFAULTS.copyThreshold),
                config.getDouble(EVENT_THRESHOLD, DEFAULTS.eventThreshold),
                config.getDouble(SUPPORTED_THRESHOLD, DEFAULTS.supportedThreshold),
                config.getInt(SUPPORTING_TERMS, DEFAULTS.supportingTerms),
                config.getInt(BANDS, DEFAULTS.bands),
                config.getInt(ROWS, DEFAULTS.rows),
                config.getDuration(WINDOW, DEFAULTS.window),
                config.getInt(BUCKET_MAX, DEFAULTS.bucketMax),
                StoryRule.from(config));
    }

    /** The same settings with other event thresholds (evaluation sweeps). */
    public DedupeSettings withEventThresholds(double event, double supported) {
        return new DedupeSettings(copyThreshold, event, supported, supportingTerms, bands, rows, window, bucketMax, story);
    }

    /** The same settings with another window (evaluation of undated sets). */
    public DedupeSettings withWindow(Duration otherWindow) {
        return new DedupeSettings(copyThreshold, eventThreshold, supportedThreshold, supportingTerms, bands, rows, otherWindow, bucketMax, story);
    }

    /** The same settings with another story rule (evaluation sweeps). */
    public DedupeSettings withStory(StoryRule otherStory) {
        return new DedupeSettings(copyThreshold, eventThreshold, supportedThreshold, supportingTerms, bands, rows, window, bucketMax, otherStory);
    }

    /**
     * MinHash slots: at least {@link #MIN_SIGNATURE_SLOTS} for the Jaccard estimate that verifies a copy, whatever
     * the bands use for candidates (the first bands x rows slots).
     */
    public int signatureSize() {
        return Math.max(MIN_SIGNATURE_SLOTS, bands * rows);
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
