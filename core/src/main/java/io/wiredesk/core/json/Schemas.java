package io.wiredesk.core.json;

import io.wiredesk.core.Topics;
import java.util.Map;

/**
 * Where the JSON Schema (draft 2020-12) of each topic's values lives on the classpath. Every schema
 * carries its version in the required {@code schema} field; the dead-letter topic holds original bytes
 * and the dedupe loop topic is internal, so neither has one.
 */
public final class Schemas {
    public static final String DIR = "schemas/";

    private static final Map<String, String> BY_TOPIC = Map.of(
            Topics.RAW, DIR + "raw-article.schema.json",
            Topics.CLEAN, DIR + "clean-article.schema.json",
            Topics.ENRICHED, DIR + "enriched-article.schema.json",
            Topics.STORY_EVENTS, DIR + "story-event.schema.json",
            Topics.STORIES, DIR + "canonical-story.schema.json");

    private Schemas() {
    }

    /** The classpath resource path (no leading slash) of the schema of the topic's values. */
    public static String schemaFor(String topic) {
        String path = BY_TOPIC.get(topic);
        if (path == null) {
            throw new IllegalArgumentException("topic " + topic + " has no JSON schema");
        }
        return path;
    }
}
