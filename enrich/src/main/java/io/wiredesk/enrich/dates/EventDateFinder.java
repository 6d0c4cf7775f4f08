package io.wiredesk.enrich.dates;

import io.wiredesk.core.model.EventDate;
import io.wiredesk.enrich.match.RegexScan;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an article gives for what happened, resolved against its reference date (publication, else
 * receipt): "Yesterday", "today", "last week", "On Wednesday" (the latest such day not after the
 * reference), "Oct. 21" / "21 October" / "October 21, 2024". A month and day without a year takes the
 * latest such date not after the reference, unless it lies at most {@value #UPCOMING_DAYS} days after it
 * ("the summit on 9-11 July" in a July 6 article is upcoming). The first date of the result is the main
 * event date: the first date of the lead paragraph that is not after the reference date, else the first
 * such date anywhere.
 */
public final class EventDateFinder {
    static final int UPCOMING_DAYS = 7;
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\p{L}\\d])" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?:(?:-|–)\\d{1,2})?(?:,? (\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:(?:-|–)\\d{1,2})? " + MONTH + "(?: (\\d{4}))?(?![\\p{L}\\d])");
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}\\d])(the day before yesterday|yesterday|today|tonight|this morning|last week|last month)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY_PHRASE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:[Oo]n|[Ll]ast|[Tt]his) )?" + WEEKDAY + "(?![\\p{L}\\d])");
    private static final Map<String, Integer> RELATIVE_DAYS = Map.of("the day before yesterday", -2, "yesterday", -1, "today", 0,
            "tonight", 0, "this morning", 0, "last week", -7, "last month", -30);

    private EventDateFinder() {
    }

    public static List<EventDate> find(String text, LocalDate reference, int leadEnd) {
        if (text == null || reference == null) {
            return List.of();
        }
        List<EventDate> found = new ArrayList<>();
        // each pattern is tried only where its first char can stand (see the patterns above)
        RegexScan.forEachAtWordStart(RELATIVE, text, c -> c == 't' || c == 'T' || c == 'y' || c == 'Y' || c == 'l' || c == 'L', m -> {
            int days = RELATIVE_DAYS.get(m.group(1).toLowerCase(Locale.ROOT));
            found.add(new EventDate(reference.plusDays(days).toString(), m.group(), m.start(), m.end()));
        });
        RegexScan.forEachAtWordStart(WEEKDAY_PHRASE, text, c -> "OoLlTtMWFS".indexOf(c) >= 0, m -> {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = m.group().toLowerCase(Locale.ROOT).startsWith("last ")
                    ? reference.with(TemporalAdjusters.previous(day)) : reference.with(TemporalAdjusters.previousOrSame(day));
            found.add(new EventDate(d.toString(), m.group(), m.start(), m.end()));
        });
        RegexScan.forEachAtWordStart(MONTH_DAY, text, c -> "JFMASOND".indexOf(c) >= 0,
                m -> add(found, m, month(m.group(1)), m.group(2), m.group(3), reference));
        RegexScan.forEachAtWordStart(DAY_MONTH, text, c -> c >= '0' && c <= '9',
                m -> add(found, m, month(m.group(2)), m.group(1), m.group(3), reference));
        found.sort(Comparator.comparingInt(EventDate::start));
        List<EventDate> out = new ArrayList<>(found);
        mainFirst(out, reference, leadEnd);
        return out;
    }

    private static void add(List<EventDate> found, Matcher m, Month month, String day, String year, LocalDate reference) {
        int d = Integer.parseInt(day);
        if (month == null || d < 1 || d > month.maxLength()) {
            return;
        }
        LocalDate date;
        if (year != null) {
            int y = Integer.parseInt(year);
            if (!MonthDay.of(month, d).isValidYear(y)) {
                return;
            }
            date = LocalDate.of(y, month, d);
        } else {
            date = resolveYear(MonthDay.of(month, d), reference);
        }
        found.add(new EventDate(date.toString(), m.group(), m.start(), m.end()));
    }

    /** The latest date with this month and day not after the reference, unless it is shortly after (upcoming). */
    static LocalDate resolveYear(MonthDay md, LocalDate reference) {
        int y = reference.getYear();
        if (md.isValidYear(y) && !md.atYear(y).isAfter(reference.plusDays(UPCOMING_DAYS))) {
            return md.atYear(y);
        }
        int prev = y - 1;
        while (!md.isValidYear(prev)) {
            prev--;
        }
        return md.atYear(prev);
    }

    private static void mainFirst(List<EventDate> dates, LocalDate reference, int leadEnd) {
        EventDate main = dates.stream().filter(d -> d.start() < leadEnd && !LocalDate.parse(d.date()).isAfter(reference)).findFirst()
                .orElse(dates.stream().filter(d -> !LocalDate.parse(d.date()).isAfter(reference)).findFirst().orElse(null));
        if (main != null) {
            dates.remove(main);
            dates.add(0, main);
        }
    }

    private static Month month(String s) {
        String k = s.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.name().startsWith(k)) {
                return mo;
            }
        }
        return null;
    }
}
