package io.wiredesk.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements the metadata and date steps read, collected in one walk of the page, in document order (each jsoup
 * {@code select} is a walk of its own, and those steps would make eight of them).
 */
final class PageElements {
    /** schema.org datePublished / dateCreated as microdata ({@code itemprop}) or RDFa ({@code property$=}). */
    final List<Element> schemaDates = new ArrayList<>();
    /** {@code meta} elements. */
    final List<Element> metaTags = new ArrayList<>();
    /** {@code script[type=application/ld+json]}. */
    final List<Element> jsonLdScripts = new ArrayList<>();
    /** {@code time[pubdate], time[datetime]}. */
    final List<Element> timeElements = new ArrayList<>();
    /** Elements of the body (the body included) that have attributes. */
    final List<Element> bodyElementsWithAttributes = new ArrayList<>();
    /** The body's first {@code h1}, or null. */
    Element headline;

    private PageElements() {
    }

    static PageElements of(Document doc) {
        PageElements out = new PageElements();
        Element body = doc.body();
        NodeTraversor.traverse(new NodeVisitor() {
            private int bodyDepth = -1;

            @Override
            public void head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                if (e == body) {
                    bodyDepth = depth;
                }
                boolean inBody = bodyDepth >= 0;
                String tag = e.normalName();
                if (inBody && out.headline == null && tag.equals("h1")) {
                    out.headline = e;
                }
                if (e.attributesSize() == 0) {
                    return;
                }
                if (inBody) {
                    out.bodyElementsWithAttributes.add(e);
                }
                if (isSchemaDate(e)) {
                    out.schemaDates.add(e);
                }
                switch (tag) {
                    case "meta" -> out.metaTags.add(e);
                    case "script" -> {
                        if (JsonLd.isJsonLd(e)) {
                            out.jsonLdScripts.add(e);
                        }
                    }
                    case "time" -> {
                        if (e.hasAttr("pubdate") || e.hasAttr("datetime")) {
                            out.timeElements.add(e);
                        }
                    }
                    default -> {
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == body) {
                    bodyDepth = -1;
                }
            }
        }, doc);
        return out;
    }

    private static boolean isSchemaDate(Element e) {
        String itemprop = e.attr("itemprop").trim();
        if (itemprop.equalsIgnoreCase("datePublished") || itemprop.equalsIgnoreCase("dateCreated")) {
            return true;
        }
        String property = e.attr("property").toLowerCase(Locale.ROOT);
        return property.endsWith("datepublished") || property.endsWith("datecreated");
    }
}
