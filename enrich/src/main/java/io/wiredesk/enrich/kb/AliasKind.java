package io.wiredesk.enrich.kb;

import java.util.Locale;

/**
 * What an alias is. Names and demonyms link on their own; the other kinds depend on the article:
 * a surname only after a full mention (or behind a title), a role only while its holder held it, a
 * context alias or descriptor only when one of its context entities is named by a name.
 */
public enum AliasKind {
    NAME, DEMONYM, SURNAME, ROLE, CONTEXT, DESCRIPTOR;

    public static AliasKind of(String s) {
        return s == null ? NAME : valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Names and demonyms: matched before anything that depends on them. */
    public boolean isName() {
        return this == NAME || this == DEMONYM;
    }
}
