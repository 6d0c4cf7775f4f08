package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;

/** The story membership a node last announced. */
public record Membership(String storyId, Relation relation, double similarity) {
}
