package io.wiredesk.core.model;

/** One article of a canonical story. */
public record StoryMember(
        String id,
        String url,
        String publisher,
        String title,
        String publishedAt,
        String agency,
        Relation relation,
        double similarity) {
}
