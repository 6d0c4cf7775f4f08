package io.wiredesk.sink;

import static io.wiredesk.sink.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEvent;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoryStateTest {
    private static final Instant T0 = Instant.parse("2024-11-07T01:00:00Z");
    private final ArticleSummary a = article("a").at("https://one.example/1").build();
    private final ArticleSummary b = article("b").at("https://two.example/2").build();

    @Test
    void aRepeatedJoinChangesNothingButANewSimilarityUpdatesTheMember() {
        StoryState s = StoryState.empty("s").apply(StoryEvent.joined("s", a, Relation.ORIGINAL, 1.0, T0));
        assertThat(s.apply(StoryEvent.joined("s", a, Relation.ORIGINAL, 1.0, T0.plusSeconds(5)))).isSameAs(s);

        StoryState updated = s.apply(StoryEvent.joined("s", a, Relation.COPY, 0.8, T0.plusSeconds(5)));
        assertThat(updated.members()).singleElement().satisfies(m -> {
            assertThat(m.relation()).isEqualTo(Relation.COPY);
            assertThat(m.similarity()).isEqualTo(0.8);
        });
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.updated()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void theLastMemberLeavingEndsTheStoryIntoTheOtherOne() {
        StoryState s = StoryState.empty("s")
                .apply(StoryEvent.joined("s", a, Relation.ORIGINAL, 1.0, T0))
                .apply(StoryEvent.joined("s", b, Relation.COPY, 0.9, T0));
        StoryState one = s.apply(StoryEvent.left("s", "a", "t", T0.plusSeconds(1)));
        assertThat(one.ended()).isFalse();
        assertThat(one.mergedInto()).isNull();

        StoryState none = one.apply(StoryEvent.left("s", "b", "t", T0.plusSeconds(2)));
        assertThat(none.ended()).isTrue();
        assertThat(none.mergedInto()).isEqualTo("t");
        assertThat(none.apply(StoryEvent.left("s", "b", "t", T0.plusSeconds(3)))).isSameAs(none);
        assertThat(none.apply(StoryEvent.merged("s", "t", T0.plusSeconds(3)))).isSameAs(none);
    }

    @Test
    void aMergeDropsTheMembersAndKeepsTheMarker() {
        StoryState merged = StoryState.empty("s")
                .apply(StoryEvent.joined("s", a, Relation.ORIGINAL, 1.0, T0))
                .apply(StoryEvent.merged("s", "t", T0.plusSeconds(1)));
        assertThat(merged.members()).isEmpty();
        assertThat(merged.mergedInto()).isEqualTo("t");
        assertThat(merged.version()).isEqualTo(2);

        StoryState revived = merged.apply(StoryEvent.joined("s", b, Relation.ORIGINAL, 1.0, T0.plusSeconds(2)));
        assertThat(revived.mergedInto()).isNull();
        assertThat(revived.members()).extracting(StoryState.Member::id).containsExactly("b");
    }

    @Test
    void theUpdateTimeNeverGoesBack() {
        StoryState s = StoryState.empty("s").apply(StoryEvent.joined("s", a, Relation.ORIGINAL, 1.0, T0))
                .apply(StoryEvent.joined("s", b, Relation.COPY, 0.9, T0.minusSeconds(60)));
        assertThat(s.updated()).isEqualTo(T0);
    }
}
