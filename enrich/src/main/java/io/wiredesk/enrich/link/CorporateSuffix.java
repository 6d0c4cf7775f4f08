package io.wiredesk.enrich.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legal-form suffix that follows a company's name ("Paxar Corp", "CBS Inc.", "Hoechst AG"): part of the
 * mention, so the span covers the name as written.
 */
public final class CorporateSuffix {
    private static final Pattern SUFFIX = Pattern.compile(
            "^,? (?:[Cc]orp\\.?|Corporation|Inc\\.?|Incorporated|Co\\.?|Cos\\.?|Ltd\\.?|Limited|PLC|[Pp]lc|AG|SA|S\\.A\\.|NV|N\\.V\\.|"
                    + "GmbH|LP|L\\.P\\.|LLC|Holdings|Group|Industries|Companies|Bancorp)(?![\\p{L}\\p{N}])");

    private CorporateSuffix() {
    }

    /** The end of the mention at [start, end) including a following suffix, or {@code end}. */
    public static int extend(String text, int end) {
        Matcher m = SUFFIX.matcher(text).region(end, Math.min(text.length(), end + 16));
        m.useAnchoringBounds(true);
        if (!m.lookingAt()) {
            return end;
        }
        int e = m.end();
        // a full stop that ends the sentence is not part of "Corp."
        if (text.charAt(e - 1) == '.' && (e >= text.length() || text.charAt(e) == '\n' || e + 1 < text.length()
                && text.charAt(e) == ' ' && Character.isUpperCase(text.charAt(e + 1)))) {
            e--;
        }
        return e;
    }

    public static boolean applies(String type) {
        return switch (type) {
            case "organisation", "media", "agency", "other" -> true;
            default -> false;
        };
    }
}
