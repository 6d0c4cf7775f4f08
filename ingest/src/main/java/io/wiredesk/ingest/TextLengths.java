package io.wiredesk.ingest;

import java.util.function.Predicate;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * {@code e.text().length()} and the text length inside links of every element under a root, all from ONE walk of
 * the root: calling {@code text()} on containers and then on their children walks the same nodes again and again
 * (quadratic on deep pages) and builds strings only to measure them.
 * <p>
 * The walk replays jsoup's own text accumulation (white space normalised, separators around block elements and
 * {@code <br>}, {@code <pre>} kept verbatim) over the root, counting characters instead of keeping them. An element's
 * {@code text()} is the trimmed run its subtree produces: the characters between the first and the last one above
 * U+0020 it emits in the root's run (text before the first such character only differs in spaces, which the trim
 * drops, and from it on both runs are the same). Valid while the measured subtrees are not changed.
 */
final class TextLengths {
    private final Predicate<Element> kept;
    /** Open-addressing identity table: element, its text length, its text length inside links. */
    private Element[] keys = new Element[1024];
    private int[] lengths = new int[1024];
    private int[] linkLengths = new int[1024];
    private int size;

    private TextLengths(Predicate<Element> kept) {
        this.kept = kept;
    }

    /** The lengths of every element under the root (the root included). */
    static TextLengths of(Element root) {
        return of(root, e -> true);
    }

    /** The lengths of the elements under the root that {@code kept} accepts (others are measured on demand). */
    static TextLengths of(Element root, Predicate<Element> kept) {
        TextLengths t = new TextLengths(kept);
        NodeTraversor.traverse(t.new Walk(), root);
        return t;
    }

    /** {@code e.text().length()}, for e under the root when measured (measured then on demand). */
    int length(Element e) {
        int slot = slot(e);
        if (keys[slot] == null) {
            int length = e.text().length();
            int links = 0;
            for (Element a : e.getElementsByTag("a")) {
                links += a == e ? length : length(a);
            }
            put(e, length, links);
            return length;
        }
        return lengths[slot];
    }

    /** Share of the element's text inside links (nested links counted for each link holding them), at most 1. */
    double linkDensity(Element e) {
        int total = length(e);
        if (total == 0) {
            return 0;
        }
        return Math.min(1, (double) linkLengths[slot(e)] / total);
    }

    private int slot(Element e) {
        int mask = keys.length - 1;
        int i = (System.identityHashCode(e) * 0x9E3779B9) & mask;
        while (keys[i] != null && keys[i] != e) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void put(Element e, int length, int links) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int slot = slot(e);
        if (keys[slot] == null) {
            size++;
        }
        keys[slot] = e;
        lengths[slot] = length;
        linkLengths[slot] = links;
    }

    private void grow() {
        Element[] oldKeys = keys;
        int[] oldLengths = lengths;
        int[] oldLinks = linkLengths;
        keys = new Element[oldKeys.length * 2];
        lengths = new int[keys.length];
        linkLengths = new int[keys.length];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldLengths[i], oldLinks[i]);
            }
        }
    }

    private final class Walk implements NodeVisitor {
        private int emitted;
        private boolean lastSpace;
        /** End (exclusive) of the last character above U+0020 emitted. */
        private int hardEnd;
        /** Open elements: where each one's first character above U+0020 was emitted (-1: none yet), link sums. */
        private int[] first = new int[64];
        private int[] links = new int[64];
        private int depth;
        /** Open elements from this depth on have had no character above U+0020 yet. */
        private int pendingFrom;

        @Override
        public void head(Node node, int d) {
            if (node instanceof TextNode t) {
                text(t);
            } else if (node instanceof Element e) {
                if (emitted > 0 && needsLeadingSeparator(e) && !lastSpace) {
                    emit(' ');
                }
                if (depth == first.length) {
                    first = java.util.Arrays.copyOf(first, depth * 2);
                    links = java.util.Arrays.copyOf(links, depth * 2);
                }
                first[depth] = -1;
                links[depth] = 0;
                depth++;
            }
        }

        @Override
        public void tail(Node node, int d) {
            if (!(node instanceof Element e)) {
                return;
            }
            Node next = e.nextSibling();
            if (needsTrailingSeparator(e) && (next instanceof TextNode || next instanceof Element n && n.tag().isInline())
                    && !lastSpace) {
                emit(' ');
            }
            depth--;
            if (pendingFrom > depth) {
                pendingFrom = depth;
            }
            int length = first[depth] < 0 ? 0 : hardEnd - first[depth];
            int linkSum = links[depth] + (e.normalName().equals("a") ? length : 0);
            if (kept.test(e)) {
                put(e, length, linkSum);
            }
            if (depth > 0) {
                links[depth - 1] += linkSum;
            }
        }

        private void text(TextNode t) {
            String s = t.getWholeText();
            if (t instanceof CDataNode || preservesWhitespace(t.parent())) {
                for (int i = 0; i < s.length(); i++) {
                    emit(s.charAt(i));
                }
                return;
            }
            // StringUtil.appendNormalisedWhitespace(accum, s, stripLeading = last char is a space), counted; it works
            // on code points, but a surrogate is neither white space nor invisible, so char by char gives the same
            boolean stripLeading = lastSpace;
            boolean lastWasWhite = false;
            boolean reachedNonWhite = false;
            int n = emitted;
            boolean space = lastSpace;
            int hard = hardEnd;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                    if ((stripLeading && !reachedNonWhite) || lastWasWhite) {
                        continue;
                    }
                    n++;
                    space = true;
                    lastWasWhite = true;
                } else if (c != 8203 && c != 173) {
                    n++;
                    space = false;
                    if (c > ' ') {
                        hard = n;
                        if (pendingFrom < depth) {
                            firstCharAt(n - 1);
                        }
                    }
                    lastWasWhite = false;
                    reachedNonWhite = true;
                }
            }
            emitted = n;
            lastSpace = space;
            hardEnd = hard;
        }

        private void emit(char c) {
            emitted++;
            lastSpace = c == ' ';
            if (c > ' ') {
                hardEnd = emitted;
                firstCharAt(emitted - 1);
            }
        }

        /** A character above U+0020 at this position: the first one of every open element still waiting for one. */
        private void firstCharAt(int position) {
            for (int i = pendingFrom; i < depth; i++) {
                first[i] = position;
            }
            pendingFrom = depth;
        }
    }

    /** jsoup's Element.TextAccumulator: blocks, {@code <br>} and non-empty text-boundary elements start a new run. */
    private static boolean needsLeadingSeparator(Element e) {
        return e.isBlock() || e.normalName().equals("br")
                || e.tag().is(Tag.TextBoundary) && e.childNodeSize() > 0 && e.hasText();
    }

    private static boolean needsTrailingSeparator(Element e) {
        if (e.tag().is(Tag.TextBoundary) || !e.tag().isInline()) {
            return true;
        }
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element c && c.isBlock()) {
                return true;
            }
        }
        return false;
    }

    /** jsoup's Element.preserveWhitespace: the element or one of its 5 nearest ancestors keeps white space. */
    private static boolean preservesWhitespace(Element e) {
        for (int i = 0; e != null && i < 6; i++, e = e.parent()) {
            if (e.tag().preserveWhitespace()) {
                return true;
            }
        }
        return false;
    }
}
