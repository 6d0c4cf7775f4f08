package io.wiredesk.sink;

import io.wiredesk.core.Agencies;
import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.Relation;
import io.wiredesk.core.model.StoryMember;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds the document of a live story from its state. Pure: the same state gives the same document. */
public final class CanonicalStories {
    /** How many merged entities a story document lists. */
    public static final int TOP_ENTITIES = 50;

    private static final Comparator<StoryState.Member> MEMBER_ORDER = Comparator
            .comparing((StoryState.Member m) -> m.relation() != Relation.ORIGINAL)
            .thenComparing(StoryState.Member::article, Chronology.EARLIEST_FIRST)
            .thenComparing(StoryState.Member::id);

    private CanonicalStories() {
    }

    public static CanonicalStory build(StoryState state) {
        if (state.ended()) {
            throw new IllegalArgumentException("story " + state.storyId() + " has no members");
        }
        List<ArticleSummary> articles = state.members().stream().map(StoryState.Member::article).toList();
        ArticleSummary canonical = CanonicalArticle.choose(articles);
        List<StoryMember> members = state.members().stream().sorted(MEMBER_ORDER).map(CanonicalStories::member).toList();
        return new CanonicalStory(CanonicalStory.SCHEMA, state.storyId(), canonical.title(), canonical.lead(),
                canonical.id(), firstPublished(articles), state.updated(), members, publishers(articles),
                agencies(articles), StoryEntities.merge(articles, TOP_ENTITIES), eventDate(articles, canonical),
                state.version());
    }

    private static StoryMember member(StoryState.Member m) {
        ArticleSummary a = m.article();
        return new StoryMember(a.id(), a.url(), a.publisher(), a.title(), a.publishedAt(), a.agency(), m.relation(), m.similarity());
    }

    static String firstPublished(List<ArticleSummary> articles) {
        return articles.stream()
                .filter(a -> Chronology.published(a).isPresent())
                .min(Comparator.comparing((ArticleSummary a) -> Chronology.published(a).orElseThrow())
                        .thenComparing(ArticleSummary::id))
                .map(ArticleSummary::publishedAt)
                .orElse(null);
    }

    static List<String> publishers(List<ArticleSummary> articles) {
        return sortedDistinct(articles.stream().map(ArticleSummary::publisher));
    }

    /** Agencies the members credit, plus the agency of any original published on its own site. */
    static List<String> agencies(List<ArticleSummary> articles) {
        Stream<String> credited = articles.stream().map(ArticleSummary::agency);
        Stream<String> originals = articles.stream()
                .map(CanonicalArticle::originalAgency)
                .flatMap(Optional::stream)
                .map(Agencies.Agency::name);
        return sortedDistinct(Stream.concat(credited, originals));
    }

    /**
     * The event date most members give (members without one do not vote); on a tie the canonical
     * article's date if it is among the tied, else the earliest.
     */
    static String eventDate(List<ArticleSummary> articles, ArticleSummary canonical) {
        Map<String, Long> votes = articles.stream().map(ArticleSummary::eventDate).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        if (votes.isEmpty()) {
            return null;
        }
        long most = votes.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        List<String> tied = votes.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).sorted().toList();
        return tied.contains(canonical.eventDate()) ? canonical.eventDate() : tied.get(0);
    }

    private static List<String> sortedDistinct(Stream<String> values) {
        return List.copyOf(values.filter(v -> v != null && !v.isBlank()).collect(Collectors.toCollection(TreeSet::new)));
    }
}
