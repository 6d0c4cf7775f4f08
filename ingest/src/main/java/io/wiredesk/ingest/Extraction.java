package io.wiredesk.ingest;

import java.util.List;

/**
 * What one extractor (HTML or scraped text) found in a page, before normalisation and derived fields.
 * Any field but {@code paragraphs} may be null.
 */
public record Extraction(
        String title,
        List<String> paragraphs,
        String byline,
        FoundDate published,
        String agency,
        String language) {
}
