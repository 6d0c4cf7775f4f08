package io.wiredesk.enrich.link;

import java.util.List;

/**
 * Titles written before a name ("President Yoon", "Secretary General Rutte", "Foreign Secretary David Lammy").
 * Matched by comparing each title backwards from the name rather than by a regular expression: this is asked
 * for most capitalised words of every article.
 */
public final class Titles {
    /** Every spelling, each followed by one space before the name; the longest match (leftmost start) wins. */
    private static final List<String> TITLES = List.of("Vice President", "President", "Prime Minister", "Premier", "Chancellor",
            "Secretary-General", "Secretary General", "Foreign Secretary", "Foreign Minister", "Defence Minister",
            "Defense Minister", "Defence Secretary", "Defense Secretary", "Minister", "Secretary", "Mr.", "Mr", "Mrs.", "Mrs",
            "Ms.", "Ms", "Dr.", "Dr", "King", "Queen", "Crown Prince", "Chairman", "Chairwoman", "Chair", "Leader", "Senator",
            "Governor", "Ambassador", "General", "Gen.", "Envoy", "Adviser", "Advisor", "Speaker", "Pope", "Director",
            "Commissioner", "Spokesperson", "Spokesman", "Spokeswoman");
    private static final char[][] CHARS = TITLES.stream().map(String::toCharArray).toArray(char[][]::new);
    /** Titles longer than this cannot start inside the window looked at (a relic of the window, kept for its edge). */
    private static final int LOOK_BACK = 40;

    private Titles() {
    }

    /**
     * Start of a title that ends, followed by one space, right before {@code pos} in {@code text}, or -1. The
     * title must not continue a word ("Ex-President" counts, "VicePresident" does not); {@code anyCase} compares
     * ASCII letters ignoring case (a shouted headline). A line break right before {@code pos} may follow the
     * space, as the regular expression's {@code $} allowed.
     */
    public static int titleStartBefore(CharSequence text, int pos, boolean anyCase) {
        int best = titleEndingAt(text, pos, pos, anyCase);
        if (pos > 0 && isLineTerminator(text.charAt(pos - 1))) {
            int e = pos - 1;
            if (text.charAt(pos - 1) == '\n' && pos > 1 && text.charAt(pos - 2) == '\r') {
                e = pos - 2;
            }
            int s = titleEndingAt(text, e, pos, anyCase);
            if (s >= 0 && (best < 0 || s < best)) {
                best = s;
            }
        }
        return best;
    }

    /** Leftmost start of "TITLE " ending at {@code end}, within the look-back window before {@code pos}. */
    private static int titleEndingAt(CharSequence text, int end, int pos, boolean anyCase) {
        if (end < 2 || text.charAt(end - 1) != ' ') {
            return -1;
        }
        int from = Math.max(0, pos - LOOK_BACK);
        int best = -1;
        for (char[] t : CHARS) {
            int start = end - 1 - t.length;
            if (start < from || (best >= 0 && start >= best) || !same(text, start, t, anyCase)) {
                continue;
            }
            if (start > from && isLetterOrNumber(text.charAt(start - 1))) {
                continue;
            }
            best = start;
        }
        return best;
    }

    private static boolean same(CharSequence text, int start, char[] t, boolean anyCase) {
        for (int i = t.length - 1; i >= 0; i--) {
            char c = text.charAt(start + i);
            char d = t[i];
            if (c != d && !(anyCase && c < 0x80 && asciiLower(c) == asciiLower(d))) {
                return false;
            }
        }
        return true;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** As the regular expression's {@code [\p{L}\p{N}]} look-behind saw it: one char, a lone surrogate is neither. */
    private static boolean isLetterOrNumber(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
