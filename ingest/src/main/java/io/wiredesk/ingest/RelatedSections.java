package io.wiredesk.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes the sections a page opens with a recommendation heading ("Similar items", "People who viewed this item also
 * viewed", "You may also like", "Related articles"): carousels of other products and stories, whatever their (often
 * generated) class names. A section is the largest element that starts with the heading, up to the article or main
 * region, holding no other heading of the same rank.
 */
final class RelatedSections {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Headings that say what follows whatever they go on with ("People who viewed this item also viewed"). */
    private static final Pattern OPENING = Pattern.compile("^(?:people who (?:viewed|bought|searched)"
            + "|customers (?:who|also) (?:viewed|bought)|(?:frequently|often) bought together"
            + "|you (?:may|might|will) (?:also )?(?:like|love|enjoy|be interested in)|you may also"
            + "|(?:(?:explore|shop|see|view|more) )?(?:related|recommended|sponsored|similar) (?:products|items"
            + "|listings|articles|posts|stories|searches|videos)"
            + "|more (?:from|by) (?:this|the) (?:seller|shop|store|brand|author)|(?:the )?seller'?s other items"
            + "|inspired by your browsing history)\\b[^.!?]{0,40}$", FLAGS);
    /** Short headings that are recommendations only on their own ("Related", not "Related party transactions"). */
    private static final Pattern WHOLE = Pattern.compile("^(?:related(?: content| reading)?|recommended(?: for you)?"
            + "|recently viewed(?: items| products)?|more like this|more to (?:explore|consider)|explore more"
            + "|shop similar|complete the look|(?:top )?picks for you|read (?:more|next|also)"
            + "|more (?:stories|articles|news)|most (?:read|popular|viewed)|trending(?: now)?|관련기사|관련 기사"
            + "|많이 본 뉴스)\\s*:?$", FLAGS);
    private static final int MAX_HEADING_CHARS = 80;
    /** A section holding more than this share of the page's text is not a side carousel. */
    private static final double MAX_SHARE = 0.8;

    private RelatedSections() {
    }

    /** Removes the sections that these headings (h1-h6 and role=heading elements, document order) open. */
    static boolean remove(Element body, List<Element> headings) {
        int total = -1;
        boolean removed = false;
        for (Element h : headings) {
            if (h.ownerDocument() == null) {
                continue;
            }
            String text = h.text();
            if (text.isEmpty() || text.length() > MAX_HEADING_CHARS
                    || !OPENING.matcher(text).matches() && !WHOLE.matcher(text).matches()) {
                continue;
            }
            if (total < 0) {
                total = body.text().length();
            }
            Element section = h;
            int level = level(h);
            for (Element p = h.parent(); p != null && p != body && isBlockOfHeading(p, text, total)
                    && !holdsOtherSection(p, section, level); p = p.parent()) {
                section = p;
            }
            section.remove();
            removed = true;
        }
        return removed;
    }

    /** A heading's level: 1-6 for h1-h6, aria-level (else 2) for role=heading. */
    private static int level(Element h) {
        String tag = h.normalName();
        if (BlockText.isHeading(tag)) {
            return tag.charAt(1) - '0';
        }
        String aria = h.attr("aria-level").trim();
        return aria.length() == 1 && Character.isDigit(aria.charAt(0)) ? aria.charAt(0) - '0' : 2;
    }

    /** Whether an element holds, beside the section so far, a heading of the same or higher rank (another section). */
    private static boolean holdsOtherSection(Element p, Element section, int level) {
        for (Element h : p.select("h1, h2, h3, h4, h5, h6, [role=heading]")) {
            if (level(h) <= level && !isInside(h, section)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether an ancestor is the heading's section: its text starts with the heading and it is not the page. */
    private static boolean isBlockOfHeading(Element p, String heading, int total) {
        String tag = p.normalName();
        if (tag.equals("article") || tag.equals("main") || tag.equals("body")) {
            return false;
        }
        String text = p.text();
        return text.startsWith(heading) && text.length() <= total * MAX_SHARE;
    }
}
