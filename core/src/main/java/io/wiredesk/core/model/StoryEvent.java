package io.wiredesk.core.model;

import java.time.Instant;

/**
 * A membership decision, keyed by story id. {@code JOINED}: the article is a member of the story with
 * the given relation and similarity (repeated when either changes). {@code LEFT}: the article moved to
 * {@code intoStoryId}. {@code MERGED}: the story was merged into {@code intoStoryId} and ends.
 */
public record StoryEvent(
        int schema,
        Type type,
        String storyId,
        String articleId,
        Relation relation,
        double similarity,
        String intoStoryId,
        ArticleSummary article,
        Instant at) {

    public static final int SCHEMA = 1;

    public enum Type { JOINED, LEFT, MERGED }

    public static StoryEvent joined(String storyId, ArticleSummary article, Relation relation, double similarity, Instant at) {
        return new StoryEvent(SCHEMA, Type.JOINED, storyId, article.id(), relation, similarity, null, article, at);
    }

    public static StoryEvent left(String storyId, String articleId, String intoStoryId, Instant at) {
        return new StoryEvent(SCHEMA, Type.LEFT, storyId, articleId, null, 0, intoStoryId, null, at);
    }

    public static StoryEvent merged(String storyId, String intoStoryId, Instant at) {
        return new StoryEvent(SCHEMA, Type.MERGED, storyId, null, null, 0, intoStoryId, null, at);
    }
}
