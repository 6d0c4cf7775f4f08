package io.wiredesk.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Publication date of an HTML page when its metadata states none: a full date in the URL path, then the text of
 * elements marked as dates ("post-date", "entry-meta", "datum", bylines), then the dates written in the page's visible
 * text. Dates after the reference day (the page cannot be published later than it was received) are ignored, and so
 * are dates next to words meaning "updated" when another date is found.
 */
final class PageDates {
    private static final Pattern DATE_MARKED = Pattern.compile(
            "date|datum|time|zeit|publish|posted|pubdate|byline|entry-meta|post-meta|article-meta|meta-info|postmeta|dateline"
                    + "|fecha|data|created|info");
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)(updated?|modified|aktualisiert|geändert|mis à jour|actualizado|last edited|zuletzt)\\W{0,3}$");
    private static final int UPDATED_REACH = 25;
    private static final int MAX_MARKED_TEXT = 200;
    private static final int MAX_MARKED_ELEMENTS = 150;
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private PageDates() {
    }

    static Optional<FoundDate> fromUrl(String url, LocalDate reference) {
        return TextDates.fromUrl(url).filter(d -> plausible(d, reference)).map(d -> FoundDate.of(d, "url"));
    }

    /** A date in the text of an element whose class or id marks it as a date or byline. */
    static Optional<FoundDate> fromMarkedElements(Document doc, LocalDate reference) {
        int seen = 0;
        for (Element e : doc.body() == null ? List.<Element>of() : doc.body().getAllElements()) {
            String marks = (e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (marks.isBlank() || !DATE_MARKED.matcher(marks).find() || marks.contains("update") || marks.contains("modif")) {
                continue;
            }
            if (++seen > MAX_MARKED_ELEMENTS) {
                break;
            }
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_MARKED_TEXT) {
                continue;
            }
            Optional<FoundDate> d = firstPublished(text, reference, "text");
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The date written most often in the visible text, the earliest-written one on a tie. */
    static Optional<FoundDate> fromVisibleText(Document doc, LocalDate reference) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        Map<LocalDate, Integer> counts = new HashMap<>();
        LocalDate best = null;
        for (TextDates.Located found : TextDates.findAll(doc.body().text())) {
            TextDates.DateValue v = found.value();
            if (!plausible(v.date(), reference)) {
                continue;
            }
            int n = counts.merge(v.date(), 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = v.date();
            }
        }
        return Optional.ofNullable(best).map(d -> FoundDate.of(d, "text"));
    }

    private static Optional<FoundDate> firstPublished(String text, LocalDate reference, String source) {
        TextDates.DateValue fallback = null;
        for (TextDates.Located found : TextDates.findAll(text)) {
            TextDates.DateValue v = found.value();
            if (!plausible(v.date(), reference)) {
                continue;
            }
            if (fallback == null) {
                fallback = v;
            }
            if (!afterUpdatedWord(text, found.start())) {
                return Optional.of(v.toFound(source));
            }
        }
        return Optional.ofNullable(fallback).map(v -> v.toFound(source));
    }

    private static boolean afterUpdatedWord(String text, int dateStart) {
        return UPDATED.matcher(text.substring(Math.max(0, dateStart - UPDATED_REACH), dateStart)).find();
    }

    static boolean plausible(LocalDate d, LocalDate reference) {
        return !d.isBefore(EARLIEST) && (reference == null || !d.isAfter(reference));
    }
}
