package io.wiredesk.enrich.match;

import io.wiredesk.enrich.kb.AliasKind;
import io.wiredesk.enrich.kb.CasePolicy;
import io.wiredesk.enrich.kb.KbAlias;
import io.wiredesk.enrich.kb.KbEntity;
import io.wiredesk.enrich.kb.KnowledgeBase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The knowledge base's aliases compiled into one automaton over case-folded normalised text. Finds every
 * alias occurrence that stands as whole words (Unicode-aware; a possessive "'s" or a Korean particle may
 * follow) and whose case agrees with the alias's case policy.
 */
public final class Gazetteer {
    /** Short acronyms that are also English words: not matched in text written in capitals. */
    private static final Set<String> SHOUTED_WORDS = Set.of("who", "us", "it", "am", "an", "as", "at", "be", "do",
            "go", "he", "if", "in", "is", "me", "my", "no", "of", "on", "or", "so", "to", "up", "we", "au");
    /** Korean particles that attach to a name ("북한은", "한국의"). */
    private static final List<String> PARTICLES = List.of("에서는", "에서", "에게", "으로", "과의", "와의", "은", "는", "이",
            "가", "을", "를", "의", "에", "와", "과", "도", "로", "만");
    private static final char[][] PARTICLE_CHARS = PARTICLES.stream().map(String::toCharArray).toArray(char[][]::new);

    private final KnowledgeBase kb;
    private final AhoCorasick automaton;
    private final List<List<AliasEntry>> entries;
    /**
     * The patterns of which some alias can match text starting with a lower-case letter, alone: walked from
     * words that start with a lower-case letter (most words); and their numbers in the full automaton.
     */
    private final AhoCorasick lowerAutomaton;
    private final int[] lowerPatterns;
    /** Per pattern, its aliases [entryStart[p], entryStart[p + 1]) in the flat per-alias arrays below. */
    private final int[] entryStart;
    private final AliasEntry[] entryOf;
    private final CasePolicy[] policyOf;
    private final boolean[] demonym;
    /** FIRST aliases written with a lower-case first letter ("the North"): may be capitalised. */
    private final boolean[] lowerFirst;

    public Gazetteer(KnowledgeBase kb) {
        this.kb = kb;
        Map<String, List<AliasEntry>> byFolded = new LinkedHashMap<>();
        for (KbEntity e : kb.entities()) {
            for (KbAlias a : e.aliases()) {
                for (String surface : surfaces(e, a)) {
                    String norm = NormalizedText.normalize(surface).strip();
                    if (norm.isBlank()) {
                        continue;
                    }
                    byFolded.computeIfAbsent(norm.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(new AliasEntry(e, a, norm));
                }
            }
        }
        List<String> patterns = new ArrayList<>();
        entries = new ArrayList<>();
        byFolded.forEach((folded, list) -> {
            // char-wise lower case, as NormalizedText.folded() does
            char[] c = folded.toCharArray();
            for (int i = 0; i < c.length; i++) {
                c[i] = Character.toLowerCase(c[i]);
            }
            patterns.add(new String(c));
            entries.add(List.copyOf(list));
        });
        automaton = new AhoCorasick(patterns);
        List<String> lower = new ArrayList<>();
        List<Integer> lowerIds = new ArrayList<>();
        for (int p = 0; p < entries.size(); p++) {
            boolean lowerStart = false;
            for (AliasEntry e : entries.get(p)) {
                lowerStart |= e.alias().casePolicy() == CasePolicy.ANY || Character.isLowerCase(e.surface().charAt(0))
                        || !Character.isLetter(e.surface().charAt(0));
            }
            if (lowerStart) {
                lower.add(patterns.get(p));
                lowerIds.add(p);
            }
        }
        lowerAutomaton = new AhoCorasick(lower);
        lowerPatterns = lowerIds.stream().mapToInt(Integer::intValue).toArray();
        entryStart = new int[entries.size() + 1];
        for (int p = 0; p < entries.size(); p++) {
            entryStart[p + 1] = entryStart[p] + entries.get(p).size();
        }
        int count = entryStart[entries.size()];
        entryOf = new AliasEntry[count];
        policyOf = new CasePolicy[count];
        demonym = new boolean[count];
        lowerFirst = new boolean[count];
        int k = 0;
        for (List<AliasEntry> list : entries) {
            for (AliasEntry e : list) {
                entryOf[k] = e;
                policyOf[k] = e.alias().casePolicy();
                demonym[k] = e.alias().kind() == AliasKind.DEMONYM;
                lowerFirst[k] = policyOf[k] == CasePolicy.FIRST && !e.surface().isEmpty() && Character.isLowerCase(e.surface().charAt(0));
                k++;
            }
        }
    }

    public KnowledgeBase kb() {
        return kb;
    }

    public int patterns() {
        return entries.size();
    }

    private static List<String> surfaces(KbEntity e, KbAlias a) {
        if (e.isPerson() && e.eastern() && a.kind() == AliasKind.NAME) {
            return List.copyOf(NameVariants.eastern(a.text()));
        }
        return List.of(a.text());
    }

    public List<RawMatch> find(NormalizedText text) {
        Scan scan = new Scan(text);
        char[] norm = scan.norm;
        char[] folded = text.foldedChars();
        int n = scan.n;
        // matches start only at word boundaries, and a lower-case word only starts the few aliases that allow it
        boolean previousWord = false; // whether norm[i - 1] is a word char, when it is not a surrogate
        for (int i = 0; i < n; i++) {
            char c = norm[i];
            boolean word = Chars.isWordChar(c);
            boolean boundary;
            if (Character.isSurrogate(c) || (i > 0 && Character.isSurrogate(norm[i - 1]))) {
                boundary = leftBoundary(norm, i, n);
            } else {
                boundary = i == 0 || !previousWord || !word;
            }
            previousWord = word;
            if (!boundary) {
                continue;
            }
            if (Chars.isLowerCase(c)) {
                scan.lower = true;
                lowerAutomaton.startingAt(folded, i, n, scan);
            } else {
                scan.lower = false;
                automaton.startingAt(folded, i, n, scan);
            }
        }
        return scan.out;
    }

    /** One pass over a text: receives the automaton's hits and keeps those whose case and boundaries agree. */
    private final class Scan implements AhoCorasick.Sink {
        final List<RawMatch> out = new ArrayList<>();
        final NormalizedText text;
        final char[] norm;
        final int n;
        final ShoutingLines lines;
        /** The walk under way is of the lower-case automaton: its pattern numbers are translated. */
        boolean lower;

        Scan(NormalizedText text) {
            this.text = text;
            this.norm = text.normChars();
            this.n = text.length();
            this.lines = text.shoutingLines();
        }

        @Override
        public void hit(int start, int end, int found) {
            int pattern = lower ? lowerPatterns[found] : found;
            boolean shouting = lines.at(start);
            boolean boundary = end >= n || !wordBefore(norm, end) || !wordAt(norm, end, n);
            // without a word boundary after the match, only a demonym's plural or a Korean particle may follow
            boolean plural = !boundary && norm[end] == 's' && wordEnds(norm, end + 1, n);
            boolean particle = !boundary && isHangul(norm[end - 1]) && particleAt(norm, end, n);
            int from = entryStart[pattern];
            int to = entryStart[pattern + 1];
            int accepted = 0;
            for (int k = from; k < to; k++) {
                if ((boundary || particle || (plural && demonym[k])) && accepts(k, start, end, shouting)) {
                    accepted++;
                }
            }
            if (accepted == to - from) {
                out.add(new RawMatch(start, end, entries.get(pattern))); // the usual case: no list to build
            } else if (accepted > 0) {
                List<AliasEntry> ok = new ArrayList<>(accepted);
                for (int k = from; k < to; k++) {
                    if ((boundary || particle || (plural && demonym[k])) && accepts(k, start, end, shouting)) {
                        ok.add(entryOf[k]);
                    }
                }
                out.add(new RawMatch(start, end, List.copyOf(ok)));
            }
        }

        /** {@link Gazetteer#accepts(AliasEntry, String, boolean)} for alias {@code k} on norm[start, end), without cutting the span out. */
        private boolean accepts(int k, int start, int end, boolean shouting) {
            if (shouting) {
                return Gazetteer.accepts(entryOf[k], text.norm().substring(start, end), true);
            }
            CasePolicy policy = policyOf[k];
            if (policy == CasePolicy.ANY) {
                return true;
            }
            String surface = entryOf[k].surface();
            int len = end - start;
            if (surface.length() == len && regionEquals(norm, start, surface, 0, len)) {
                return true;
            }
            if (!lowerFirst[k] || surface.length() > len) {
                return false;
            }
            return norm[start] == Character.toUpperCase(surface.charAt(0)) && regionEquals(norm, start + 1, surface, 1, surface.length() - 1);
        }
    }

    private static boolean regionEquals(char[] text, int at, String s, int from, int len) {
        for (int i = 0; i < len; i++) {
            if (text[at + i] != s.charAt(from + i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(AliasEntry entry, String span, boolean shouting) {
        CasePolicy policy = entry.alias().casePolicy();
        if (shouting && policy == CasePolicy.UPPER && SHOUTED_WORDS.contains(span.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return policy.accepts(entry.surface(), span, shouting);
    }

    /** Whether the code point ending at {@code i} (exclusive) is a word character. */
    private static boolean wordBefore(char[] s, int i) {
        char c = s[i - 1];
        if (!Character.isSurrogate(c)) {
            return Chars.isWordChar(c);
        }
        return isWordChar(Character.codePointBefore(s, i));
    }

    /** Whether the code point starting at {@code i} (before {@code n}) is a word character. */
    private static boolean wordAt(char[] s, int i, int n) {
        char c = s[i];
        if (!Character.isSurrogate(c)) {
            return Chars.isWordChar(c);
        }
        return isWordChar(Character.codePointAt(s, i, n));
    }

    private static boolean leftBoundary(char[] norm, int start, int n) {
        return start == 0 || !wordBefore(norm, start) || !wordAt(norm, start, n);
    }

    private static boolean wordEnds(char[] norm, int i, int n) {
        return i >= n || !wordAt(norm, i, n);
    }

    private static boolean particleAt(char[] norm, int end, int n) {
        for (char[] p : PARTICLE_CHARS) {
            if (end + p.length <= n && regionEquals(norm, end, p) && wordEnds(norm, end + p.length, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean regionEquals(char[] text, int at, char[] p) {
        for (int i = 0; i < p.length; i++) {
            if (text[at + i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }
}
