package io.wiredesk.ingest;

import io.wiredesk.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The text of an element as paragraphs: one per block element (p, heading, list item, quote, cell...). */
final class BlockText {
    /** One paragraph, with how much of its text sits inside links. */
    record Block(String text, int linkChars, boolean heading) {
        double linkDensity() {
            return text.isEmpty() ? 0 : (double) linkChars / text.length();
        }
    }

    static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "tbody",
            "thead", "figure", "figcaption", "address", "hr", "br", "center", "details", "summary", "caption");

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private boolean heading;

    private BlockText() {
    }

    static List<Block> of(List<Element> roots) {
        BlockText b = new BlockText();
        for (Element root : roots) {
            b.walk(root, false);
            b.flush();
        }
        return b.blocks;
    }

    private void walk(Node node, boolean inLink) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText();
            int before = current.length();
            current.append(text);
            if (inLink) {
                linkChars += current.length() - before;
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        boolean block = BLOCK_TAGS.contains(tag);
        if (block) {
            flush();
        }
        if (tag.matches("h[1-6]")) {
            heading = true;
        }
        boolean link = inLink || tag.equals("a");
        for (Node child : e.childNodes()) {
            walk(child, link);
        }
        if (block) {
            flush();
        }
    }

    private void flush() {
        String raw = current.toString();
        String text = TextNormalizer.collapseWhitespace(raw);
        if (!text.isEmpty()) {
            // link characters were counted before whitespace collapsing: scale to the collapsed length
            int links = raw.isEmpty() ? 0 : (int) Math.round((double) linkChars * text.length() / raw.length());
            blocks.add(new Block(text, Math.min(links, text.length()), heading));
        }
        current.setLength(0);
        linkChars = 0;
        heading = false;
    }
}
