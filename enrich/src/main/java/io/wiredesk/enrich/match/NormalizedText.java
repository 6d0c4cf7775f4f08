package io.wiredesk.enrich.match;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Text as the matcher sees it, with a map back to the text as given: NFKC per character cluster (a
 * base character and its combining marks), runs of white space as one space (one newline if the run
 * holds a line break), typographic apostrophes as
 * {@code '}, Unicode hyphens as {@code -}, soft hyphens dropped. {@link #folded()} is the same text in
 * lower case, char for char, so indices agree. Offsets map back with {@link #originalStart(int)} and
 * {@link #originalEnd(int)}.
 */
public final class NormalizedText {
    private final String original;
    private final String norm;
    private final String folded;
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(String original, String norm, int[] starts, int[] ends) {
        this.original = original;
        this.norm = norm;
        this.starts = starts;
        this.ends = ends;
        char[] f = norm.toCharArray();
        for (int i = 0; i < f.length; i++) {
            f[i] = Character.toLowerCase(f[i]);
        }
        this.folded = new String(f);
    }

    public static NormalizedText of(String text) {
        String src = text == null ? "" : text;
        Mapped out = new Mapped(src.length());
        int i = 0;
        while (i < src.length()) {
            char ch = src.charAt(i);
            if (ch < 0x80 && ch != '\r' && (i + 1 == src.length() || src.charAt(i + 1) < 0x300)) {
                // ASCII not followed by a combining mark: NFKC leaves it as it is
                char c = ch == '\n' ? '\n' : (ch == '\t' || ch == 0x0B || ch == 0x0C || ch == 0x1C || ch == 0x1D || ch == 0x1E || ch == 0x1F) ? ' ' : ch;
                out.append(c, i, i + 1);
                i++;
                continue;
            }
            int clusterEnd = i + Character.charCount(src.codePointAt(i));
            while (clusterEnd < src.length() && isMark(src.codePointAt(clusterEnd))) {
                clusterEnd += Character.charCount(src.codePointAt(clusterEnd));
            }
            String cluster = src.substring(i, clusterEnd);
            String n = Normalizer.isNormalized(cluster, Normalizer.Form.NFKC) ? cluster : Normalizer.normalize(cluster, Normalizer.Form.NFKC);
            for (int k = 0; k < n.length(); k++) {
                char c = map(n.charAt(k));
                if (c != 0) {
                    out.append(c, i, clusterEnd);
                }
            }
            i = clusterEnd;
        }
        return out.toNormalizedText(src);
    }

    /** The normalised text being built, with each char's span [start, end) in the original. */
    private static final class Mapped {
        private final StringBuilder out;
        private int[] starts;
        private int[] ends;

        Mapped(int capacity) {
            out = new StringBuilder(capacity);
            starts = new int[capacity + 8];
            ends = new int[capacity + 8];
        }

        /** Appends {@code c} from original span [start, end); white space after white space widens the previous char. */
        void append(char c, int start, int end) {
            int len = out.length();
            if ((c == ' ' || c == '\n') && len > 0 && (out.charAt(len - 1) == ' ' || out.charAt(len - 1) == '\n')) {
                if (c == '\n') {
                    out.setCharAt(len - 1, '\n');
                }
                ends[len - 1] = end;
                return;
            }
            if (len + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            out.append(c);
            starts[len] = start;
            ends[len] = end;
        }

        NormalizedText toNormalizedText(String original) {
            return new NormalizedText(original, out.toString(), Arrays.copyOf(starts, out.length()), Arrays.copyOf(ends, out.length()));
        }
    }

    /** The normalised form of a short string (an alias), without the offset map. */
    public static String normalize(String s) {
        if (isPlain(s)) {
            return s;
        }
        return of(s).norm();
    }

    /** Printable ASCII without doubled or edge spaces: already normal. */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E || (c == ' ' && (i == 0 || i == s.length() - 1 || s.charAt(i - 1) == ' '))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    private static char map(char c) {
        if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
            return '\n';
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return ' ';
        }
        return switch (c) {
            case '\u2018', '\u2019', '\u02BC', '\u2032' -> '\'';
            case '\u2010', '\u2011', '\u2212' -> '-';
            case '\u00AD', '\u200B', '\u200C', '\u200D', '\uFEFF' -> 0;
            default -> c;
        };
    }

    public String original() {
        return original;
    }

    public String norm() {
        return norm;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return norm.length();
    }

    /** Offset in the original text of the normalised character at {@code i} ({@code i == length()}: the end). */
    public int originalStart(int i) {
        return i >= starts.length ? original.length() : starts[i];
    }

    /** Offset in the original text just after the normalised span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        return end <= 0 ? 0 : ends[end - 1];
    }
}
