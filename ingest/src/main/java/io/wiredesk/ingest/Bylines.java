package io.wiredesk.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises and cleans author credits: "By Diplomacy Journal Lee Jon-young" -> "Lee Jon-young". */
public final class Bylines {
    private static final Pattern BY = Pattern.compile("^(?i:by|written by|words by|reporting by)[:\\s]\\s*(.+)$");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    /** Words naming a medium or a job, which precede or follow the person's name in a credit. */
    private static final Set<String> MEDIA_WORDS = Set.of("journal", "news", "times", "post", "herald", "daily", "agency",
            "press", "tribune", "gazette", "staff", "reporter", "correspondent", "editor", "writer", "service", "wire",
            "media", "magazine", "online", "tv", "radio", "desk", "team", "contributor", "columnist", "network");
    /** Widget labels a scraper glues to the author's name ("Daniel Kim Views"). */
    private static final Set<String> WIDGET_WORDS = Set.of("views", "view", "comments", "comment", "share", "follow",
            "subscribe", "print", "email", "updated", "published");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "da", "van", "von", "der", "den", "bin", "al", "el",
            "la", "le", "di", "du", "dos", "ibn");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’.\\-]*|\\p{Lu}\\.");
    private static final Pattern HANGUL_NAME = Pattern.compile("^\\p{IsHangul}{2,4}(?:\\s*(?:기자|특파원|앵커))?$");

    private Bylines() {
    }

    /** The name in a "By ..." line, cleaned; empty when the line is not a "By" credit. */
    public static Optional<String> fromByLine(String line) {
        Matcher m = BY.matcher(line.trim());
        if (!m.matches() || line.split("\\s+").length > 10) {
            return Optional.empty();
        }
        return clean(m.group(1));
    }

    /** A credit text ("By AP reporter John Smith", "Daniel Kim Views") reduced to the person's name. */
    public static Optional<String> clean(String credit) {
        if (credit == null) {
            return Optional.empty();
        }
        String text = EMAIL.matcher(credit).replaceAll(" ").replaceAll("^(?i:by)\\s+", "").trim();
        text = text.split("\\s*[,|/·•]\\s*|\\s+[-–—]\\s+")[0].trim();
        List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
        while (!words.isEmpty() && WIDGET_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
            words.remove(words.size() - 1);
        }
        int lastMedia = -1;
        for (int i = 0; i < words.size(); i++) {
            if (MEDIA_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                lastMedia = i;
            }
        }
        if (lastMedia >= 0 && words.size() - lastMedia - 1 >= 2) {
            words = words.subList(lastMedia + 1, words.size());
        } else if (lastMedia >= 0 && lastMedia >= 2) {
            words = words.subList(0, firstMediaWord(words));
        }
        if (words.stream().anyMatch(w -> MEDIA_WORDS.contains(w.toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        String name = String.join(" ", words).trim();
        return looksLikeName(name) ? Optional.of(name) : Optional.empty();
    }

    /** Every person named in a credit listing several ("Ana Lopes, Tom Baker and Li Wei"), joined with ", ". */
    public static Optional<String> cleanAll(String credit) {
        if (credit == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String part : credit.replaceAll("^(?i:by)\\s+", "").split("\\s*[,;&]\\s*|\\s+and\\s+")) {
            clean(part).filter(n -> !names.contains(n)).ifPresent(names::add);
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", names));
    }

    private static int firstMediaWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (MEDIA_WORDS.contains(words.get(i).toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return words.size();
    }

    /** Two to five capitalised name tokens (particles allowed), or a Hangul name. */
    public static boolean looksLikeName(String text) {
        String t = text.trim();
        if (HANGUL_NAME.matcher(t).matches()) {
            return true;
        }
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (NAME_TOKEN.matcher(w).matches() && !StopWords.isEnglish(w.toLowerCase(Locale.ROOT))) {
                capitalised++;
            } else if (!NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 2;
    }

    public static boolean isEmail(String line) {
        return EMAIL.matcher(line.trim()).matches();
    }
}
