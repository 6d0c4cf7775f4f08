package io.wiredesk.sink;

import java.time.Instant;

/**
 * Value of the {@value SinkStage#ARTICLE_STORY_STORE} store, keyed by article id: the story the article
 * was last placed in and when. Events of different stories reach this store through a repartition, so
 * their order is not guaranteed; the decision time says which is newer.
 */
public record ArticleLink(String storyId, Instant at) {

    /** The newer of two links; on equal times the one that arrived last. */
    public static ArticleLink latest(ArticleLink current, ArticleLink arriving) {
        return arriving.at().isBefore(current.at()) ? current : arriving;
    }
}
