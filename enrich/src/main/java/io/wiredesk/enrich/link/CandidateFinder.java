package io.wiredesk.enrich.link;

import io.wiredesk.enrich.match.Chars;
import io.wiredesk.enrich.match.NormalizedText;
import io.wiredesk.enrich.match.ShoutingLines;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Capitalised multi-word names the knowledge base does not know ("Battlefield Information Centre",
 * "Daniel Kim"): runs of capitalised words (with "of", "and", "the", ... inside) outside linked mentions,
 * minus sentence-initial function words, dates and runs made only of generic office words. The type
 * comes from cue words: a title before it makes a person, "Ministry" or "Agency" at the end an organisation.
 *
 * <p>Words are tokens as {@code [\p{L}\p{N}][\p{L}\p{M}\p{N}'\-]*\.?} would find them, scanned by hand and
 * looked at in place: this runs over every word of every article.
 */
public final class CandidateFinder {
    /** A name the knowledge base lacks, at [start, end) of the normalised text. */
    public record Candidate(String id, String name, String type, int start, int end) {
    }

    private static final WordSet CONNECTORS = new WordSet(Set.of("of", "the", "and", "for", "de", "du", "da", "von", "van", "der",
            "al", "bin", "la", "le", "on"));
    private static final WordSet SENTENCE_STARTERS = new WordSet(Set.of("the", "a", "an", "in", "on", "at", "according", "during",
            "after", "before", "both", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "our", "his", "her",
            "their", "its", "key", "quote", "previously", "yesterday", "today", "meanwhile", "however", "but", "and", "also",
            "while", "when", "as", "if", "for", "from", "with", "by", "under", "since", "despite", "earlier", "later", "last",
            "next", "some", "many", "most", "several", "source", "read", "related", "photo", "image", "watch", "to", "of",
            "there", "what", "who", "why", "how", "where", "will", "would", "can", "could", "should", "may", "all", "no", "not",
            "so", "then", "thus", "such"));
    private static final WordSet DATE_WORDS = new WordSet(Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
            "sept.", "sep.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));
    private static final WordSet GENERIC = new WordSet(Set.of("secretary", "general", "president", "minister", "prime", "foreign",
            "defense", "defence", "national", "security", "adviser", "advisor", "chief", "office", "government", "council",
            "state", "affairs", "ministry", "vice", "deputy", "director", "spokesperson", "spokesman", "senior", "official",
            "officials", "assembly", "committee", "party", "army", "forces", "military", "intelligence", "agency", "service",
            "news", "today", "report", "lead", "breaking", "update", "special", "envoy", "ambassador", "summit", "conference",
            "press", "agenda", "the", "of", "and", "for", "on", "war", "region", "regions", "international", "world", "global"));
    private static final WordSet ORG_CUES = new WordSet(Set.of("agency", "ministry", "council", "committee", "office", "service",
            "organization", "organisation", "university", "party", "bank", "company", "corp", "corp.", "inc", "inc.", "group",
            "army", "forces", "command", "association", "union", "institute", "court", "department", "commission", "foundation",
            "journal", "times", "post", "news", "network", "system"));
    private static final WordSet EVENT_CUES = new WordSet(Set.of("summit", "war", "conference", "forum", "games", "olympics",
            "election", "crisis"));

    /** Per BMP char: may start a token (letter or number), may continue one (also a mark, apostrophe, hyphen). */
    private static final byte START = 1;
    private static final byte PART = 2;
    private static final byte[] CLASS = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            CLASS[c] = classOf(c);
        }
    }

    private CandidateFinder() {
    }

    private static byte classOf(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
                 Character.OTHER_NUMBER -> START | PART;
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> PART;
            default -> cp == '\'' || cp == '-' ? PART : 0;
        };
    }

    /** The class of the code point at {@code i}: by table, unless it is a surrogate pair. */
    private static byte classAt(char[] t, int i, int n) {
        char c = t[i];
        return Character.isSurrogate(c) ? classOf(Character.codePointAt(t, i, n)) : CLASS[c];
    }

    /** Candidates in {@code text} (normalised) outside the {@code covered} spans ([start, end) pairs). */
    public static List<Candidate> find(String text, List<int[]> covered) {
        return new Scan(text, text.toCharArray(), text.length(), ShoutingLines.of(text), covered).run();
    }

    /** As {@link #find(String, List)} over {@code text.norm()}. */
    public static List<Candidate> find(NormalizedText text, List<int[]> covered) {
        return new Scan(text.norm(), text.normChars(), text.length(), text.shoutingLines(), covered).run();
    }

    /** One pass over a text: tokens in order, the current run of capitalised words, the candidates so far. */
    private static final class Scan {
        final String text;
        final char[] t;
        final int n;
        final ShoutingLines shouting;
        final Coverage coverage;
        final List<Candidate> out = new ArrayList<>();
        int[] starts = new int[16];
        int[] ends = new int[16];
        int size;

        Scan(String text, char[] t, int n, ShoutingLines shouting, List<int[]> covered) {
            this.text = text;
            this.t = t;
            this.n = n;
            this.shouting = shouting;
            this.coverage = new Coverage(covered);
        }

        List<Candidate> run() {
            int i = 0;
            while (i < n) {
                if ((classAt(t, i, n) & START) == 0) {
                    i += Character.isHighSurrogate(t[i]) && i + 1 < n && Character.isLowSurrogate(t[i + 1]) ? 2 : 1;
                    continue;
                }
                int start = i;
                i += Character.isSurrogate(t[i]) ? Character.charCount(Character.codePointAt(t, i, n)) : 1;
                while (i < n) {
                    char c = t[i];
                    if (Character.isSurrogate(c)) {
                        if ((classAt(t, i, n) & PART) == 0) {
                            break;
                        }
                        i += Character.charCount(Character.codePointAt(t, i, n));
                    } else if ((CLASS[c] & PART) != 0) {
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < n && t[i] == '.') {
                    i++;
                }
                token(start, i);
            }
            flush();
            return out;
        }

        private void token(int start, int end) {
            boolean joined = size > 0 && start == ends[size - 1] + 1 && t[ends[size - 1]] == ' ';
            char first = t[start];
            boolean capitalised = Character.isSurrogate(first) ? Character.isUpperCase(Character.codePointAt(t, start, n))
                    : Chars.isUpperCase(first);
            if (!capitalised && size == 0) {
                return; // neither starts a run nor ends one: most words
            }
            boolean connectorWord = !capitalised && size > 0 && CONNECTORS.contains(t, start, end);
            // only a capitalised word or a connector can extend a run: check the rest for those alone
            boolean usable = (capitalised || connectorWord) && !coverage.overlaps(start, end)
                    && !DATE_WORDS.containsLower(t, start, end) && !shouting.at(start);
            boolean capital = usable && capitalised;
            boolean connector = usable && connectorWord;
            if ((capital || connector) && (size == 0 || joined)) {
                add(start, end);
                if (endsSentence(start, end)) {
                    flush();
                }
                return;
            }
            flush();
            if (capital && !endsSentence(start, end)) {
                add(start, end);
            }
        }

        /** A word with a full stop that is not an initial ("D.") or a short abbreviation ("St.", "Dr."). */
        private boolean endsSentence(int start, int end) {
            return t[end - 1] == '.' && end - start > 4;
        }

        private void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        /** Emits the run as a candidate if, trimmed of connectors and a sentence-initial function word, it is a name. */
        private void flush() {
            int lo = 0;
            int hi = size;
            size = 0;
            while (hi > lo && CONNECTORS.contains(t, starts[hi - 1], ends[hi - 1])) {
                hi--;
            }
            while (lo < hi && (SENTENCE_STARTERS.containsLower(t, starts[lo], ends[lo]) && sentenceStart(t, starts[lo])
                    || CONNECTORS.contains(t, starts[lo], ends[lo]))) {
                lo++;
            }
            if (hi - lo < 2 || allGeneric(lo, hi)) {
                return;
            }
            int start = starts[lo];
            int end = ends[hi - 1];
            if (t[end - 1] == '.') {
                end--;
            }
            String name = text.substring(start, end);
            out.add(new Candidate("candidate:" + slug(name), name, type(start, starts[hi - 1], ends[hi - 1]), start, end));
        }

        private boolean allGeneric(int lo, int hi) {
            for (int k = lo; k < hi; k++) {
                if (!GENERIC.containsLower(t, starts[k], ends[k])) {
                    return false;
                }
            }
            return true;
        }

        /** The type from the last word of the name [start, ...) at [lastStart, lastEnd), or a title before it. */
        private String type(int start, int lastStart, int lastEnd) {
            int end = t[lastEnd - 1] == '.' ? lastEnd - 1 : lastEnd;
            if (ORG_CUES.containsLower(t, lastStart, end)) {
                return "organisation";
            }
            if (EVENT_CUES.containsLower(t, lastStart, end)) {
                return "event";
            }
            if (Titles.titleStartBefore(text, start, false) >= 0) {
                return "person";
            }
            return "candidate";
        }
    }

    static boolean sentenceStart(char[] text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text[i] == ' ' || text[i] == '"' || text[i] == '\'' || text[i] == '“')) {
            i--;
        }
        return i < 0 || ".!?:\n[]".indexOf(text[i]) >= 0;
    }

    /**
     * Whether a token overlaps a linked mention. Tokens are asked for in text order, so a cursor over the
     * mentions sorted by start, with the furthest end among those passed, answers in amortised constant time.
     */
    private static final class Coverage {
        private final int[] starts;
        private final int[] maxEnds;
        private int passed;

        Coverage(List<int[]> covered) {
            int[][] sorted = covered.toArray(new int[0][]);
            Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
            starts = new int[sorted.length];
            maxEnds = new int[sorted.length];
            int max = Integer.MIN_VALUE;
            for (int k = 0; k < sorted.length; k++) {
                starts[k] = sorted[k][0];
                max = Math.max(max, sorted[k][1]);
                maxEnds[k] = max;
            }
        }

        /** Some span [s, e) with s < end and start < e; {@code end} never decreases between calls. */
        boolean overlaps(int start, int end) {
            while (passed < starts.length && starts[passed] < end) {
                passed++;
            }
            return passed > 0 && maxEnds[passed - 1] > start;
        }
    }

    static String slug(String name) {
        if (isAscii(name)) {
            return asciiSlug(name);
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The slug of an ASCII name: lower case, each run of other characters than letters and digits one hyphen, none at the ends. */
    private static String asciiSlug(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
            if (!alnum) {
                gap = true;
                continue;
            }
            if (gap && sb.length() > 0) {
                sb.append('-');
            }
            gap = false;
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.isEmpty() ? "unnamed" : sb.toString();
    }
}
