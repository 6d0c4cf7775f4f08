package io.wiredesk.enrich.link;

import java.util.Set;

/**
 * A fixed set of short words, looked up by a span of a text without cutting it out: the candidate finder and
 * the linker ask for nearly every word of an article. Lookups either compare as written or compare the span in
 * lower case, which for these (ASCII) words gives what {@code toLowerCase(Locale.ROOT).equals} gives.
 */
final class WordSet {
    private final char[][] table;
    private final int mask;
    private final int longest;

    WordSet(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        table = new char[size][];
        mask = size - 1;
        longest = words.stream().mapToInt(String::length).max().orElse(0);
        for (String w : words) {
            int i = hash(w.toCharArray(), 0, w.length(), false) & mask;
            while (table[i] != null) {
                i = (i + 1) & mask;
            }
            table[i] = w.toCharArray();
        }
    }

    /** Whether {@code text[start, end)} is one of the words, as written. */
    boolean contains(char[] text, int start, int end) {
        return find(text, start, end, false);
    }

    /** Whether {@code text[start, end)} in lower case is one of the words. */
    boolean containsLower(char[] text, int start, int end) {
        return find(text, start, end, true);
    }

    private boolean find(char[] text, int start, int end, boolean lower) {
        if (end - start > longest) {
            return false;
        }
        int i = hash(text, start, end, lower) & mask;
        for (char[] w; (w = table[i]) != null; i = (i + 1) & mask) {
            if (equal(w, text, start, end, lower)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(char[] w, char[] text, int start, int end, boolean lower) {
        if (w.length != end - start) {
            return false;
        }
        for (int k = 0; k < w.length; k++) {
            char c = text[start + k];
            if (w[k] != (lower ? lower(c) : c)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] s, int start, int end, boolean lower) {
        int h = 0;
        for (int k = start; k < end; k++) {
            char c = s[k];
            h = 31 * h + (lower ? lower(c) : c);
        }
        return h ^ (h >>> 16);
    }

    /**
     * Char-wise lower case, except U+0130 ('İ'), which String.toLowerCase(Locale.ROOT) turns into two chars
     * ("i" and a combining dot) and so never into a plain ASCII word.
     */
    private static char lower(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u0130' ? c : Character.toLowerCase(c);
    }
}
