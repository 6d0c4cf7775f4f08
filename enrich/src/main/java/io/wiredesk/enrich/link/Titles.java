package io.wiredesk.enrich.link;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Titles written before a name ("President Yoon", "Secretary General Rutte", "Foreign Secretary David Lammy"). */
public final class Titles {
    private static final String TITLE = "(?:Vice President|President|Prime Minister|Premier|Chancellor|Secretary[- ]General"
            + "|Foreign Secretary|Foreign Minister|Defen[cs]e Minister|Defen[cs]e Secretary|Minister|Secretary|Mr\\.?|Mrs\\.?"
            + "|Ms\\.?|Dr\\.?|King|Queen|Crown Prince|Chairman|Chairwoman|Chair|Leader|Senator|Governor|Ambassador|General"
            + "|Gen\\.|Envoy|Adviser|Advisor|Speaker|Pope|Director|Commissioner|Spokesperson|Spokesman|Spokeswoman)";
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])" + TITLE + " $");
    private static final Pattern BEFORE_ANY_CASE = Pattern.compile("(?<![\\p{L}\\p{N}])" + TITLE + " $", Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BACK = 40;

    private Titles() {
    }

    /** Start of a title that ends right before {@code pos} in {@code text}, or -1. */
    public static int titleStartBefore(String text, int pos, boolean anyCase) {
        int from = Math.max(0, pos - LOOK_BACK);
        Matcher m = (anyCase ? BEFORE_ANY_CASE : BEFORE).matcher(text.substring(from, pos));
        return m.find() ? from + m.start() : -1;
    }
}
