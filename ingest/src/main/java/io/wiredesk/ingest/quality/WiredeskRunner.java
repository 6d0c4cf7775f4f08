package io.wiredesk.ingest.quality;

import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.ingest.ArticleExtractor;
import java.time.Instant;

/** Runs wiredesk's clean stage on a benchmark page: the article text (empty when rejected) and publication date. */
public final class WiredeskRunner {
    private final ArticleExtractor extractor = new ArticleExtractor();

    /** The clean article, or null when the stage rejects the page (no article text). */
    public CleanArticle extract(String html, String url) {
        try {
            return extractor.extract(new RawArticle(RawArticle.SCHEMA, null, url, null, Instant.now(), null, RawArticle.HTML,
                    null, html));
        } catch (RejectedRecord rejected) {
            return null;
        }
    }

    public String text(String html, String url) {
        CleanArticle c = extract(html, url);
        return c == null ? "" : c.text();
    }

    /** The publication date found (ISO), or null; a page without article text still has its date looked up. */
    public String date(String html, String url) {
        return extractor.publishedDate(html, url);
    }
}
