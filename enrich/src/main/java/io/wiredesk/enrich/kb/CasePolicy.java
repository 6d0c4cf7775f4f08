package io.wiredesk.enrich.kb;

import java.util.Locale;

/**
 * How the case of the text must agree with an alias. UPPER: acronyms ("EU", "NIS") match upper case
 * only. EXACT: as written. FIRST: as written, except that a lower-case first letter may be capitalised
 * ("the North" at a sentence start). ANY: any case. Text in capitals throughout (a shouted headline)
 * matches EXACT and FIRST aliases too.
 */
public enum CasePolicy {
    UPPER, EXACT, FIRST, ANY;

    public static CasePolicy of(String s) {
        return s == null ? FIRST : valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code span} (normalised text, equal to {@code alias} ignoring case) satisfies the policy. */
    public boolean accepts(String alias, String span, boolean shouting) {
        if (this == ANY || alias.equals(span)) {
            return true;
        }
        if (this == UPPER) {
            return false;
        }
        if (shouting && span.equals(span.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (this == FIRST && !alias.isEmpty() && Character.isLowerCase(alias.charAt(0))) {
            return span.charAt(0) == Character.toUpperCase(alias.charAt(0)) && span.regionMatches(1, alias, 1, alias.length() - 1);
        }
        return false;
    }
}
