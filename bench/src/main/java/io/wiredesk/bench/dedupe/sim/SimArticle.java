package io.wiredesk.bench.dedupe.sim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.wiredesk.core.model.RawArticle;
import java.time.Instant;

/**
 * One line of the simulated stream: the fields of a {@link RawArticle} (readers of RawArticle ignore the others)
 * plus the ground truth.
 *
 * @param copyGroup the source document whose text this is: the agency's original, its updates and every
 *                  republished copy share it
 * @param story     the gold story (event) of that source document
 * @param kind      original, update or copy
 */
@JsonPropertyOrder({"schema", "id", "url", "publisher", "receivedAt", "publishedAt", "contentType", "title", "body", "copyGroup", "story", "kind"})
public record SimArticle(int schema, String id, String url, String publisher, Instant receivedAt, String publishedAt,
                         String contentType, String title, String body, String copyGroup, String story, String kind) {
    public static final String ORIGINAL = "original";
    public static final String UPDATE = "update";
    public static final String COPY = "copy";

    public RawArticle raw() {
        return new RawArticle(schema, id, url, publisher, receivedAt, publishedAt, contentType, title, body);
    }
}
