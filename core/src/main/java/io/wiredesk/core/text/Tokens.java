package io.wiredesk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Unicode-aware word tokens: maximal runs of letters, digits and combining marks, so Hangul, CJK and
 * accented Latin count as words. Apostrophes inside a word ("don't", "Korea's") stay in the token.
 */
public final class Tokens {
    private Tokens() {
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    i += Character.charCount(cp);
                } else if (isInnerApostrophe(text, i)) {
                    i += 1;
                } else {
                    break;
                }
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    public static List<String> lowerWords(String text) {
        List<String> words = words(text);
        words.replaceAll(w -> w.toLowerCase(Locale.ROOT));
        return words;
    }

    public static int count(String text) {
        return words(text).size();
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isInnerApostrophe(String text, int i) {
        char c = text.charAt(i);
        return (c == '\'' || c == '\u2019') && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    }
}
