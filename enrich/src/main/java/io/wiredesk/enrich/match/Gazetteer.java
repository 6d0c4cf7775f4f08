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

    private final KnowledgeBase kb;
    private final AhoCorasick automaton;
    private final List<List<AliasEntry>> entries;
    /** Per pattern: whether some alias of it can match text starting with a lower-case letter. */
    private final boolean[] lowerStart;
    /** Per folded first character: whether some alias starting with it can match a lower-case word. */
    private final boolean[] lowerFirstChar;

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
        lowerStart = new boolean[entries.size()];
        lowerFirstChar = new boolean[65536];
        for (int p = 0; p < entries.size(); p++) {
            for (AliasEntry e : entries.get(p)) {
                lowerStart[p] |= e.alias().casePolicy() == CasePolicy.ANY || Character.isLowerCase(e.surface().charAt(0))
                        || !Character.isLetter(e.surface().charAt(0));
            }
            if (lowerStart[p]) {
                lowerFirstChar[patterns.get(p).charAt(0)] = true;
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
        List<RawMatch> out = new ArrayList<>();
        String norm = text.norm();
        ShoutingLines lines = ShoutingLines.of(norm);
        String folded = text.folded();
        AhoCorasick.Sink sink = (start, end, pattern) -> {
            if (Character.isLowerCase(norm.charAt(start)) && !lowerStart[pattern]) {
                return;
            }
            String span = norm.substring(start, end);
            boolean shouting = lines.at(start);
            List<AliasEntry> ok = null;
            for (AliasEntry entry : entries.get(pattern)) {
                if (accepts(entry, span, shouting) && rightBoundary(norm, end, entry)) {
                    if (ok == null) {
                        ok = new ArrayList<>(2);
                    }
                    ok.add(entry);
                }
            }
            if (ok != null) {
                out.add(new RawMatch(start, end, List.copyOf(ok)));
            }
        };
        // matches start only at word boundaries, and a lower-case word only starts the few aliases that allow it
        for (int i = 0; i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (!leftBoundary(norm, i) || (Character.isLowerCase(c) && !lowerFirstChar[folded.charAt(i)])) {
                continue;
            }
            automaton.startingAt(folded, i, sink);
        }
        return out;
    }

    private static boolean accepts(AliasEntry entry, String span, boolean shouting) {
        CasePolicy policy = entry.alias().casePolicy();
        if (shouting && policy == CasePolicy.UPPER && SHOUTED_WORDS.contains(span.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return policy.accepts(entry.surface(), span, shouting);
    }

    static boolean isWordChar(int cp) {
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    private static boolean leftBoundary(String norm, int start) {
        return start == 0 || !isWordChar(norm.codePointBefore(start)) || !isWordChar(norm.codePointAt(start));
    }

    private static boolean rightBoundary(String norm, int end, AliasEntry entry) {
        if (end >= norm.length() || !isWordChar(norm.codePointBefore(end)) || !isWordChar(norm.codePointAt(end))) {
            return true;
        }
        if (entry.alias().kind() == AliasKind.DEMONYM && norm.charAt(end) == 's' && wordEnds(norm, end + 1)) {
            return true; // "South Koreans"
        }
        if (isHangul(norm.charAt(end - 1))) {
            for (String p : PARTICLES) {
                if (norm.startsWith(p, end) && wordEnds(norm, end + p.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordEnds(String norm, int i) {
        return i >= norm.length() || !isWordChar(norm.codePointAt(i));
    }

    private static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    /** Whether the line around {@code pos} is written in capitals (a shouted headline): most cased letters upper case. */
    public static boolean isShouting(String norm, int pos) {
        int from = norm.lastIndexOf('\n', pos) + 1;
        int to = norm.indexOf('\n', pos);
        to = to < 0 ? norm.length() : to;
        int upper = 0;
        int lower = 0;
        for (int i = from; i < to; i++) {
            char c = norm.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 8 && upper >= 4 * lower;
    }
}
