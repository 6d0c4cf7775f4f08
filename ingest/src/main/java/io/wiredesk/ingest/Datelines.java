package io.wiredesk.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a wire dateline at the start of a paragraph: "SEOUL, Oct. 21 (Yonhap) --", "WASHINGTON (AP) —". */
public final class Datelines {
    /** The dateline's parts; {@code monthDay} and {@code credit} may be null. */
    public record Dateline(String city, String monthDay, String credit) {
    }

    private static final Pattern DATELINE = Pattern.compile(
            "^(?<city>\\p{Lu}[\\p{Lu}.'\\-]+(?:\\s\\p{Lu}[\\p{Lu}.'\\-]+){0,3})"
                    + "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.]+(?:\\s\\p{Lu}[\\p{L}.]+)?))??"
                    + "(?:,\\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}))?"
                    + "\\s*(?:\\((?<credit>[^()]{2,40})\\))?\\s*(?:--|—|–|-)\\s*\\S");

    private Datelines() {
    }

    public static Optional<Dateline> find(String paragraph) {
        if (paragraph == null) {
            return Optional.empty();
        }
        Matcher m = DATELINE.matcher(paragraph.trim());
        if (!m.find()) {
            return Optional.empty();
        }
        String city = m.group("city");
        // a capitalised word before a dash is often just an acronym ("NATO — the alliance"): want a date or credit
        if (city.length() < 3 || (m.group("date") == null && m.group("credit") == null)) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(titleCase(city), m.group("date"), m.group("credit")));
    }

    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toLowerCase(Locale.ROOT).toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '.' || c == '\'';
        }
        return sb.toString();
    }
}
