package io.wiredesk.core.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Unicode normalisation shared by the stages. */
public final class TextNormalizer {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000]+");

    private TextNormalizer() {
    }

    public static String nfkc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** Runs of white space (including no-break and ideographic spaces) become one space; trimmed. */
    public static String collapseWhitespace(String text) {
        return text == null ? null : WHITESPACE.matcher(text).replaceAll(" ").trim();
    }
}
