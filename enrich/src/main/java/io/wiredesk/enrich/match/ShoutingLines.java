package io.wiredesk.enrich.match;

import java.util.Arrays;

/**
 * Which lines of a text are written in capitals (a shouted headline), computed once per text so that
 * asking for every match costs a binary search rather than a scan of the line.
 */
public final class ShoutingLines {
    private final int[] lineStarts;
    private final boolean[] shouting;
    private final boolean any;

    private ShoutingLines(int[] lineStarts, boolean[] shouting) {
        this.lineStarts = lineStarts;
        this.shouting = shouting;
        boolean a = false;
        for (boolean s : shouting) {
            a |= s;
        }
        this.any = a;
    }

    public static ShoutingLines of(String text) {
        return of(text.toCharArray(), text.length());
    }

    /** The shouted lines of {@code text[0, length)}: one pass, counting cased letters by table. */
    static ShoutingLines of(char[] text, int length) {
        int[] starts = new int[16];
        boolean[] flags = new boolean[16];
        int line = 0;
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '\n') {
                flags[line] = upper >= 8 && upper >= 4 * lower;
                if (++line == starts.length) {
                    starts = Arrays.copyOf(starts, line * 2);
                    flags = Arrays.copyOf(flags, line * 2);
                }
                starts[line] = i + 1;
                upper = 0;
                lower = 0;
                continue;
            }
            upper += Chars.upper(c);
            lower += Chars.lower(c);
        }
        flags[line] = upper >= 8 && upper >= 4 * lower;
        return new ShoutingLines(Arrays.copyOf(starts, line + 1), Arrays.copyOf(flags, line + 1));
    }

    /** Whether the line holding {@code pos} is written in capitals. */
    public boolean at(int pos) {
        if (!any) {
            return false;
        }
        int i = Arrays.binarySearch(lineStarts, pos);
        return shouting[i >= 0 ? i : -i - 2];
    }
}
