package io.wiredesk.dedupe.quality;

import io.wiredesk.core.model.EnrichedArticle;

/** A benchmark document after the real clean and enrich stages, with its gold story. */
public record LabelledDoc(String id, String story, boolean dated, EnrichedArticle article) {
}
