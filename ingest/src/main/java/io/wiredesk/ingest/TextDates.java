package io.wiredesk.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar date (and a time of day right after it) written in running text: ISO, "6 July 2024, 14:41",
 * "Jan 26, 2023 - 09:26", "2024.10.22", "2024년 10월 22일", and URL paths like /2024/07/06/.
 */
public final class TextDates {
    /** A date with an optional time of day. */
    public record DateValue(LocalDate date, LocalTime time) {
        public FoundDate toFound(String source) {
            return time == null ? FoundDate.of(date, source) : FoundDate.of(LocalDateTime.of(date, time), source);
        }
    }

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String TIME = "(?:\\s*(?:[-–,|@]|at)?\\s*(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*([aApP]\\.?[mM]\\.?)?)?";
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?(?!\\d)");
    /** "2024.10.22", "2024/10/22" and the Hungarian "2020. 06. 04.". */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{4})(?:[./]|\\.\\s)(\\d{1,2})(?:[./]|\\.\\s)(\\d{1,2})\\.?(?![\\d.])(?:\\s+(\\d{1,2}):(\\d{2}))?");
    /** Korean "2024년 10월 22일" and Chinese/Japanese "2020年07月03日". */
    private static final Pattern KOREAN = Pattern.compile(
            "(\\d{4})\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日](?:\\s*(?:오전|오후)?\\s*(\\d{1,2}):(\\d{2}))?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})(?!\\d)" + TIME, Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME, Pattern.CASE_INSENSITIVE);
    /**
     * "12. Juli 2017", "3 mars 2019", "5 de mayo de 2020", "15 августа 2016", "24 نيسان / أبريل 2020": a day, a month
     * name (see {@link MonthNames}; a second name after a slash is skipped), a year.
     */
    private static final Pattern DAY_NAMED_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(\\p{L}{3,12})\\.?(?:\\s*/\\s*\\p{L}{3,12})?,?\\s+(?:de\\s+)?"
                    + "(\\d{4})(?!\\d)" + TIME);
    /** Hungarian "2018. június 4-én" and "2020 October 5": a year, a month name, a day. */
    private static final Pattern YEAR_NAMED_MONTH_DAY = Pattern.compile(
            "(?<![\\d.])(\\d{4})\\.?\\s+(\\p{L}{3,12})\\.?\\s+(\\d{1,2})(?![\\d:])" + TIME);
    /** "Juli 12, 2017" and other month names before the day. */
    private static final Pattern NAMED_MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})(\\p{L}{3,10})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)" + TIME);
    /** "12.07.2017", "12.7.17" is too ambiguous: four-digit years only. */
    private static final Pattern DAY_MONTH_YEAR_DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?![\\d.]\\d)(?:,?\\s+(?:um\\s+)?(\\d{1,2}):(\\d{2}))?");
    /** "17/03/2020" (day first) or "03/17/2020" (month first): read only when one of the two numbers exceeds 12. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern URL_PATH = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_.-]|$)");
    /** "/20200428/" in a URL path: a compact date between separators. */
    private static final Pattern URL_COMPACT = Pattern.compile(
            "/((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** The longest text a date form writes before its year ("1er de septiembre / setembro de") and after it (a time). */
    private static final int BEFORE_YEAR = 80;
    private static final int AFTER_YEAR = 48;

    private static final Pattern[] ALL = {ISO, DOTTED, KOREAN, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DAY_NAMED_MONTH_YEAR,
        NAMED_MONTH_DAY_YEAR, DAY_MONTH_YEAR_DOTTED, YEAR_NAMED_MONTH_DAY, SLASHED};

    private TextDates() {
    }

    /** The earliest-written date in the text, if any. */
    public static Optional<DateValue> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        DateValue best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Pattern p : ALL) {
            Matcher m = p.matcher(text);
            while (m.find() && m.start() < bestAt) {
                Optional<DateValue> v = fromMatch(p, m);
                if (v.isPresent()) {
                    best = v.get();
                    bestAt = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A date and where it starts in the text it was found in. */
    public record Located(DateValue value, int start) {
    }

    /**
     * Every date written in the text, in order of appearance (overlapping forms counted once; at one position the
     * first of {@link #ALL} that reads a date wins). Every form writes a four-digit year, so the patterns run only
     * over windows around four-digit numbers: on a long page that is a small part of the text.
     */
    public static java.util.List<Located> findAll(String text) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        java.util.TreeMap<Integer, Located> byStart = new java.util.TreeMap<>();
        int[] window = new int[2];
        int from = 0;
        while (nextYearWindow(text, from, window)) {
            for (Pattern p : ALL) {
                Matcher m = p.matcher(text).region(window[0], window[1]).useTransparentBounds(true).useAnchoringBounds(false);
                while (m.find()) {
                    int start = m.start();
                    fromMatch(p, m).ifPresent(v -> byStart.putIfAbsent(start, new Located(v, start)));
                }
            }
            from = window[1];
        }
        return java.util.List.copyOf(byStart.values());
    }

    /**
     * The next stretch of text from {@code from} that holds a run of four or more digits, widened by the longest
     * text a date form writes before and after its year, and merged with the following runs it overlaps.
     */
    private static boolean nextYearWindow(String text, int from, int[] window) {
        int run = nextDigitRun(text, from);
        if (run < 0) {
            return false;
        }
        int start = Math.max(from, run - BEFORE_YEAR);
        int end = Math.min(text.length(), endOfDigits(text, run) + AFTER_YEAR);
        for (int next = nextDigitRun(text, end - AFTER_YEAR); next >= 0 && next - BEFORE_YEAR <= end;
                next = nextDigitRun(text, end - AFTER_YEAR)) {
            int nextEnd = Math.min(text.length(), endOfDigits(text, next) + AFTER_YEAR);
            if (nextEnd <= end) {
                break;
            }
            end = nextEnd;
        }
        window[0] = start;
        window[1] = end;
        return true;
    }

    /** Where the next run of at least four digits starts, or -1. */
    private static int nextDigitRun(String text, int from) {
        int digits = 0;
        for (int i = Math.max(0, from); i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits == 4) {
                    int start = i - 3;
                    while (start > 0 && isDigit(text.charAt(start - 1))) {
                        start--;
                    }
                    return start;
                }
            } else {
                digits = 0;
            }
        }
        return -1;
    }

    private static int endOfDigits(String text, int at) {
        int i = at;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** "Oct. 21" without a year: the latest such day not after {@code reference}. */
    public static Optional<LocalDate> findMonthDay(String text, LocalDate reference) {
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int month = month(m.group(1));
        int day = Integer.parseInt(m.group(2));
        for (int year = reference.getYear(); year >= reference.getYear() - 1; year--) {
            Optional<LocalDate> d = date(year, month, day);
            if (d.isPresent() && !d.get().isAfter(reference)) {
                return d;
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        for (Pattern p : new Pattern[] {URL_PATH, URL_COMPACT}) {
            Matcher m = p.matcher(url);
            if (m.find()) {
                return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        }
        return Optional.empty();
    }

    private static Optional<DateValue> fromMatch(Pattern p, Matcher m) {
        Optional<LocalDate> date;
        LocalTime time = null;
        if (p == DAY_MONTH_YEAR) {
            date = date(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            time = time(m.group(4), m.group(5), m.group(6));
        } else if (p == DAY_NAMED_MONTH_YEAR) {
            date = MonthNames.number(m.group(2))
                    .flatMap(month -> date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
            time = time(m.group(4), m.group(5), m.group(6));
        } else if (p == NAMED_MONTH_DAY_YEAR) {
            date = MonthNames.number(m.group(1))
                    .flatMap(month -> date(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2))));
            time = time(m.group(4), m.group(5), m.group(6));
        } else if (p == SLASHED) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            date = first > 12 ? date(year, second, first) : second > 12 ? date(year, first, second) : Optional.empty();
        } else if (p == YEAR_NAMED_MONTH_DAY) {
            date = MonthNames.number(m.group(2))
                    .flatMap(month -> date(Integer.parseInt(m.group(1)), month, Integer.parseInt(m.group(3))));
            time = time(m.group(4), m.group(5), m.group(6));
        } else if (p == DAY_MONTH_YEAR_DOTTED) {
            date = date(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            time = time(m.group(4), m.group(5), null);
        } else if (p == MONTH_DAY_YEAR) {
            date = date(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            time = time(m.group(4), m.group(5), m.group(6));
        } else {
            date = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            time = time(m.group(4), m.group(5), null);
        }
        LocalTime t = time;
        return date.map(d -> new DateValue(d, t));
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT).substring(0, 3), 0);
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        if (year < 1990 || year > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalTime time(String hours, String minutes, String meridiem) {
        if (hours == null || minutes == null) {
            return null;
        }
        int h = Integer.parseInt(hours);
        int min = Integer.parseInt(minutes);
        if (meridiem != null) {
            boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }
        return h < 24 && min < 60 ? LocalTime.of(h, min) : null;
    }
}
