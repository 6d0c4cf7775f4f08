package io.wiredesk.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.List;

/**
 * The article's own text and metadata, without the page around it. Paragraphs keep the article's
 * order; {@link #text()} joins them with blank lines and is the text that entity offsets refer to.
 */
public record CleanArticle(
        int schema,
        String id,
        String url,
        String publisher,
        Instant receivedAt,
        String title,
        List<String> paragraphs,
        String lead,
        String publishedAt,
        String publishedAtSource,
        String byline,
        String dateline,
        String agency,
        String language,
        int wordCount,
        String contentHash) {

    public static final int SCHEMA = 1;
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    @JsonIgnore
    public String text() {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }
}
