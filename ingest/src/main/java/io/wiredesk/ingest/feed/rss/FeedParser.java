package io.wiredesk.ingest.feed.rss;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the items of an RSS 2.0 / RSS 1.0 ({@code <item>}) or Atom ({@code <entry>}) feed with jsoup's
 * XML parser, which tolerates the broken markup real feeds carry. Links are resolved against the feed
 * URL; items without a usable http(s) link are skipped.
 */
public final class FeedParser {
    private FeedParser() {
    }

    public static List<FeedItem> parse(String xml, URI feedUrl) {
        Document doc = Jsoup.parse(xml, feedUrl.toString(), Parser.xmlParser());
        List<FeedItem> items = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            FeedItem item = tag.equals("item") ? rssItem(e, feedUrl) : tag.equals("entry") ? atomEntry(e, feedUrl) : null;
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    private static FeedItem rssItem(Element item, URI base) {
        String link = resolve(base, child(item, "link"));
        if (link == null) {
            link = resolve(base, item.attr("rdf:about"));
        }
        String guid = child(item, "guid");
        String date = firstNonBlank(child(item, "pubDate"), child(item, "dc:date"));
        return item(guid, child(item, "title"), link, date);
    }

    private static FeedItem atomEntry(Element entry, URI base) {
        String link = null;
        for (Element l : entry.children()) {
            if (l.tagName().equalsIgnoreCase("link") && (l.attr("rel").isEmpty() || l.attr("rel").equals("alternate"))) {
                link = resolve(base, l.attr("href"));
                break;
            }
        }
        return item(child(entry, "id"), child(entry, "title"), link, firstNonBlank(child(entry, "published"), child(entry, "updated")));
    }

    private static FeedItem item(String id, String title, String link, String date) {
        if (link == null) {
            return null;
        }
        return new FeedItem(id == null || id.isBlank() ? link : id.trim(), title == null ? null : title.trim(), link, isoDate(date));
    }

    /** RFC 822 dates of RSS ("Mon, 21 Oct 2024 08:00:00 +0900") become ISO; ISO dates stay as they are. */
    static String isoDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        String d = date.trim();
        try {
            return OffsetDateTime.parse(d).toString();
        } catch (DateTimeParseException notIso) {
            // try RFC 822 next
        }
        try {
            return ZonedDateTime.parse(d.replaceAll("\\s+", " "), DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (DateTimeParseException notRfc) {
            return d;
        }
    }

    private static String child(Element parent, String tag) {
        for (Element c : parent.children()) {
            if (c.tagName().equalsIgnoreCase(tag)) {
                String text = c.text();
                return text.isBlank() ? null : text.trim();
            }
        }
        return null;
    }

    private static String resolve(URI base, String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI u = base.resolve(href.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
