package io.wiredesk.sink;

import io.wiredesk.core.model.CanonicalStory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The three story questions the HTTP API answers, from one instance's stores or from the whole cluster. */
public interface StoryFinder {
    /** The story, or the story it was merged into. */
    Optional<CanonicalStory> story(String id);

    /** Live stories, newest update first, optionally naming an entity and updated at or after {@code since}. */
    List<CanonicalStory> stories(String entityId, Instant since, int limit);

    /** The story the article belongs to, following merges. */
    Optional<CanonicalStory> storyOfArticle(String articleId);
}
