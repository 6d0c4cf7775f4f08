package io.wiredesk.enrich.match;

import io.wiredesk.enrich.kb.KbAlias;
import io.wiredesk.enrich.kb.KbEntity;

/** A compiled alias: the entity, the alias, and the normalised surface form the automaton looks for. */
public record AliasEntry(KbEntity entity, KbAlias alias, String surface) {
}
