package io.wiredesk.core.model;

/** Who said something: the speaker's entity id (or name) and the span of the attribution phrase. */
public record Attribution(String speaker, String verb, int start, int end) {
}
