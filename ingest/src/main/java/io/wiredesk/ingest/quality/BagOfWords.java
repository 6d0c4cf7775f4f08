package io.wiredesk.ingest.quality;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WCXB's page score: lower-cased {@code \w+} tokens (Unicode-aware, so Hangul and other scripts count), multiset
 * overlap of predicted and reference tokens, precision = overlap/|predicted|, recall = overlap/|reference|.
 */
public final class BagOfWords {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** Precision, recall and F1 of one page. Two empty texts agree perfectly. */
    public record Score(double precision, double recall, double f1) {
    }

    private BagOfWords() {
    }

    public static Score score(String predicted, String reference) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> r = bag(reference);
        int np = total(p);
        int nr = total(r);
        if (np == 0 && nr == 0) {
            return new Score(1, 1, 1);
        }
        if (np == 0 || nr == 0) {
            return new Score(0, 0, 0);
        }
        int overlap = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            overlap += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
        }
        double precision = (double) overlap / np;
        double recall = (double) overlap / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Score(precision, recall, f1);
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        if (text == null) {
            return bag;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static int total(Map<String, Integer> bag) {
        int n = 0;
        for (int c : bag.values()) {
            n += c;
        }
        return n;
    }
}
