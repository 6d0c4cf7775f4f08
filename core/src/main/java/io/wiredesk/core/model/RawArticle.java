package io.wiredesk.core.model;

import java.time.Instant;

/**
 * An article as a feeder delivers it. {@code body} is HTML when {@code contentType} is text/html,
 * otherwise text as scraped from a page. {@code publishedAt} is whatever date the source states
 * (ISO date or date-time), or null.
 */
public record RawArticle(
        int schema,
        String id,
        String url,
        String publisher,
        Instant receivedAt,
        String publishedAt,
        String contentType,
        String title,
        String body) {

    public static final int SCHEMA = 1;
    public static final String HTML = "text/html";
    public static final String TEXT = "text/plain";

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isHtml() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("html");
    }

    public RawArticle withId(String newId) {
        return new RawArticle(schema, newId, url, publisher, receivedAt, publishedAt, contentType, title, body);
    }
}
