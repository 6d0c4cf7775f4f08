package io.wiredesk.ingest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
    /** Elements whose blocks are wanted separately: where their blocks start and end in {@link #blocks}. */
    private final Map<Element, int[]> ranges = new IdentityHashMap<>();

    private BlockText() {
    }

    /** The blocks of a page, and those of some elements under it. */
    record Split(List<Block> whole, List<Block> parts) {
    }

    /**
     * {@code of(List.of(page))} and {@code of(parts)} from one walk: a block element outside links starts and ends
     * with a fresh block, so its blocks are the same within the page as on their own. Parts that are not such
     * elements are walked again on their own.
     */
    static Split of(Element page, List<Element> parts) {
        BlockText b = new BlockText();
        for (Element part : parts) {
            b.ranges.put(part, new int[] {-1, -1});
        }
        b.walk(page, false);
        b.flush();
        List<Block> out = new ArrayList<>();
        for (Element part : parts) {
            int[] range = b.ranges.get(part);
            if (range[0] < 0 || range[1] < 0) {
                return new Split(b.blocks, of(parts));
            }
            out.addAll(b.blocks.subList(range[0], range[1]));
        }
        return new Split(b.blocks, out);
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
        int[] range = block && !inLink && !ranges.isEmpty() ? ranges.get(e) : null;
        if (range != null) {
            range[0] = blocks.size();
        }
        if (isHeading(tag)) {
            heading = true;
        }
        boolean link = inLink || tag.equals("a");
        for (int i = 0; i < e.childNodeSize(); i++) {
            walk(e.childNode(i), link);
        }
        if (block) {
            flush();
        }
        if (range != null) {
            range[1] = blocks.size();
        }
    }

    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    private void flush() {
        String raw = current.toString();
        String text = TextScan.collapse(raw);
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
