package io.wiredesk.ingest;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title, publication date, byline and declared language of an HTML page, from its metadata and markup. */
final class HtmlMetadata {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·»«/]\\s+|\\s*::\\s*|\\s*\\|\\s*");

    private HtmlMetadata() {
    }

    static String title(Document doc, Optional<JsonLd> ld, MetaTags meta) {
        String site = meta.get("og:site_name");
        String host = host(doc.location());
        for (String candidate : new String[] {meta.get("og:title"), ld.map(JsonLd::headline).orElse(null),
                meta.get("twitter:title")}) {
            if (candidate != null) {
                return withoutSiteName(candidate, site, host);
            }
        }
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        String title = doc.title();
        return title.isBlank() ? null : withoutSiteName(title, site, host);
    }

    /** "Yoon talks with Rutte | The Korea Herald" -> "Yoon talks with Rutte" when the part names the site. */
    static String withoutSiteName(String title, String siteName, String host) {
        String[] parts = TITLE_SEPARATOR.split(title.trim());
        if (parts.length < 2) {
            return title.trim();
        }
        int from = 0;
        int to = parts.length;
        if (namesSite(parts[to - 1], siteName, host)) {
            to--;
        } else if (namesSite(parts[0], siteName, host)) {
            from++;
        }
        if (from == 0 && to == parts.length) {
            return title.trim();
        }
        // keep the original separators inside the remaining span
        String first = parts[from];
        String last = parts[to - 1];
        int start = title.indexOf(first);
        int end = title.lastIndexOf(last) + last.length();
        return start >= 0 && end > start ? title.substring(start, end).trim() : title.trim();
    }

    private static boolean namesSite(String part, String siteName, String host) {
        String p = condensed(part);
        if (p.isEmpty()) {
            return false;
        }
        if (siteName != null && p.equals(condensed(siteName))) {
            return true;
        }
        if (host == null || p.length() < 3) {
            return false;
        }
        String h = condensed(host.replaceFirst("^www\\.", "").replaceFirst("\\.[a-z]{2,3}(\\.[a-z]{2})?$", ""));
        return h.length() >= 3 && (h.contains(p) || p.contains(h));
    }

    private static String condensed(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "").replaceFirst("^the", "");
    }

    static String byline(Document doc, Optional<JsonLd> ld, MetaTags meta) {
        String author = meta.get("author");
        if (author == null || author.startsWith("http")) {
            author = meta.get("article:author");
        }
        if (author != null && !author.startsWith("http")) {
            return author;
        }
        if (ld.isPresent() && !ld.get().authors().isEmpty()) {
            return String.join(", ", ld.get().authors());
        }
        Element e = firstAuthorElement(doc);
        if (e != null && !e.text().isBlank() && e.text().length() < 100) {
            String t = e.text();
            return Bylines.fromByLine(t).or(() -> Bylines.clean(t)).orElse(null);
        }
        return null;
    }

    /**
     * The first element matching {@code [rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .byline,
     * .author}, found in one pass (the five-way selector costs a full traversal with every test on every element).
     */
    static Element firstAuthorElement(Document doc) {
        return doc.stream().filter(HtmlMetadata::isAuthorElement).findFirst().orElse(null);
    }

    private static boolean isAuthorElement(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String itemprop = e.attr("itemprop");
        if (attrIs(e.attr("rel"), "author") || attrIs(itemprop, "author")) {
            return true;
        }
        String className = e.className();
        if (mayHoldClass(className, "byline") && e.hasClass("byline") || mayHoldClass(className, "author") && e.hasClass("author")) {
            return true;
        }
        if (attrIs(itemprop, "name")) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (attrIs(p.attr("itemprop"), "author")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The attribute's value (empty when absent) is this one, ignoring case and surrounding white space. */
    private static boolean attrIs(String attributeValue, String value) {
        return attributeValue.length() >= value.length() && attributeValue.trim().equalsIgnoreCase(value);
    }

    /** A cheap necessary condition for {@code hasClass(name)}: the class attribute holds the name, ignoring case. */
    private static boolean mayHoldClass(String className, String name) {
        for (int i = 0; i + name.length() <= className.length(); i++) {
            if (className.regionMatches(true, i, name, 0, name.length())) {
                return true;
            }
        }
        return false;
    }

    static String language(Document doc, Optional<JsonLd> ld, MetaTags meta) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? null : LanguageGuess.primaryTag(html.attr("lang"));
        if (lang == null) {
            Element http = doc.selectFirst("meta[http-equiv~=(?i)content-language]");
            lang = http == null ? null : LanguageGuess.primaryTag(http.attr("content"));
        }
        if (lang == null) {
            lang = LanguageGuess.primaryTag(ld.map(JsonLd::inLanguage).orElse(null));
        }
        return lang == null ? LanguageGuess.primaryTag(meta.get("og:locale")) : lang;
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return URI.create(url.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
