package io.wiredesk.enrich.match;

import java.util.Arrays;

/**
 * Which lines of a text are written in capitals (a shouted headline), computed once per text so that
 * asking for every match costs a binary search rather than a scan of the line.
 */
public final class ShoutingLines {
    private final int[] lineStarts;
    private final boolean[] shouting;

    private ShoutingLines(int[] lineStarts, boolean[] shouting) {
        this.lineStarts = lineStarts;
        this.shouting = shouting;
    }

    public static ShoutingLines of(String text) {
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines];
        boolean[] flags = new boolean[lines];
        int line = 0;
        int upper = 0;
        int lower = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                flags[line] = upper >= 8 && upper >= 4 * lower;
                if (i < text.length()) {
                    starts[++line] = i + 1;
                }
                upper = 0;
                lower = 0;
                continue;
            }
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    upper++;
                } else if (c >= 'a' && c <= 'z') {
                    lower++;
                }
            } else if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return new ShoutingLines(starts, flags);
    }

    /** Whether the line holding {@code pos} is written in capitals. */
    public boolean at(int pos) {
        int i = Arrays.binarySearch(lineStarts, pos);
        return shouting[i >= 0 ? i : -i - 2];
    }
}
