package io.wiredesk.dedupe;

import io.wiredesk.core.model.StoryEvent;

/** What an article node sends: a message to another node (keyed by article id) or a story event (keyed by story id). */
public record NodeOutput(GraphMessage message, StoryEvent event) {
}
