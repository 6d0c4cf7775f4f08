package io.wiredesk.ingest;

import io.wiredesk.ingest.ScrapedLine.Kind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides what kind of line a scraped line is, from its length, punctuation, capitalisation and known furniture. */
final class LineClassifier {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SECTION_END = Pattern.compile("^(?:related(?: posts| articles| stories| news| content)?"
            + "|read (?:more|also|next)|more (?:from|on|stories|news)(?: .{0,30})?|\\[?latest\\]?(?: stories| news| articles| posts)?"
            + "|\\[latest\\].{0,30}|popular(?: now| posts| stories| articles)?|most (?:read|popular|viewed)|must[- ]reads?"
            + "|(?:weekly |daily )?best articles|you (?:may|might) (?:also )?like|recommended(?: for you)?|trending(?: now)?"
            + "|comments?\\s*\\(?\\d*\\)?|\\d+\\s*comments?|leave a (?:comment|reply)|post a comment|add comment"
            + "|share (?:it|this)(?: (?:on|article|story|post))?.{0,20}|tags?\\s*:.*|see also|also read|top stories"
            + "|editor'?s? picks?|more in .{1,30}|關連記事|관련기사|관련 기사|많이 본 뉴스)$", FLAGS);
    private static final Pattern NOISE = Pattern.compile("^(?:advertisement|ad|sponsored(?: content)?|skip to(?: main)? content"
            + "|(?:quick|direct) access to .*|jump to .{0,40}|subscribe.{0,60}|sign up.{0,60}|newsletter.{0,60}"
            + "|follow us.{0,60}|all rights reserved.{0,60}|copyright.{0,100}|©.{0,100}"
            // wire services' long notices: "Copyright 2026 The Associated Press. All rights reserved. This material ..."
            + "|(?:copyright|©).{0,200}(?:all rights reserved|may not be (?:published|reproduced|redistributed)|redistributed).{0,60}"
            + "|print|e-?mail|facebook|twitter|x"
            + "|linkedin|whatsapp|telegram|kakaotalk|admin|home|menu|search|log ?in|register|\\d*\\s*views?|share"
            + "|tweet|click here.{0,60}|photo\\s*[:=].{0,80}|getty images|loading\\.*|close|back to top|top"
            + "|.{0,40}(?:become (?:a|our) (?:patron|member|supporter)|support (?:us|our journalism)|donate).{0,40})$", FLAGS);
    private static final Pattern WIDGET = Pattern.compile("^-?\\d{1,3}(?:\\.\\d)?\\s*°?\\s*[CF]?°?$|^\\d{1,2}:\\d{2}(?:\\s*[AP]M)?$",
            FLAGS);
    private static final Pattern EMAIL = Pattern.compile("^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+$");
    /** A sentence's end, maybe followed by closing quotes and a short credit in brackets: "... officials say. (Yonhap)". */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？](?:[\\s\"'’”)\\]»]*)(?:\\([^()]{1,40}\\)\\s*)?$");
    /** Most words a menu entry has ("Home | News | Local", "Sign in | Subscribe for $1"). */
    private static final int MENU_ENTRY_WORDS = 3;

    private LineClassifier() {
    }

    static Kind classify(String text, List<String> words) {
        if (text.isEmpty()) {
            return Kind.BLANK;
        }
        Kind furniture = furniture(text, words.size());
        if (furniture != null) {
            return furniture;
        }
        if (WIDGET.matcher(text).matches() && text.chars().anyMatch(Character::isDigit)) {
            return Kind.WIDGET;
        }
        boolean prose = isProse(text, words);
        if (!prose && words.size() <= 12 && TextDates.find(text).isPresent()) {
            return Kind.DATE;
        }
        return prose ? Kind.PROSE : Kind.OTHER;
    }

    /**
     * Whether a block of page text is one the HTML path drops (a transcript marker, a section end or noise):
     * {@link #classify} without the prose and date tests, which the HTML path does not need.
     */
    static boolean isDropped(String text, int words) {
        return !text.isEmpty() && furniture(text, words) != null;
    }

    /** MARKER, SECTION_END or NOISE, or null. Cheap necessary conditions run before each (costly) pattern. */
    private static Kind furniture(String text, int words) {
        if (isPipeMenu(text)) {
            return Kind.NOISE;
        }
        if (mayBeMarker(text) && SentenceRepair.isMarker(text)) {
            return Kind.MARKER;
        }
        if (maySectionEnd(text) && SECTION_END.matcher(text).matches()) {
            return Kind.SECTION_END;
        }
        if (words <= 25 && mayBeNoise(text) && NOISE.matcher(text).matches()
                || text.indexOf('@') >= 0 && EMAIL.matcher(text).matches()) {
            return Kind.NOISE;
        }
        return null;
    }

    /** Entries of at most {@link #MENU_ENTRY_WORDS} words between " | " separators, none ending a sentence. */
    static boolean isPipeMenu(String text) {
        if (text.indexOf('|') < 0) {
            return false;
        }
        String[] entries = text.split("\\|");
        if (entries.length < 2) {
            return false;
        }
        for (String entry : entries) {
            String e = entry.strip();
            if (e.isEmpty() || TextScan.wordCount(e) > MENU_ENTRY_WORDS || SENTENCE_END.matcher(e).find()) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayBeMarker(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ') {
                return c == '[';
            }
        }
        return false;
    }

    /** How SECTION_END's alternatives start (its first words, lower case); a digit starts "12 comments". */
    private static final String[] SECTION_END_STARTS = {"related", "read ", "more ", "[latest", "latest", "popular",
        "most ", "must", "weekly ", "daily ", "best articles", "you ", "recommended", "trending", "comment", "leave a ",
        "post a comment", "add comment", "share ", "tag", "see also", "also read", "top stories", "editor"};
    /** How NOISE's anchored alternatives start (lower case); a digit or "view" starts "123 views". */
    private static final String[] NOISE_STARTS = {"ad", "sponsored", "skip to", "quick access to ", "direct access to ",
        "jump to ", "subscribe", "sign up", "newsletter", "follow us", "all rights reserved", "copyright", "print",
        "e-mail", "email", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "kakaotalk", "home", "menu",
        "search", "log", "register", "view", "share", "tweet", "click here", "photo", "getty images", "loading", "close",
        "back to top", "top"};
    /** NOISE's one unanchored alternative: one of these within its first 40 characters ("Please donate today"). */
    private static final String[] NOISE_APPEALS = {"become ", "support ", "donate"};
    private static final int APPEAL_REACH = 40;

    /** A necessary condition for SECTION_END: the text starts like one of its alternatives. */
    private static boolean maySectionEnd(String text) {
        char first = text.charAt(0);
        return first >= 0x80 || first <= ' ' || (first >= '0' && first <= '9') || startsWithAny(text, SECTION_END_STARTS);
    }

    /** A necessary condition for NOISE: the text starts like an alternative or makes an appeal early on. */
    private static boolean mayBeNoise(String text) {
        char first = text.charAt(0);
        if (first >= 0x80 || first <= ' ' || (first >= '0' && first <= '9') || startsWithAny(text, NOISE_STARTS)) {
            return true;
        }
        int end = Math.min(text.length(), APPEAL_REACH + 8);
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) >= 0x80) {
                // case folding of non-ASCII letters ("ſ" is "s"): let the pattern decide
                return true;
            }
        }
        String head = text.substring(0, end).toLowerCase(Locale.ROOT);
        for (String appeal : NOISE_APPEALS) {
            int at = head.indexOf(appeal);
            if (at >= 0 && at <= APPEAL_REACH) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String text, String[] starts) {
        for (String s : starts) {
            if (text.regionMatches(true, 0, s, 0, s.length())) {
                return true;
            }
        }
        return false;
    }

    static boolean isProse(String text, List<String> words) {
        boolean ends = SENTENCE_END.matcher(text).find();
        if (isCjkHeavy(text)) {
            return ends && text.length() >= 25;
        }
        if (words.size() < 7 || headlineCased(words)) {
            return false;
        }
        double density = StopWords.density(words);
        if (ends) {
            return density >= 0.08 || words.size() >= 20;
        }
        // scrapers sometimes drop a paragraph's final full stop: a long line of running text is still prose
        return words.size() >= 25 && density >= 0.25;
    }

    /** Headline style: nearly every content word capitalised ("Putin Hints at Joint Military Drills"). */
    static boolean headlineCased(List<String> words) {
        int content = 0;
        int lower = 0;
        for (String w : words) {
            if (StopWords.isEnglish(w.toLowerCase(java.util.Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            content++;
            if (Character.isLowerCase(w.charAt(0))) {
                lower++;
            }
        }
        return content >= 4 && lower < 0.15 * content;
    }

    static boolean isCjkHeavy(String text) {
        int cjk = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HAN
                        || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                    cjk++;
                }
            }
        }
        return letters > 0 && cjk * 2 >= letters;
    }
}
