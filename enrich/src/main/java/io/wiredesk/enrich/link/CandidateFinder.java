package io.wiredesk.enrich.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capitalised multi-word names the knowledge base does not know ("Battlefield Information Centre",
 * "Daniel Kim"): runs of capitalised words (with "of", "and", "the", ... inside) outside linked mentions,
 * minus sentence-initial function words, dates and runs made only of generic office words. The type
 * comes from cue words: a title before it makes a person, "Ministry" or "Agency" at the end an organisation.
 */
public final class CandidateFinder {
    /** A name the knowledge base lacks, at [start, end) of the normalised text. */
    public record Candidate(String id, String name, String type, int start, int end) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'\\-]*\\.?");
    private static final Set<String> CONNECTORS = Set.of("of", "the", "and", "for", "de", "du", "da", "von", "van", "der", "al", "bin", "la", "le", "on");
    private static final Set<String> SENTENCE_STARTERS = Set.of("the", "a", "an", "in", "on", "at", "according", "during", "after",
            "before", "both", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "our", "his", "her", "their",
            "its", "key", "quote", "previously", "yesterday", "today", "meanwhile", "however", "but", "and", "also", "while", "when",
            "as", "if", "for", "from", "with", "by", "under", "since", "despite", "earlier", "later", "last", "next", "some", "many",
            "most", "several", "source", "read", "related", "photo", "image", "watch", "to", "of", "there", "what", "who", "why",
            "how", "where", "will", "would", "can", "could", "should", "may", "all", "no", "not", "so", "then", "thus", "such");
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.", "sep.",
            "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> GENERIC = Set.of("secretary", "general", "president", "minister", "prime", "foreign",
            "defense", "defence", "national", "security", "adviser", "advisor", "chief", "office", "government", "council",
            "state", "affairs", "ministry", "vice", "deputy", "director", "spokesperson", "spokesman", "senior", "official",
            "officials", "assembly", "committee", "party", "army", "forces", "military", "intelligence", "agency", "service",
            "news", "today", "report", "lead", "breaking", "update", "special", "envoy", "ambassador", "summit", "conference",
            "press", "agenda", "the", "of", "and", "for", "on", "war", "region", "regions", "international", "world", "global");
    private static final Set<String> ORG_CUES = Set.of("agency", "ministry", "council", "committee", "office", "service",
            "organization", "organisation", "university", "party", "bank", "company", "corp", "corp.", "inc", "inc.", "group",
            "army", "forces", "command", "association", "union", "institute", "court", "department", "commission", "foundation",
            "journal", "times", "post", "news", "network", "system");
    private static final Set<String> EVENT_CUES = Set.of("summit", "war", "conference", "forum", "games", "olympics", "election", "crisis");

    private CandidateFinder() {
    }

    private record Token(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** Candidates in {@code text} (normalised) outside the {@code covered} spans ([start, end) pairs). */
    public static List<Candidate> find(String text, List<int[]> covered) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), m.group()));
        }
        List<Candidate> out = new ArrayList<>();
        List<Token> run = new ArrayList<>();
        io.wiredesk.enrich.match.ShoutingLines shouting = io.wiredesk.enrich.match.ShoutingLines.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean joined = !run.isEmpty() && text.substring(run.get(run.size() - 1).end(), t.start()).equals(" ");
            boolean capitalised = t.capitalised();
            boolean connectorWord = !capitalised && !run.isEmpty() && CONNECTORS.contains(t.text());
            // only a capitalised word or a connector can extend a run: check the rest for those alone
            boolean usable = (capitalised || connectorWord) && !isCovered(t, covered) && !DATE_WORDS.contains(t.lower())
                    && !shouting.at(t.start());
            boolean capital = usable && capitalised;
            boolean connector = usable && connectorWord;
            if ((capital || connector) && (run.isEmpty() || joined)) {
                run.add(t);
                if (endsSentence(t)) {
                    flush(text, run, out);
                    run.clear();
                }
                continue;
            }
            flush(text, run, out);
            run.clear();
            if (capital && !endsSentence(t)) {
                run.add(t);
            }
        }
        flush(text, run, out);
        return out;
    }

    /** A word with a full stop that is not an initial ("D.") or a short abbreviation ("St.", "Dr."). */
    private static boolean endsSentence(Token t) {
        return t.text().endsWith(".") && t.text().length() > 4;
    }

    private static void flush(String text, List<Token> run, List<Candidate> out) {
        List<Token> r = new ArrayList<>(run);
        while (!r.isEmpty() && CONNECTORS.contains(r.get(r.size() - 1).text())) {
            r.remove(r.size() - 1);
        }
        while (!r.isEmpty() && (SENTENCE_STARTERS.contains(r.get(0).lower()) && sentenceStart(text, r.get(0).start())
                || CONNECTORS.contains(r.get(0).text()))) {
            r.remove(0);
        }
        if (r.size() < 2 || r.stream().allMatch(t -> GENERIC.contains(t.lower()))) {
            return;
        }
        int start = r.get(0).start();
        int end = r.get(r.size() - 1).end();
        if (text.charAt(end - 1) == '.') {
            end--;
        }
        String name = text.substring(start, end);
        out.add(new Candidate("candidate:" + slug(name), name, type(text, start, r), start, end));
    }

    private static String type(String text, int start, List<Token> run) {
        String last = run.get(run.size() - 1).lower().replaceAll("\\.$", "");
        if (ORG_CUES.contains(last)) {
            return "organisation";
        }
        if (EVENT_CUES.contains(last)) {
            return "event";
        }
        if (Titles.titleStartBefore(text, start, false) >= 0) {
            return "person";
        }
        return "candidate";
    }

    static boolean sentenceStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\'' || text.charAt(i) == '“')) {
            i--;
        }
        return i < 0 || ".!?:\n[]".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean isCovered(Token t, List<int[]> covered) {
        for (int[] c : covered) {
            if (t.start() < c[1] && c[0] < t.end()) {
                return true;
            }
        }
        return false;
    }

    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        s = s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
