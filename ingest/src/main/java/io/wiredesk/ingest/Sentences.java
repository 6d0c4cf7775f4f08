package io.wiredesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a paragraph into sentences at terminal punctuation, not after common abbreviations. */
public final class Sentences {
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?…。！？][’”\"')]?)\\s+(?=[‘“\"'(\\[]?[\\p{Lu}\\p{Lo}\\d])");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep",
            "gov", "prof", "st", "jr", "sr", "no", "vol", "inc", "corp", "co", "u.s", "u.k", "u.n", "n", "s", "e", "w",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "maj",
            "capt", "sgt", "adm", "rev", "hon", "pres", "dept", "ft", "mt");

    private Sentences() {
    }

    public static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(paragraph);
        int from = 0;
        while (m.find()) {
            String before = paragraph.substring(from, m.start());
            if (endsWithAbbreviation(before)) {
                continue;
            }
            out.add(before.trim());
            from = m.end();
        }
        String rest = paragraph.substring(from).trim();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }

    private static boolean endsWithAbbreviation(String text) {
        if (!text.endsWith(".")) {
            return false;
        }
        int start = text.lastIndexOf(' ') + 1;
        String word = text.substring(start, text.length() - 1).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isLetter(word.charAt(0)));
    }
}
