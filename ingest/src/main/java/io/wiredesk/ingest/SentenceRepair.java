package io.wiredesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs scraped text: paragraphs a scraper ran together ("to Russia.Both sides", "he added.’This",
 * "to RussiaYoon held") are split again, and broadcast transcript markers ([LEAD], [REPORT], [Anchor]) removed.
 */
public final class SentenceRepair {
    /** A sentence end glued to the next sentence's capital letter, optionally with a quote between. */
    private static final Pattern GLUED_END = Pattern.compile("(?<=[\\p{Ll}\\d)\\]][.!?])([’'\"”]?)(?=[‘“’\"']?\\p{Lu})");
    /** A lower-case word glued to a capitalised one ("RussiaYoon"); only trusted inside text that shows GLUED_END. */
    private static final Pattern GLUED_WORDS = Pattern.compile("(?<=\\b\\p{Lu}\\p{Ll}{3,20})(?=\\p{Lu}\\p{Ll}{2,}\\s)");
    private static final Set<String> MARKERS = Set.of("LEAD", "REPORT", "ANCHOR", "REPORTER", "SOUNDBITE", "SOUND BITE",
            "INTERVIEW", "NARRATION", "STANDUP", "STAND-UP", "CLOSING", "OPENING", "VOICE", "SOUND", "BRIDGE", "SYNC");
    private static final Pattern LEADING_MARKER = Pattern.compile("^\\[([A-Za-z][A-Za-z /-]{1,20})\\]\\s*");

    private SentenceRepair() {
    }

    /** True when the whole line is a transcript marker such as "[LEAD]". */
    public static boolean isMarker(String line) {
        Matcher m = LEADING_MARKER.matcher(line.trim());
        return m.matches() && MARKERS.contains(m.group(1).trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The line without a leading transcript marker ("[REPORT] President Yoon ..." -> "President Yoon ..."). */
    public static String stripMarker(String line) {
        Matcher m = LEADING_MARKER.matcher(line);
        if (m.find() && MARKERS.contains(m.group(1).trim().toUpperCase(java.util.Locale.ROOT))) {
            return line.substring(m.end());
        }
        return line;
    }

    /** Splits a paragraph at places where the scraper lost a paragraph break; unchanged when there are none. */
    public static List<String> splitRunTogether(String paragraph) {
        Matcher glued = GLUED_END.matcher(paragraph);
        if (!glued.find()) {
            return List.of(paragraph);
        }
        List<Integer> cuts = new ArrayList<>();
        glued.reset();
        while (glued.find()) {
            cuts.add(closingQuoteBelongsLeft(paragraph, lastCut(cuts), glued) ? glued.end(1) : glued.start(1));
        }
        Matcher words = GLUED_WORDS.matcher(paragraph);
        while (words.find()) {
            cuts.add(words.start());
        }
        cuts.sort(Integer::compare);
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            addPart(parts, paragraph.substring(from, cut));
            from = cut;
        }
        addPart(parts, paragraph.substring(from));
        return parts;
    }

    private static int lastCut(List<Integer> cuts) {
        return cuts.isEmpty() ? 0 : cuts.get(cuts.size() - 1);
    }

    /** A quote right after the full stop closes the sentence when that sentence left a quote open. */
    private static boolean closingQuoteBelongsLeft(String text, int from, Matcher m) {
        String quote = m.group(1);
        if (quote.isEmpty()) {
            return false;
        }
        String sentence = text.substring(from, m.start(1));
        if (quote.equals("\"") || quote.equals("'")) {
            return count(sentence, quote.charAt(0)) % 2 == 1;
        }
        int open = 0;
        int close = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            boolean letterBefore = i > 0 && Character.isLetter(sentence.charAt(i - 1));
            boolean letterAfter = i + 1 < sentence.length() && Character.isLetter(sentence.charAt(i + 1));
            if (c == '‘' || c == '“') {
                open++;
            } else if ((c == '’' || c == '”') && !(letterBefore && letterAfter)) {
                close++;
            }
        }
        return open > close;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static void addPart(List<String> parts, String part) {
        String p = part.trim();
        if (!p.isEmpty()) {
            parts.add(p);
        }
    }
}
