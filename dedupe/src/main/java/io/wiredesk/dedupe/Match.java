package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;

/** A verified relation between two articles: {@link Relation#COPY} or {@link Relation#REWRITE}, with its score. */
public record Match(Relation relation, double similarity) {
}
