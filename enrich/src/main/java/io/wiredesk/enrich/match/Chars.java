package io.wiredesk.enrich.match;

/**
 * Character properties the scanners ask for every char of every article, looked up in one table instead of
 * through {@link Character}'s per-plane dispatch. Answers are exactly {@link Character#isUpperCase(char)} and
 * {@link Character#isLowerCase(char)}, and {@link Gazetteer#isWordChar(int)} for chars that are not surrogates.
 */
public final class Chars {
    private static final byte UPPER = 1;
    private static final byte LOWER = 2;
    private static final byte WORD = 4;
    private static final byte[] TABLE = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            char ch = (char) c;
            TABLE[c] = (byte) ((Character.isUpperCase(ch) ? UPPER : 0) | (Character.isLowerCase(ch) ? LOWER : 0)
                    | (!Character.isSurrogate(ch) && Gazetteer.isWordChar(c) ? WORD : 0));
        }
    }

    private Chars() {
    }

    public static boolean isUpperCase(char c) {
        return (TABLE[c] & UPPER) != 0;
    }

    public static boolean isLowerCase(char c) {
        return (TABLE[c] & LOWER) != 0;
    }

    /** A letter, digit or combining mark; false for surrogates, whose code point decides. */
    static boolean isWordChar(char c) {
        return (TABLE[c] & WORD) != 0;
    }

    /** 1 for an upper-case char, else 0. */
    static int upper(char c) {
        return TABLE[c] & UPPER;
    }

    /** 1 for a lower-case char, else 0. */
    static int lower(char c) {
        return (TABLE[c] & LOWER) >> 1;
    }
}
