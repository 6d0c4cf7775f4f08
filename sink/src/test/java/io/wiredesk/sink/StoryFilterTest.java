package io.wiredesk.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryEntity;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The filters of {@code wiredesk tail} and the live feed. */
class StoryFilterTest {
    private static final CanonicalStory STORY = new CanonicalStory(CanonicalStory.SCHEMA, "s-1", "Yoon, NATO chief discuss N. Korea",
            "lead", "a-1", "2024-10-22", Instant.parse("2024-10-22T08:00:00Z"), List.of(),
            List.of("news.kbs.co.kr", "www.djournal.kr"), List.of("KBS"),
            List.of(new StoryEntity("person/yoon-suk-yeol", null, "Yoon Suk Yeol", "person", 1.2, 2),
                    new StoryEntity("Q7184", "Q7184", "NATO", "organisation", 1.0, 3)),
            "2024-10-21", 3);

    @Test
    void noConditionMatchesEverything() {
        assertThat(StoryFilter.ALL.isEmpty()).isTrue();
        assertThat(StoryFilter.ALL.matches(STORY)).isTrue();
    }

    @Test
    void entityByWiredeskOrWikidataId() {
        assertThat(filter(Set.of("person/yoon-suk-yeol"), null, null).matches(STORY)).isTrue();
        assertThat(filter(Set.of("Q7184"), null, null).matches(STORY)).isTrue();
        assertThat(filter(Set.of("Q423"), null, null).matches(STORY)).isFalse();
    }

    @Test
    void publisherByHostIgnoringWwwAndMatchingSubdomains() {
        assertThat(filter(null, Set.of("kbs.co.kr"), null).matches(STORY)).isTrue();
        assertThat(filter(null, Set.of("www.djournal.kr"), null).matches(STORY)).isTrue();
        assertThat(filter(null, Set.of("co.kr.example"), null).matches(STORY)).isFalse();
    }

    @Test
    void sinceComparesTheUpdateTimeAndAllConditionsMustHold() {
        assertThat(filter(null, null, Instant.parse("2024-10-22T08:00:00Z")).matches(STORY)).isTrue();
        assertThat(filter(null, null, Instant.parse("2024-10-23T00:00:00Z")).matches(STORY)).isFalse();
        assertThat(filter(Set.of("Q7184"), Set.of("kbs.co.kr"), Instant.parse("2024-10-23T00:00:00Z")).matches(STORY)).isFalse();
    }

    private static StoryFilter filter(Set<String> entities, Set<String> publishers, Instant since) {
        return new StoryFilter(entities, publishers, since);
    }
}
