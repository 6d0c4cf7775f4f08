package io.wiredesk.enrich.match;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Matcher.find()} over a whole text, tried only where a match can begin: at the start of a word (for
 * patterns that begin with a look-behind rejecting a letter before them, such as {@code (?<![\p{L}\d])}), and
 * at chars a cheap test admits (each pattern knows its possible first chars, e.g. the initials of the month
 * names). The matches
 * are those {@code find()} returns, in the same order: at each admitted position the pattern is matched
 * exactly as {@code find()} would try it there (region from that position, look-behind seeing the text
 * before it), and after a match the scan goes on from its end. Saves trying a pattern at every char of
 * every article.
 */
public final class RegexScan {
    /** Whether a match may begin with this char. */
    @FunctionalInterface
    public interface FirstChar {
        boolean admits(char c);
    }

    private RegexScan() {
    }

    /**
     * Calls {@code onMatch} with the matcher positioned on each match, left to right, as {@code find()} finds
     * them; {@code pattern} must begin with a look-behind that fails after a letter.
     */
    public static void forEachAtWordStart(Pattern pattern, String text, FirstChar first, Consumer<Matcher> onMatch) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!first.admits(text.charAt(i)) || (i > 0 && afterLetter(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                onMatch.accept(m);
                i = m.end() > i ? m.end() : i + 1;
            } else {
                i++;
            }
        }
    }

    /** A letter (as {@code \p{L}} sees a single char; a surrogate half is left to the pattern). */
    private static boolean afterLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : !Character.isSurrogate(c) && Character.isLetter(c);
    }
}
