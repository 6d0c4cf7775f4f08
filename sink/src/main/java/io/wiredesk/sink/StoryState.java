package io.wiredesk.sink;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the sink keeps of one story (value of the {@value SinkStage#STORIES_STORE} store): its members, or,
 * once it has ended, only the id of the story it went into so that lookups can follow it. Every change
 * bumps the version; applying an event that changes nothing returns the same instance.
 */
public record StoryState(String storyId, List<Member> members, String mergedInto, long version, Instant updated) {

    /** An article of the story as the latest JOINED event described it. */
    public record Member(ArticleSummary article, Relation relation, double similarity) {
        public String id() {
            return article.id();
        }
    }

    public StoryState {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public static StoryState empty(String storyId) {
        return new StoryState(storyId, List.of(), null, 0, null);
    }

    /** True when the story has no members: merged away, emptied, or never started. */
    public boolean ended() {
        return members.isEmpty();
    }

    public StoryState apply(StoryEvent event) {
        return switch (event.type()) {
            case JOINED -> joined(new Member(event.article(), event.relation(), event.similarity()), event.at());
            case LEFT -> left(event.articleId(), event.intoStoryId(), event.at());
            case MERGED -> merged(event.intoStoryId(), event.at());
        };
    }

    /** Adds or updates a member; a story that had ended starts again. */
    StoryState joined(Member member, Instant at) {
        if (members.contains(member) && mergedInto == null) {
            return this;
        }
        List<Member> next = new ArrayList<>(members);
        next.removeIf(m -> m.id().equals(member.id()));
        next.add(member);
        next.sort(Comparator.comparing(Member::id));
        return new StoryState(storyId, next, null, version + 1, latest(at));
    }

    /** Removes a member; when it was the last one, the story now lives on in {@code intoStoryId}. */
    StoryState left(String articleId, String intoStoryId, Instant at) {
        if (members.stream().noneMatch(m -> m.id().equals(articleId))) {
            return this;
        }
        List<Member> next = members.stream().filter(m -> !m.id().equals(articleId)).toList();
        return new StoryState(storyId, next, next.isEmpty() ? intoStoryId : null, version + 1, latest(at));
    }

    /** Ends the story: only the merge marker remains. */
    StoryState merged(String intoStoryId, Instant at) {
        if (members.isEmpty() && Objects.equals(mergedInto, intoStoryId)) {
            return this;
        }
        return new StoryState(storyId, List.of(), intoStoryId, version + 1, latest(at));
    }

    private Instant latest(Instant at) {
        return updated == null || at.isAfter(updated) ? at : updated;
    }
}
