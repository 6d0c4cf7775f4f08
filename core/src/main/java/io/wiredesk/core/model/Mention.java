package io.wiredesk.core.model;

/** A span of text that names an entity: character offsets [start, end) into the text it was found in. */
public record Mention(int start, int end, String text) {
}
