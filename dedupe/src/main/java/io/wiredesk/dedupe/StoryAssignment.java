package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;

/**
 * The story an article belongs to, as its story's coordinator decided ({@link StoryClustering}): the story's
 * smallest order key (which names it), and how the article relates to it with its best similarity to a member.
 */
public record StoryAssignment(OrderKey story, Relation relation, double similarity) {
}
