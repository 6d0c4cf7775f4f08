package io.wiredesk.core;

import java.util.List;

/** Names of the topics that connect the stages (see README, "Topics"). */
public final class Topics {
    public static final String RAW = "wiredesk.articles.raw";
    public static final String CLEAN = "wiredesk.articles.clean";
    public static final String ENRICHED = "wiredesk.articles.enriched";
    /** Dedupe's own loop topic: graph messages between article nodes (edges, story labels). */
    public static final String DEDUPE_GRAPH = "wiredesk.dedupe.graph";
    public static final String STORY_EVENTS = "wiredesk.story-events";
    public static final String STORIES = "wiredesk.stories";
    public static final String DLQ = "wiredesk.dlq";

    public static final List<String> ALL = List.of(RAW, CLEAN, ENRICHED, DEDUPE_GRAPH, STORY_EVENTS, STORIES, DLQ);

    private Topics() {
    }
}
