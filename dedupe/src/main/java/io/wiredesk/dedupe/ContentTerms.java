package io.wiredesk.dedupe;

import io.wiredesk.core.text.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word normalisation shared by shingles and content terms: lower case, one apostrophe, no possessive "'s",
 * and for content terms a light plural stemming.
 */
public final class ContentTerms {
    private ContentTerms() {
    }

    /** Lower-case words with typographic apostrophes unified: the tokens shingles are made of. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Tokens.words(text == null ? "" : text)) {
            out.add(w.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A content term of a word, or null for stop words, single letters and possessive-free noise. */
    public static String term(String word) {
        String w = word;
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        w = w.replace("'", "");
        boolean hasDigit = w.chars().anyMatch(Character::isDigit);
        if (w.length() < (hasDigit ? 2 : 3) || Stopwords.ENGLISH.contains(w)) {
            return null;
        }
        return hasDigit ? w : stem(w);
    }

    /**
     * Counts of the content terms of a text: words and pairs of adjacent words ("international law"), without
     * the given words (e.g. the names of linked entities), which like stop words also break pairs. Pairs are
     * the more specific facts: "troop deployment" is the topic, "special envoy" or "phased measures" the news.
     */
    public static Map<String, Integer> count(String text, Set<String> excluded) {
        Map<String, Integer> counts = new HashMap<>();
        String previous = null;
        for (String word : words(text)) {
            String t = term(word);
            if (t == null || excluded.contains(t)) {
                previous = null;
                continue;
            }
            counts.merge(t, 1, Integer::sum);
            if (previous != null) {
                counts.merge(previous + " " + t, 1, Integer::sum);
            }
            previous = t;
        }
        return counts;
    }

    /** The {@code max} most frequent terms (ties by term), most frequent first. */
    public static Map<String, Integer> top(Map<String, Integer> counts, int max) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The {@code max} terms of the largest TF-IDF weight (ties by term), counts kept. */
    public static Map<String, Integer> topWeighted(Map<String, Integer> counts, int max, BackgroundIdf idf) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(java.util.Comparator.comparingDouble((Map.Entry<String, Integer> e) -> -tf(e.getValue()) * idf.of(e.getKey()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Sublinear term frequency. */
    public static double tf(int count) {
        return 1 + Math.log(count);
    }

    /** Plural and third-person "s" only: enough to match "responses" with "response" without a stemmer's surprises. */
    static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
