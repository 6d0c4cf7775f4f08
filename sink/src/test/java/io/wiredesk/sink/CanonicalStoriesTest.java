package io.wiredesk.sink;

import static io.wiredesk.sink.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryEntity;
import io.wiredesk.core.model.StoryEvent;
import io.wiredesk.core.model.StoryMember;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalStoriesTest {
    private static final Instant T0 = Instant.parse("2024-11-07T01:00:00Z");

    private static StoryState state(String storyId, Object... membersAndRelations) {
        StoryState s = StoryState.empty(storyId);
        for (int i = 0; i < membersAndRelations.length; i += 2) {
            s = s.apply(StoryEvent.joined(storyId, (ArticleSummary) membersAndRelations[i],
                    (Relation) membersAndRelations[i + 1], 0.9, T0.plusSeconds(i)));
        }
        return s;
    }

    @Test
    void buildsTheDocumentFromTheCanonicalArticleAndAllMembers() {
        ArticleSummary copy = article("copy").at("https://viewusglobal.com/?p=1").crediting("KBS")
                .published("2024-11-06T08:00:00Z").event("2024-11-06")
                .naming("Q21001", "Yoon Suk Yeol", 0.9).naming("Q7184", "NATO", 0.3).build();
        ArticleSummary kbs = article("kbs").at("https://news.kbs.co.kr/news/view.do?ncd=1")
                .published("2024-11-06T09:30:00Z").event("2024-11-06")
                .naming("Q21001", "Yoon Suk Yeol", 0.8).naming("Q57792", "Mark Rutte", 0.7).build();
        ArticleSummary rewrite = article("rewrite").at("https://ontimenews.ae/?p=9").crediting("Yonhap")
                .published("2024-11-07").event("2024-11-05")
                .naming("Q57792", "Mark Rutte", 0.6).naming("Q21001", "Yoon Suk Yeol", 0.5).build();

        CanonicalStory story = CanonicalStories.build(state("s-1", copy, Relation.ORIGINAL, kbs, Relation.COPY,
                rewrite, Relation.REWRITE));

        assertThat(story.canonicalArticleId()).isEqualTo("kbs");
        assertThat(story.title()).isEqualTo("Title of kbs");
        assertThat(story.lead()).isEqualTo("Lead of kbs");
        assertThat(story.firstPublished()).isEqualTo("2024-11-06T08:00:00Z");
        assertThat(story.members()).extracting(StoryMember::id).containsExactly("copy", "kbs", "rewrite");
        assertThat(story.members()).extracting(StoryMember::relation)
                .containsExactly(Relation.ORIGINAL, Relation.COPY, Relation.REWRITE);
        assertThat(story.publishers()).containsExactly("news.kbs.co.kr", "ontimenews.ae", "viewusglobal.com");
        assertThat(story.agencies()).containsExactly("KBS", "Yonhap");
        assertThat(story.entities()).extracting(StoryEntity::id).containsExactly("Q21001", "Q57792", "Q7184");
        assertThat(story.entities().get(0).salience()).isEqualTo(2.2);
        assertThat(story.entities().get(0).articles()).isEqualTo(3);
        assertThat(story.entities().get(1).articles()).isEqualTo(2);
        assertThat(story.eventDate()).isEqualTo("2024-11-06");
        assertThat(story.version()).isEqualTo(3);
        assertThat(story.updated()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void membersWithoutEventDatesDoNotVoteAndTiesGoToTheCanonicalArticle() {
        ArticleSummary original = article("o").at("https://en.yna.co.kr/view/1").published("2024-10-22").event("2024-10-21").build();
        ArticleSummary other = article("p").at("https://one.example/1").published("2024-10-23").event("2024-10-20").build();
        ArticleSummary undated = article("q").at("https://two.example/2").published("2024-10-23").build();
        ArticleSummary canonical = CanonicalArticle.choose(List.of(original, other, undated));

        assertThat(CanonicalStories.eventDate(List.of(original, other, undated), canonical)).isEqualTo("2024-10-21");
        assertThat(CanonicalStories.eventDate(List.of(undated), undated)).isNull();
    }

    @Test
    void keepsTheTopEntitiesAndCountsAnEntityOncePerArticle() {
        Articles many = article("a").at("https://one.example/1");
        for (int i = 0; i < CanonicalStories.TOP_ENTITIES + 5; i++) {
            many.naming("e" + i, "Entity " + i, 0.001 * (i + 1));
        }
        ArticleSummary twice = article("b").at("https://two.example/2").naming("e0", "Entity 0", 0.2)
                .naming("e0", "Entity Zero", 0.4).build();

        List<StoryEntity> entities = StoryEntities.merge(List.of(many.build(), twice), CanonicalStories.TOP_ENTITIES);

        assertThat(entities).hasSize(CanonicalStories.TOP_ENTITIES);
        StoryEntity e0 = entities.stream().filter(e -> e.id().equals("e0")).findFirst().orElseThrow();
        assertThat(e0.articles()).isEqualTo(2);
        assertThat(e0.salience()).isCloseTo(0.401, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e0.name()).isEqualTo("Entity Zero");
        assertThat(entities.get(0).id()).isEqualTo("e0");
    }
}
