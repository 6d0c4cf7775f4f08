package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticStoriesTopologyTest {
    private static final Instant T0 = Instant.parse("2024-10-21T06:00:00Z");

    private static List<String> seedBody(String prefix) {
        Map<String, EnrichedArticle> seeds = SeedArticles.all();
        return seeds.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).findFirst().orElseThrow()
                .getValue().article().paragraphs();
    }

    @Test
    void republishedWireTextIsACopyOfTheOriginal() {
        List<String> wire = seedBody("002");
        EnrichedArticle original = Articles.article("https://wire.example/1", "Yoon talks with NATO chief", wire, "2024-10-21T06:00:00Z", T0);

        List<String> withFrame = new ArrayList<>();
        withFrame.add("By Staff Reporter | Updated 2024-10-21 10:14 | Share on social media");
        withFrame.addAll(wire);
        withFrame.add("Copyright 2024 Example Daily. All rights reserved. Subscribe to our newsletter for the latest world news.");
        EnrichedArticle framed = Articles.article("https://daily.example/a", "Seoul, NATO discuss troops", withFrame,
                "2024-10-21T10:14:00Z", T0.plusSeconds(4 * 3600));

        List<String> truncated = wire.subList(0, wire.size() * 3 / 4);
        EnrichedArticle shortened = Articles.article("https://portal.example/b", "NATO and Korea", truncated,
                null, T0.plusSeconds(5 * 3600));

        try (StoryGraphDriver driver = new StoryGraphDriver()) {
            driver.pipe(shortened);
            driver.pipe(framed);
            driver.pipe(original);
            Map<String, Map<String, StoryEvent>> stories = driver.stories();
            assertThat(driver.partition()).containsExactly(Set.of(original.id(), framed.id(), shortened.id()));
            Map<String, StoryEvent> story = stories.get("s-" + original.id().substring(2));
            assertThat(story).isNotNull();
            assertThat(story.get(original.id()).relation()).isEqualTo(Relation.ORIGINAL);
            assertThat(story.get(framed.id()).relation()).isEqualTo(Relation.COPY);
            assertThat(story.get(shortened.id()).relation()).isEqualTo(Relation.COPY);
            assertThat(story.get(shortened.id()).similarity()).isGreaterThan(0.9);
        }
    }

    @Test
    void anArticleMatchingTwoStoriesMergesTheLaterIntoTheEarlier() {
        List<String> a = seedBody("001");
        List<String> b = seedBody("003");
        List<String> actorsA = List.of("Yoon Suk Yeol", "Mark Rutte", "Pyongyang");
        List<String> actorsB = List.of("Jens Stoltenberg", "Washington", "Iran");
        EnrichedArticle first = Articles.article("https://one.example/a", "Seoul, NATO share concerns", a, "2024-10-21T06:00:00Z", T0,
                actorsA);
        EnrichedArticle second = Articles.article("https://two.example/b", "NATO and South Korea on Ukraine", b,
                "2024-10-21T07:00:00Z", T0.plusSeconds(3600), actorsB);
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        EnrichedArticle roundup = Articles.article("https://three.example/c", "World roundup", both,
                "2024-10-21T08:00:00Z", T0.plusSeconds(7200),
                java.util.stream.Stream.concat(actorsA.stream(), actorsB.stream()).toList());
        String firstStory = "s-" + first.id().substring(2);
        String secondStory = "s-" + second.id().substring(2);

        try (StoryGraphDriver driver = new StoryGraphDriver()) {
            driver.pipe(first);
            driver.pipe(second);
            assertThat(driver.stories()).containsOnlyKeys(firstStory, secondStory);

            driver.pipe(roundup);
            assertThat(driver.partition()).containsExactly(Set.of(first.id(), second.id(), roundup.id()));
            assertThat(driver.stories()).containsOnlyKeys(firstStory);
            assertThat(driver.log()).contains(StoryEvent.merged(secondStory, firstStory, driver.log().stream()
                    .filter(e -> e.type() == StoryEvent.Type.MERGED).findFirst().orElseThrow().at()));
            assertThat(driver.log()).anyMatch(e -> e.type() == StoryEvent.Type.LEFT && e.storyId().equals(secondStory)
                    && e.articleId().equals(second.id()) && firstStory.equals(e.intoStoryId()));
            Map<String, StoryEvent> story = driver.stories().get(firstStory);
            assertThat(story.get(first.id()).relation()).isEqualTo(Relation.ORIGINAL);
            assertThat(story.get(second.id()).relation()).isEqualTo(Relation.COPY);
            assertThat(story.get(roundup.id()).relation()).isEqualTo(Relation.COPY);
        }
    }

    @Test
    void feedingAnArticleAgainChangesNothing() {
        EnrichedArticle a = Articles.article("https://one.example/a", "Seoul, NATO share concerns", seedBody("001"), null, T0);
        try (StoryGraphDriver driver = new StoryGraphDriver()) {
            driver.pipe(a);
            int events = driver.log().size();
            driver.pipe(a);
            assertThat(driver.log()).hasSize(events);
            assertThat(driver.stories().get("s-" + a.id().substring(2)).get(a.id()).article().title())
                    .isEqualTo("Seoul, NATO share concerns");
        }
    }
}
