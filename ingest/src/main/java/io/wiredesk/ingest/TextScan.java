package io.wiredesk.ingest;

/**
 * Allocation-light, regex-free versions of the text helpers the extractor calls once per block: they give exactly
 * the results of {@code TextNormalizer.collapseWhitespace} and {@code Tokens.count}, several times faster, which
 * matters because every text block of every page goes through them.
 */
final class TextScan {
    private TextScan() {
    }

    /** Same as {@code TextNormalizer.collapseWhitespace}: runs of white space become one space, then trimmed. */
    static String collapse(String text) {
        if (text == null) {
            return null;
        }
        int n = text.length();
        int start = 0;
        while (start < n && trimmable(text.charAt(start))) {
            start++;
        }
        int end = n;
        while (end > start && trimmable(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return "";
        }
        int firstChange = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isSpace(c) && (c != ' ' || isSpace(text.charAt(i + 1)))) {
                firstChange = i;
                break;
            }
        }
        if (firstChange < 0) {
            return start == 0 && end == n ? text : text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        out.append(text, start, firstChange);
        boolean inSpace = false;
        for (int i = firstChange; i < end; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    /** The white space of {@code TextNormalizer}: {@code [\s\u00A0\u2000-\u200B\u3000]}. */
    static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u2000' && c <= '\u200B') || c == '\u3000';
    }

    /** Removed at either end: white space (collapsed to a space first) and what {@code String.trim} drops. */
    private static boolean trimmable(char c) {
        return c <= ' ' || isSpace(c);
    }

    /** Same as {@code Tokens.count}: runs of letters, digits and combining marks, inner apostrophes kept. */
    static int wordCount(String text) {
        if (text == null) {
            return 0;
        }
        int n = text.length();
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = text.charAt(i);
            if (cp >= 0x80) {
                cp = text.codePointAt(i);
            }
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            count++;
            while (i < n) {
                cp = text.charAt(i);
                if (cp >= 0x80) {
                    cp = text.codePointAt(i);
                }
                if (isWordChar(cp)) {
                    i += Character.charCount(cp);
                } else if ((cp == '\'' || cp == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    i += 1;
                } else {
                    break;
                }
            }
        }
        return count;
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
