package io.wiredesk.sink;

import io.wiredesk.core.model.CanonicalStory;

/**
 * One step of a story lookup on the instance that owns the key: the live story, or the id of the story
 * it was merged into (which may live on another instance).
 */
public record StoryHop(String storyId, CanonicalStory story, String mergedInto) {
    public static StoryHop live(CanonicalStory story) {
        return new StoryHop(story.storyId(), story, null);
    }

    public static StoryHop merged(String storyId, String into) {
        return new StoryHop(storyId, null, into);
    }
}
