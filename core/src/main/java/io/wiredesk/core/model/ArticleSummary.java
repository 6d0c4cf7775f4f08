package io.wiredesk.core.model;

import java.time.Instant;
import java.util.List;

/** What a story needs to know of one of its articles. */
public record ArticleSummary(
        String id,
        String url,
        String publisher,
        String title,
        String lead,
        String publishedAt,
        Instant receivedAt,
        String agency,
        int wordCount,
        String eventDate,
        List<EntityRef> entities) {

    public static ArticleSummary of(EnrichedArticle enriched) {
        CleanArticle a = enriched.article();
        List<EntityRef> top = enriched.entities().stream().map(EntityRef::withoutMentions).toList();
        return new ArticleSummary(a.id(), a.url(), a.publisher(), a.title(), a.lead(), a.publishedAt(),
                a.receivedAt(), a.agency(), a.wordCount(), enriched.eventDate(), top);
    }
}
