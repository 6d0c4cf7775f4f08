package io.wiredesk.enrich.link;

import io.wiredesk.enrich.kb.AliasKind;
import io.wiredesk.enrich.kb.KbEntity;

/** An entity linked at [start, end) of a normalised text; {@code kind} says which rule linked it. */
public record LinkedMention(KbEntity entity, int start, int end, AliasKind kind, boolean metonymy) {
}
