package io.wiredesk.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Publication date of an HTML page, asked in this order: a full date in the URL path; schema.org microdata or RDFa on
 * the page's elements; the date a reader sees right under the headline; meta tags; the article's JSON-LD, then any
 * JSON-LD block; {@code <time>} elements; the text of elements marked as dates ("post-date", "entry-meta", "datum",
 * bylines); the dates written in the page's visible text. The visible byline comes before the metadata because
 * metadata timestamps are often modification times or UTC times that fall on another day than the one the page
 * shows (measured on the htmldate set: byline 95% right where present, JSON-LD 92%, meta tags 93%).
 * Dates after the reference day (the page cannot be published later than it was received) are ignored, and so are
 * dates next to words meaning "updated" when another date is found.
 */
final class PageDates {
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "publish_date",
            "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date", "sailthru.date",
            "parsely-pub-date", "article.published", "article_date_original", "originalpublicationdate",
            "cxenseparse:recs:publishtime", "release_date", "citation_publication_date", "datecreated");
    private static final Pattern LD_DATE = Pattern.compile("\"date(?:Published|Created)\"\\s*:\\s*\"([^\"]{8,40})\"");
    private static final Pattern DATE_MARKED = Pattern.compile(
            "date|datum|time|zeit|publish|posted|pubdate|byline|entry-meta|post-meta|article-meta|meta-info|postmeta|dateline"
                    + "|fecha|data|created|info");
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)(updated?|modified|aktualisiert|geändert|mis à jour|actualizado|last edited|zuletzt|edited|revision"
                    + "|aktuelle zeit|current time|registriert|joined|member since|mitglied seit|dabei seit)\\W{0,3}(on|am|le)?\\W{0,3}$");
    private static final int UPDATED_REACH = 25;
    private static final int MIN_HEADLINE = 12;
    private static final int AFTER_HEADLINE = 250;
    private static final int BEFORE_HEADLINE = 150;
    private static final int MAX_MARKED_TEXT = 200;
    private static final int MAX_MARKED_ELEMENTS = 150;
    private static final int MARKS_A_DATE = 1;
    private static final int MARKS_AN_UPDATE = 2;
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private PageDates() {
    }

    /** The page's publication date; {@code elements}, {@code meta} and {@code ld} as the metadata steps read them. */
    static Optional<FoundDate> published(Document doc, PageElements elements, MetaTags meta, Optional<JsonLd> ld, String url,
            LocalDate reference) {
        Page page = new Page(doc, elements);
        return fromUrl(url, reference)
                .or(() -> fromMarkup(page))
                .or(() -> nearHeadline(page, reference))
                .or(() -> fromMetaTags(meta))
                .or(() -> ld.flatMap(l -> FoundDate.parseIso(l.datePublished(), "json-ld")))
                .or(() -> fromAnyJsonLd(page))
                .or(() -> fromTimeElements(page))
                .or(() -> fromMarkedElements(page, reference))
                .or(() -> fromVisibleText(page, reference));
    }

    /** What the steps read of the page: its elements, walked at most once, and its body text, built once if asked. */
    private static final class Page {
        private final Document doc;
        private PageElements elements;
        private String bodyText;

        Page(Document doc) {
            this(doc, null);
        }

        Page(Document doc, PageElements elements) {
            this.doc = doc;
            this.elements = elements;
        }

        PageElements elements() {
            if (elements == null) {
                elements = PageElements.of(doc);
            }
            return elements;
        }

        String bodyText() {
            if (bodyText == null) {
                bodyText = doc.body() == null ? "" : doc.body().text();
            }
            return bodyText;
        }
    }

    /** The first of {@link #DATE_META} (in that order of preference) that the page's meta tags state. */
    private static Optional<FoundDate> fromMetaTags(MetaTags meta) {
        for (String name : DATE_META) {
            Optional<FoundDate> d = FoundDate.parseIso(meta.get(name), "meta");
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<FoundDate> fromMarkup(Page page) {
        for (Element e : page.elements().schemaDates) {
            String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            Optional<FoundDate> d = FoundDate.parseIso(value, "meta");
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** A publication date in a JSON-LD block that is not an article (HowTo, WebPage, Recipe ...) or not valid JSON. */
    private static Optional<FoundDate> fromAnyJsonLd(Page page) {
        for (Element script : page.elements().jsonLdScripts) {
            Matcher m = LD_DATE.matcher(script.data());
            if (m.find()) {
                Optional<FoundDate> d = FoundDate.parseIso(m.group(1), "json-ld");
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<FoundDate> fromTimeElements(Page page) {
        for (Element time : page.elements().timeElements) {
            Optional<FoundDate> d = FoundDate.parseIso(time.attr("datetime"), "time-tag");
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    static Optional<FoundDate> fromUrl(String url, LocalDate reference) {
        return TextDates.fromUrl(url).filter(d -> plausible(d, reference)).map(d -> FoundDate.of(d, "url"));
    }

    /** A date in the text of an element whose class or id marks it as a date or byline. */
    static Optional<FoundDate> fromMarkedElements(Document doc, LocalDate reference) {
        return fromMarkedElements(new Page(doc), reference);
    }

    private static Optional<FoundDate> fromMarkedElements(Page page, LocalDate reference) {
        Map<String, Integer> marksByValue = new HashMap<>();
        int seen = 0;
        for (Element e : page.elements().bodyElementsWithAttributes) {
            int marks = marks(marksByValue, e.className()) | marks(marksByValue, e.id()) | marks(marksByValue, e.attr("itemprop"));
            if (marks != MARKS_A_DATE) {
                continue;
            }
            if (++seen > MAX_MARKED_ELEMENTS) {
                break;
            }
            if (longerThan(e, MAX_MARKED_TEXT)) {
                continue;
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

    /**
     * What a class, id or itemprop value says: {@link #MARKS_A_DATE} when it names a date or byline,
     * {@link #MARKS_AN_UPDATE} when it names a modification (which vetoes the element), remembered per value.
     */
    private static int marks(Map<String, Integer> known, String value) {
        if (value.isEmpty()) {
            return 0;
        }
        return known.computeIfAbsent(value, v -> {
            String lower = v.toLowerCase(Locale.ROOT);
            return (DATE_MARKED.matcher(lower).find() ? MARKS_A_DATE : 0)
                    | (lower.contains("update") || lower.contains("modif") ? MARKS_AN_UPDATE : 0);
        });
    }

    /**
     * Whether the element's text has more than {@code limit} characters other than white space (then its
     * normalised text is longer than that too), counted without building it and stopping at the limit.
     */
    private static boolean longerThan(Element e, int limit) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && count[0] <= limit; i++) {
                        if (!Character.isWhitespace(s.charAt(i))) {
                            count[0]++;
                        }
                    }
                }
                return count[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > limit;
    }

    /**
     * The first date written right after the page's headline (where bylines put it: "By X | 30 septembre 2018"), else
     * the last one right before it (kickers, breadcrumbs with a date).
     */
    static Optional<FoundDate> nearHeadline(Document doc, LocalDate reference) {
        return nearHeadline(new Page(doc), reference);
    }

    private static Optional<FoundDate> nearHeadline(Page page, LocalDate reference) {
        Element h1 = page.elements().headline;
        String headline = h1 == null ? "" : h1.text();
        if (headline.length() < MIN_HEADLINE) {
            return Optional.empty();
        }
        String text = page.bodyText();
        int at = text.indexOf(headline);
        if (at < 0) {
            return Optional.empty();
        }
        int end = at + headline.length();
        Optional<FoundDate> after = firstPublished(text.substring(end, Math.min(text.length(), end + AFTER_HEADLINE)),
                reference, "text");
        if (after.isPresent()) {
            return after;
        }
        String before = text.substring(Math.max(0, at - BEFORE_HEADLINE), at);
        TextDates.DateValue last = null;
        for (TextDates.Located found : TextDates.findAll(before)) {
            if (plausible(found.value().date(), reference) && !afterUpdatedWord(before, found.start())) {
                last = found.value();
            }
        }
        return Optional.ofNullable(last).map(v -> v.toFound("text"));
    }

    /** The date written most often in the visible text, the earliest-written one on a tie. */
    static Optional<FoundDate> fromVisibleText(Document doc, LocalDate reference) {
        return fromVisibleText(new Page(doc), reference);
    }

    private static Optional<FoundDate> fromVisibleText(Page page, LocalDate reference) {
        Map<LocalDate, Integer> counts = new HashMap<>();
        LocalDate best = null;
        String text = page.bodyText();
        for (TextDates.Located found : TextDates.findAll(text)) {
            TextDates.DateValue v = found.value();
            if (!plausible(v.date(), reference) || afterUpdatedWord(text, found.start())) {
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
