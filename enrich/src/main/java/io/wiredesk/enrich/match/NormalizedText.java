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
    /** ASCII as NFKC and the white-space rules leave it: control white space becomes a space. */
    private static final char[] ASCII = new char[128];
    private static final char[] FOLDED_ASCII = new char[128];
    /** Whether an ASCII char becomes white space (a space or a line break) in the normalised text. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = c == '\t' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1F) ? ' ' : c;
            FOLDED_ASCII[c] = Character.toLowerCase(c);
            ASCII_SPACE[c] = ASCII[c] == ' ' || ASCII[c] == '\n';
        }
    }

    private final String original;
    private final String norm;
    private final char[] normChars;
    private final char[] foldedChars;
    private final int length;
    private final OffsetMap offsets;
    private String folded;
    private ShoutingLines shouting;

    private NormalizedText(String original, char[] normChars, char[] foldedChars, int length, OffsetMap offsets) {
        this.original = original;
        this.normChars = normChars;
        this.foldedChars = foldedChars;
        this.length = length;
        this.norm = new String(normChars, 0, length);
        this.offsets = offsets;
    }

    /**
     * Where each normalised char came from, as pieces: within a piece the chars come one for one from
     * consecutive original chars, except that the last one may span more (white space run together, an
     * NFKC cluster). Most text is one piece per paragraph, so the map costs a few ints, not two per char.
     */
    private record OffsetMap(int[] normStart, int[] origStart, int[] lastEnd, int pieces, int length) {
        int piece(int i) {
            int p = Arrays.binarySearch(normStart, 0, pieces, i);
            return p >= 0 ? p : -p - 2;
        }

        int start(int i) {
            int p = piece(i);
            return origStart[p] + (i - normStart[p]);
        }

        int end(int i) {
            int p = piece(i);
            int last = (p + 1 < pieces ? normStart[p + 1] : length) - 1;
            return i == last ? lastEnd[p] : origStart[p] + (i - normStart[p]) + 1;
        }
    }

    public static NormalizedText of(String text) {
        String src = text == null ? "" : text;
        int n = src.length();
        char[] chars = new char[n + 1];
        src.getChars(0, n, chars, 0);
        Mapped out = new Mapped(n);
        int i = 0;
        while (i < n) {
            i = out.appendAscii(chars, i, n);
            if (i == n) {
                break;
            }
            int clusterEnd = i + Character.charCount(src.codePointAt(i));
            while (clusterEnd < n && isMark(src.codePointAt(clusterEnd))) {
                clusterEnd += Character.charCount(src.codePointAt(clusterEnd));
            }
            String cluster = src.substring(i, clusterEnd);
            String norm = Normalizer.isNormalized(cluster, Normalizer.Form.NFKC) ? cluster : Normalizer.normalize(cluster, Normalizer.Form.NFKC);
            for (int k = 0; k < norm.length(); k++) {
                char c = map(norm.charAt(k));
                if (c != 0) {
                    out.append(c, i, clusterEnd);
                }
            }
            i = clusterEnd;
        }
        return out.toNormalizedText(src);
    }

    /**
     * The normalised text being built, its lower-case twin, and the pieces of its offset map; plain arrays,
     * as this runs over every character of every article.
     */
    private static final class Mapped {
        private char[] out;
        private char[] folded;
        private int len;
        private int[] pieceNorm = new int[64];
        private int[] pieceOrig = new int[64];
        private int[] pieceLastEnd = new int[64];
        private int pieces;
        /** End in the original of the last char appended; whether it came from exactly one original char. */
        private int lastEnd;
        private boolean lastSimple;

        Mapped(int capacity) {
            out = new char[capacity + 8];
            folded = new char[capacity + 8];
        }

        /** Appends {@code c} from original span [start, end); white space after white space widens the previous char. */
        void append(char c, int start, int end) {
            if ((c == ' ' || c == '\n') && len > 0 && (out[len - 1] == ' ' || out[len - 1] == '\n')) {
                if (c == '\n') {
                    out[len - 1] = '\n';
                    folded[len - 1] = '\n';
                }
                widenLast(end);
                return;
            }
            if (len == out.length) {
                out = Arrays.copyOf(out, len * 2);
                folded = Arrays.copyOf(folded, len * 2);
            }
            if (!lastSimple || start != lastEnd) {
                newPiece(start);
            }
            out[len] = c;
            folded[len] = c < 0x80 ? FOLDED_ASCII[c] : Character.toLowerCase(c);
            len++;
            lastEnd = end;
            lastSimple = end == start + 1;
            pieceLastEnd[pieces - 1] = end;
        }

        private void widenLast(int end) {
            lastEnd = end;
            lastSimple = false;
            pieceLastEnd[pieces - 1] = end;
        }

        /** A piece starting at the next normalised char, which comes from {@code start} in the original. */
        private void newPiece(int start) {
            if (pieces == pieceNorm.length) {
                pieceNorm = Arrays.copyOf(pieceNorm, pieces * 2);
                pieceOrig = Arrays.copyOf(pieceOrig, pieces * 2);
                pieceLastEnd = Arrays.copyOf(pieceLastEnd, pieces * 2);
            }
            pieceNorm[pieces] = len;
            pieceOrig[pieces] = start;
            pieces++;
        }

        /**
         * Appends the run of plain ASCII from {@code i} (chars not followed by a combining mark, which NFKC
         * leaves as they are; {@code chars[n]} is 0) and returns where it ends: the common case, kept in locals.
         */
        int appendAscii(char[] chars, int i, int n) {
            char[] o = out;
            char[] f = folded;
            int l = len;
            if (o.length - l < n - i) {
                return i; // no room for the run: char by char (append grows the arrays)
            }
            // state in locals, and white space after white space (rare) tested as one flag, not per char
            boolean prevSpace = l > 0 && (o[l - 1] == ' ' || o[l - 1] == '\n');
            int end = lastEnd;
            boolean simple = lastSimple;
            for (; i < n; i++) {
                char ch = chars[i];
                if (ch >= 0x80 || ch == '\r' || chars[i + 1] >= 0x300) {
                    break;
                }
                char c = ASCII[ch];
                boolean space = ASCII_SPACE[ch];
                if (space & prevSpace) {
                    if (c == '\n') {
                        o[l - 1] = '\n';
                        f[l - 1] = '\n';
                    }
                    end = i + 1;
                    simple = false;
                    continue;
                }
                if (!simple || i != end) {
                    if (pieces > 0) {
                        pieceLastEnd[pieces - 1] = end;
                    }
                    len = l;
                    newPiece(i);
                }
                o[l] = c;
                f[l] = FOLDED_ASCII[c];
                l++;
                end = i + 1;
                simple = true;
                prevSpace = space;
            }
            len = l;
            lastEnd = end;
            lastSimple = simple;
            if (pieces > 0) {
                pieceLastEnd[pieces - 1] = end;
            }
            return i;
        }

        NormalizedText toNormalizedText(String original) {
            return new NormalizedText(original, out, folded, len, new OffsetMap(pieceNorm, pieceOrig, pieceLastEnd, pieces, len));
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

    /** Whether a code point is a combining mark (it stays in the cluster of the char before it). */
    public static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
    }

    /** What one char of NFKC output becomes: '\n' for line breaks, ' ' for other white space, plain quotes and hyphens, 0 to drop. */
    public static char map(char c) {
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

    /** The normalised text in lower case, char for char (so indices agree with {@link #norm()}). */
    public String folded() {
        String f = folded;
        if (f == null) {
            f = new String(foldedChars, 0, length);
            folded = f;
        }
        return f;
    }

    /**
     * The chars of {@link #norm()}, valid up to {@link #length()}: the array itself, for scanners that read
     * every char (no copy, no bounds check per char); shared, never to be modified.
     */
    public char[] normChars() {
        return normChars;
    }

    /** The chars of {@link #folded()}, valid up to {@link #length()}; shared, not to be modified. */
    char[] foldedChars() {
        return foldedChars;
    }

    /** Which lines of the normalised text are written in capitals; computed on first use. */
    public ShoutingLines shoutingLines() {
        ShoutingLines s = shouting;
        if (s == null) {
            s = ShoutingLines.of(normChars, length);
            shouting = s;
        }
        return s;
    }

    public int length() {
        return length;
    }

    /** Offset in the original text of the normalised character at {@code i} ({@code i == length()}: the end). */
    public int originalStart(int i) {
        return i >= length ? original.length() : offsets.start(i);
    }

    /** Offset in the original text just after the normalised span ending (exclusive) at {@code end}. */
    public int originalEnd(int end) {
        return end <= 0 ? 0 : offsets.end(end - 1);
    }
}
