package io.wiredesk.bench.dedupe.sim;

import io.wiredesk.bench.dedupe.sim.PublisherTemplates.Publisher;
import java.util.List;

/**
 * Lays a republished article out as its site does: a whole HTML page (masthead, menu, headline, time, byline,
 * paragraphs with ad slots, related links, footer) or the same page as a scraper's text.
 */
final class PageRenderer {
    /** Marks an ad slot between two paragraphs in {@link CopyDraft#paragraphs()}. */
    static final String AD = "\u0000ad";

    private PageRenderer() {
    }

    /** What goes on the page, already edited. */
    record CopyDraft(String pageTitle, String headline, String timestamp, String isoTime, String byline, List<String> paragraphs,
                     List<String> footerLines, List<String> relatedTitles, List<String> relatedUrls) {
    }

    static String render(Publisher p, CopyDraft d) {
        return p.html() ? html(p, d) : text(p, d);
    }

    private static String html(Publisher p, CopyDraft d) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(d.pageTitle())).append("</title>\n");
        b.append("<meta property=\"og:title\" content=\"").append(esc(d.headline())).append("\">\n");
        b.append("<meta property=\"og:site_name\" content=\"").append(esc(p.name())).append("\">\n");
        b.append("<meta property=\"article:published_time\" content=\"").append(d.isoTime()).append("\">\n");
        b.append("</head><body>\n<header class=\"site-header\"><div class=\"logo\">").append(esc(p.header().get(0))).append("</div>\n<nav><ul>");
        for (String item : p.header().subList(1, p.header().size())) {
            b.append("<li><a href=\"/").append(slug(item)).append("\">").append(esc(item)).append("</a></li>");
        }
        b.append("</ul></nav></header>\n<main><article>\n<h1>").append(esc(d.headline())).append("</h1>\n");
        b.append("<div class=\"meta\"><time datetime=\"").append(d.isoTime()).append("\">").append(esc(d.timestamp())).append("</time>");
        if (d.byline() != null) {
            b.append(" <span class=\"byline\">").append(esc(d.byline())).append("</span>");
        }
        b.append("</div>\n<div class=\"article-body\">\n");
        for (String para : d.paragraphs()) {
            if (para.equals(AD)) {
                b.append("<div class=\"ad-slot\"><span>Advertisement</span></div>\n");
            } else {
                b.append("<p>").append(esc(para)).append("</p>\n");
            }
        }
        for (String line : d.footerLines()) {
            b.append("<p class=\"credit\">").append(esc(line)).append("</p>\n");
        }
        b.append("</div>\n<div class=\"share\">Share: <a href=\"#\">Facebook</a> <a href=\"#\">X</a> <a href=\"#\">Email</a></div>\n</article>\n");
        b.append("<aside class=\"related\"><h3>").append(esc(p.related())).append("</h3><ul>\n");
        for (int i = 0; i < d.relatedTitles().size(); i++) {
            b.append("<li><a href=\"").append(esc(d.relatedUrls().get(i))).append("\">").append(esc(d.relatedTitles().get(i))).append("</a></li>\n");
        }
        b.append("</ul></aside></main>\n<footer>");
        for (String line : p.footer()) {
            b.append("<p>").append(esc(line)).append("</p>");
        }
        b.append("</footer>\n</body></html>\n");
        return b.toString();
    }

    private static String text(Publisher p, CopyDraft d) {
        StringBuilder b = new StringBuilder(2048);
        for (String line : p.header()) {
            b.append(line).append('\n');
        }
        b.append('\n').append(d.headline()).append("\n\n").append(d.timestamp()).append('\n');
        if (d.byline() != null) {
            b.append(d.byline()).append('\n');
        }
        b.append('\n');
        for (String para : d.paragraphs()) {
            b.append(para.equals(AD) ? "ADVERTISEMENT" : para).append("\n\n");
        }
        for (String line : d.footerLines()) {
            b.append(line).append("\n\n");
        }
        b.append("Share this article: Facebook | X | Email | Copy link\n\n").append(p.related()).append('\n');
        for (String t : d.relatedTitles()) {
            b.append(t).append('\n');
        }
        b.append('\n');
        for (String line : p.footer()) {
            b.append(line).append('\n');
        }
        return b.toString();
    }

    static String slug(String s) {
        String slug = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
