package io.wiredesk.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Function words of the Latin-script languages wiredesk meets most, for prose detection and language guessing. */
public final class StopWords {
    static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
            "en", Set.of("a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
                    "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during",
                    "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into",
                    "is", "it", "its", "more", "most", "no", "not", "of", "on", "one", "or", "other", "our", "out",
                    "over", "said", "she", "so", "some", "such", "than", "that", "the", "their", "them", "then",
                    "there", "these", "they", "this", "those", "through", "to", "under", "up", "was", "we", "were",
                    "what", "when", "which", "while", "who", "will", "with", "would", "you", "your"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "auch", "auf",
                    "sich", "von", "für", "wird", "wurde", "sie", "es", "zu", "im", "bei", "nach", "aus"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "un", "dans", "pour", "que", "qui", "pas",
                    "sur", "du", "au", "avec", "par", "sont", "ce", "il", "elle", "ont", "été"),
            "es", Set.of("el", "la", "los", "las", "y", "es", "una", "un", "en", "por", "que", "con", "para", "del",
                    "se", "su", "al", "como", "más", "pero", "fue", "ha", "lo"),
            "it", Set.of("il", "la", "le", "gli", "e", "è", "una", "un", "di", "per", "che", "con", "non", "del",
                    "della", "sono", "nel", "alla", "anche", "ha", "si"),
            "pt", Set.of("o", "a", "os", "as", "e", "é", "uma", "um", "de", "para", "que", "com", "não", "do", "da",
                    "em", "no", "na", "foi", "ao", "se", "mais"),
            "nl", Set.of("de", "het", "een", "en", "is", "van", "niet", "met", "voor", "op", "dat", "die", "zijn",
                    "er", "ook", "aan", "bij", "wordt", "naar"));

    /** Languages tried in this order when guessing (English wins ties). */
    static final List<String> ORDER = List.of("en", "de", "fr", "es", "it", "pt", "nl");

    /** Every language's function words, with a bit per language of {@link #ORDER} (one lookup per word). */
    static final Map<String, Integer> LANGUAGE_BITS = languageBits();
    /** Length of the longest function word: longer words need no lookup. */
    static final int MAX_LENGTH = LANGUAGE_BITS.keySet().stream().mapToInt(String::length).max().orElse(0);

    private StopWords() {
    }

    public static boolean isEnglish(String lowerWord) {
        return BY_LANGUAGE.get("en").contains(lowerWord);
    }

    /** Share of words that are function words of any known language. */
    public static double density(List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (String w : words) {
            if (w.length() <= MAX_LENGTH && LANGUAGE_BITS.containsKey(w.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return (double) n / words.size();
    }

    private static Map<String, Integer> languageBits() {
        Map<String, Integer> bits = new java.util.HashMap<>();
        for (int i = 0; i < ORDER.size(); i++) {
            int bit = 1 << i;
            for (String w : BY_LANGUAGE.get(ORDER.get(i))) {
                bits.merge(w, bit, (a, b) -> a | b);
            }
        }
        return Map.copyOf(bits);
    }
}
