package io.wiredesk.core.model;

import java.time.Instant;
import java.util.List;

/** One story per real-world event: the value of the compacted topic {@code wiredesk.stories}. */
public record CanonicalStory(
        int schema,
        String storyId,
        String title,
        String lead,
        String canonicalArticleId,
        String firstPublished,
        Instant updated,
        List<StoryMember> members,
        List<String> publishers,
        List<String> agencies,
        List<StoryEntity> entities,
        String eventDate,
        long version) {

    public static final int SCHEMA = 1;
}
