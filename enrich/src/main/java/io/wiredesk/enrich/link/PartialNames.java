package io.wiredesk.enrich.link;

import io.wiredesk.enrich.kb.AliasKind;
import io.wiredesk.enrich.kb.KbEntity;
import io.wiredesk.enrich.match.RawMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Short forms of names an article has already given in full, for any entity of the knowledge base: a
 * person's family name ("Chiles" after "Lawton Chiles", "Moon" after "Moon Jae-in"), a company's first word
 * ("Burlington" after "Burlington Industries Inc"). Linked only after the full mention, only as a whole
 * capitalised word outside other names; when two entities share the short form, the one named last wins.
 */
final class PartialNames {
    /** First words that say nothing about which organisation is meant. */
    private static final Set<String> GENERIC_FIRST = Set.of("National", "General", "First", "United", "American", "New",
            "International", "Federal", "Central", "European", "World", "Royal", "Bank", "State", "Southern", "Northern",
            "Western", "Eastern", "North", "South", "West", "East", "The", "Great", "Pacific", "Atlantic", "Standard",
            "Union", "Security", "Supreme", "Korea", "Korean", "Japan", "China", "Chinese", "British", "French", "German",
            "Ministry", "Department", "Office", "Council", "Committee", "Democratic", "People's", "Republic", "Asian");

    private PartialNames() {
    }

    private record Source(KbEntity entity, int start) {
    }

    static List<LinkedMention> find(String text, List<LinkedMention> named, List<RawMatch> nameMatches) {
        Map<String, List<Source>> byShort = new LinkedHashMap<>();
        for (LinkedMention l : named) {
            if (l.kind() != AliasKind.NAME || l.metonymy()) {
                continue;
            }
            String s = shortForm(l.entity(), text.substring(l.start(), l.end()));
            if (s != null) {
                byShort.computeIfAbsent(s, k -> new ArrayList<>()).add(new Source(l.entity(), l.start()));
            }
        }
        List<LinkedMention> out = new ArrayList<>();
        for (Map.Entry<String, List<Source>> e : byShort.entrySet()) {
            String word = e.getKey();
            int from = e.getValue().stream().mapToInt(Source::start).min().orElse(0);
            for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
                int end = i + word.length();
                if (!wholeWord(text, i, end) || covered(i, end, nameMatches)) {
                    continue;
                }
                KbEntity best = null;
                int bestStart = -1;
                for (Source s : e.getValue()) {
                    if (s.start() < i && s.start() > bestStart) {
                        best = s.entity();
                        bestStart = s.start();
                    }
                }
                if (best != null) {
                    out.add(new LinkedMention(best, i, end, AliasKind.SURNAME, false));
                }
            }
        }
        return out;
    }

    private static String shortForm(KbEntity e, String surface) {
        String[] words = surface.split(" ");
        if (words.length < 2) {
            return null;
        }
        String w;
        if (e.isPerson()) {
            w = e.eastern() ? words[0] : words[words.length - 1];
            if (w.endsWith(".") || w.equals("Jr") || w.length() < 3) {
                return null;
            }
        } else if (CorporateSuffix.applies(e.type())) {
            w = words[0];
            if (GENERIC_FIRST.contains(w) || w.length() < 4 || w.endsWith(",")) {
                return null;
            }
        } else {
            return null;
        }
        return Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'') ? w : null;
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean covered(int start, int end, List<RawMatch> names) {
        for (RawMatch m : names) {
            if (m.overlaps(start, end)) {
                return true;
            }
        }
        return false;
    }
}
