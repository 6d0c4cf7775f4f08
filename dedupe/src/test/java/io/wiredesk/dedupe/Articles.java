package io.wiredesk.dedupe;

import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.text.Tokens;
import java.time.Instant;
import java.util.List;

/** Builds enriched articles for tests. */
final class Articles {
    private Articles() {
    }

    static EnrichedArticle article(String url, String title, List<String> paragraphs, String publishedAt, Instant receivedAt) {
        return article(url, title, paragraphs, publishedAt, receivedAt, List.of());
    }

    /** With the named entities as linked entities (slug ids, exact-name mentions). */
    static EnrichedArticle article(String url, String title, List<String> paragraphs, String publishedAt, Instant receivedAt,
                                   List<String> entityNames) {
        String body = String.join(CleanArticle.PARAGRAPH_SEPARATOR, paragraphs);
        String id = ArticleIds.of(url, body);
        CleanArticle clean = new CleanArticle(CleanArticle.SCHEMA, id, url, "example.org", receivedAt, title, paragraphs,
                paragraphs.get(0), publishedAt, null, null, null, null, "en", Tokens.count(body), ArticleIds.sha256Hex(body));
        List<EntityRef> entities = entityNames.stream().map(n -> SeedArticles.entity(n, title, body)).toList();
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, clean, entities, List.of(), List.of());
    }
}
