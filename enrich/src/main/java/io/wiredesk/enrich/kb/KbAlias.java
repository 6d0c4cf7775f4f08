package io.wiredesk.enrich.kb;

import java.time.LocalDate;
import java.util.List;

/**
 * One way an entity is named. {@code from}/{@code to} bound role aliases (inclusive, null = open);
 * {@code context} lists entity ids of which one must be named in the article; {@code role} groups the
 * aliases of one office held by several people over time.
 */
public record KbAlias(String text, CasePolicy casePolicy, AliasKind kind, LocalDate from, LocalDate to,
                      List<String> context, String role) {

    public boolean validOn(LocalDate date) {
        if (date == null) {
            return true;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
