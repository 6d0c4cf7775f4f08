package io.wiredesk.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/** Removes page furniture from a parsed page: scripts, navigation, share bars, related links, comments, ads. */
final class HtmlBoilerplate {
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "button", "input", "select", "textarea", "link", "meta", "figcaption");
    /** Furniture by their tag, unless unclosed markup made one of them swallow the page. */
    private static final Set<String> FURNITURE_TAG_NAMES = Set.of("nav", "aside", "footer", "dialog", "menu", "form");
    private static final Set<String> DROPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar");
    /** Class/id tokens that always mean furniture. */
    private static final Set<String> NEGATIVE_TOKENS = Set.of("nav", "navbar", "navigation", "menu", "share", "sharing",
            "shares", "social", "related", "comment", "comments", "newsletter", "cookie", "cookies", "breadcrumb",
            "breadcrumbs", "promo", "promotion", "ad", "ads", "advert", "adverts", "advertisement", "sponsor", "sponsored",
            "sidebar", "footer", "popup", "modal", "subscribe", "subscription", "signup", "pagination", "pager",
            "outbrain", "taboola", "disqus", "gdpr", "consent", "paywall", "tagcloud", "taglist", "dablewidget", "topnav",
            "subnav", "offcanvas", "login");
    /**
     * Tokens that page builders also put on content wrappers ("elementor-widget", "entry-header"): furniture only
     * when the element is mostly links.
     */
    private static final Set<String> WEAK_TOKENS = Set.of("widget", "header", "banner", "tags", "trending", "popular",
            "recommended", "recommendations", "masthead", "toolbar", "skip", "overlay", "sns", "more");
    private static final double WEAK_MIN_LINK_DENSITY = 0.35;
    private static final List<String> NEGATIVE_PREFIXES = List.of("share", "social", "related", "comment", "newsletter",
            "cookie", "breadcrumb", "advert", "sponsor", "promo", "subscri", "sidebar", "navbar", "menu", "popup",
            "recommend", "outbrain", "taboola", "disqus", "trending");
    private static final Set<String> NEGATIVE_EXCEPTIONS = Set.of("commentary", "menuitem");
    /** What a class or id value holds: furniture tokens, weak tokens (bits). */
    private static final int NEGATIVE = 1;
    private static final int WEAK = 2;
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** An element holding more than this share of the page's text is the page itself, whatever its class says. */
    private static final double MAX_SHARE_REMOVED = 0.5;
    private static final int MIN_NOSCRIPT_PAGE_CHARS = 200;
    private static final double NOSCRIPT_PAGE_SHARE = 0.5;

    private HtmlBoilerplate() {
    }

    /**
     * Removes the furniture under body. Returns the text lengths of the pruned page when the last removals left them
     * valid (nothing was removed after measuring), else null.
     */
    static TextLengths prune(Element body) {
        Marked marked = Marked.of(body);
        if (unwrapNoscriptWhenItHoldsThePage(body, marked.noscripts())) {
            marked = Marked.of(body);
        }
        for (Element e : marked.dropped()) {
            e.remove();
        }
        // elements removed with an ancestor have no document any more
        if (!marked.furniture().isEmpty()) {
            removeFurnitureTags(body, marked.furniture());
        }
        List<Element> articleBodies = new ArrayList<>();
        for (Element e : marked.articleBodies()) {
            if (e.ownerDocument() != null) {
                articleBodies.add(e);
            }
        }
        return removeFurnitureElements(body, withAncestors(articleBodies, body));
    }

    /*
     * Both removal passes look at an element before its descendants: its subtree is still intact then, so the text
     * lengths measured up front hold for it.
     */

    private static void removeFurnitureTags(Element body, List<Element> furniture) {
        TextLengths lengths = TextLengths.of(body, e -> e == body || FURNITURE_TAG_NAMES.contains(e.normalName()));
        int total = Math.max(1, lengths.length(body));
        for (Element e : furniture) {
            if (e.ownerDocument() != null && lengths.length(e) <= total * MAX_SHARE_REMOVED) {
                e.remove();
            }
        }
    }

    /** Removes furniture by class, id, role and style; the lengths of what is left, or null when something went. */
    private static TextLengths removeFurnitureElements(Element body, Set<Element> holdingArticleBody) {
        TextLengths text = TextLengths.of(body);
        int total = Math.max(1, text.length(body));
        Map<String, Integer> tokenKinds = new HashMap<>();
        boolean removed = false;
        Elements all = body.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e == body || isProtected(e, holdingArticleBody)) {
                continue;
            }
            if (isFurniture(e, text, tokenKinds) && text.length(e) <= total * MAX_SHARE_REMOVED) {
                // its descendants follow it in document order: skip them, they left the page with it
                i += e.getAllElements().size() - 1;
                e.remove();
                removed = true;
            }
        }
        return removed ? null : text;
    }

    /** The elements prune works on, found in one walk of the page (document order). */
    private record Marked(List<Element> noscripts, List<Element> dropped, List<Element> furniture,
            List<Element> articleBodies) {
        static Marked of(Element body) {
            Marked m = new Marked(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("noscript")) {
                        m.noscripts().add(e);
                    }
                    if (DROPPED_TAGS.contains(tag)) {
                        m.dropped().add(e);
                    }
                    if (FURNITURE_TAG_NAMES.contains(tag)) {
                        m.furniture().add(e);
                    }
                    if (e.hasAttr("itemprop") && e.attr("itemprop").trim().equalsIgnoreCase("articleBody")) {
                        m.articleBodies().add(e);
                    }
                }
            }, body);
            return m;
        }
    }

    private static Set<Element> withAncestors(List<Element> elements, Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : elements) {
            for (Element a = e; a != null && out.add(a) && a != root; a = a.parent()) {
                // walk up until an element already marked (its ancestors are marked too) or the root
            }
        }
        return out;
    }

    /**
     * Some sites (Discourse forums, pre-rendered apps) serve their whole content inside {@code <noscript>} for
     * clients without JavaScript: then the noscript is the page, not furniture. True when one was unwrapped.
     */
    private static boolean unwrapNoscriptWhenItHoldsThePage(Element body, List<Element> noscripts) {
        if (noscripts.isEmpty()) {
            return false;
        }
        int inside = 0;
        for (Element n : noscripts) {
            if (n.parent() == null || n.parent().closest("noscript") == null) {
                inside += n.text().length();
            }
        }
        boolean unwrapped = false;
        if (inside >= MIN_NOSCRIPT_PAGE_CHARS && inside > body.text().length() * NOSCRIPT_PAGE_SHARE) {
            for (Element n : noscripts) {
                if (n.parent() != null && n.text().length() >= MIN_NOSCRIPT_PAGE_CHARS) {
                    n.unwrap();
                    unwrapped = true;
                }
            }
        }
        return unwrapped;
    }

    /** An article, a main, an articleBody or an element holding one ({@code holdingArticleBody}). */
    private static boolean isProtected(Element e, Set<Element> holdingArticleBody) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || holdingArticleBody.contains(e);
    }

    private static boolean isFurniture(Element e, TextLengths text, Map<String, Integer> tokenKinds) {
        if (e.attributesSize() == 0) {
            return isStrayHeader(e, text);
        }
        // the "hidden" attribute is not a sign: streaming renderers park the article in hidden templates
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && DROPPED_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (isStrayHeader(e, text)) {
            return true;
        }
        int kinds = tokenKinds(e.className(), tokenKinds) | tokenKinds(e.id(), tokenKinds);
        if ((kinds & NEGATIVE) != 0) {
            return true;
        }
        return (kinds & WEAK) != 0 && text.linkDensity(e) > WEAK_MIN_LINK_DENSITY;
    }

    /** A page header (outside any article) that is mostly links: the site's masthead and menus. */
    private static boolean isStrayHeader(Element e, TextLengths text) {
        return e.normalName().equals("header") && e.closest("article") == null
                && text.linkDensity(e) > WEAK_MIN_LINK_DENSITY;
    }

    /** Whether a class or id value holds negative and/or weak tokens; pages repeat their class values, so memoised. */
    private static int tokenKinds(String attr, Map<String, Integer> memo) {
        if (attr.isEmpty()) {
            return 0;
        }
        Integer kinds = memo.get(attr);
        if (kinds == null) {
            kinds = (hasNegativeToken(attr) ? NEGATIVE : 0) | (hasWeakToken(attr) ? WEAK : 0);
            memo.put(attr, kinds);
        }
        return kinds;
    }

    private static boolean hasWeakToken(String attr) {
        if (attr == null || attr.isEmpty()) {
            return false;
        }
        String lower = attr.toLowerCase(Locale.ROOT);
        for (int start = nextToken(lower, 0); start < lower.length(); ) {
            int end = tokenEnd(lower, start);
            if (WEAK_TOKENS.contains(lower.substring(start, end))) {
                return true;
            }
            start = nextToken(lower, end);
        }
        return false;
    }

    static boolean hasNegativeToken(String attr) {
        if (attr == null || attr.isEmpty()) {
            return false;
        }
        String lower = attr.toLowerCase(Locale.ROOT);
        for (int start = nextToken(lower, 0); start < lower.length(); ) {
            int end = tokenEnd(lower, start);
            String token = lower.substring(start, end);
            start = nextToken(lower, end);
            if (NEGATIVE_EXCEPTIONS.contains(token)) {
                continue;
            }
            if (NEGATIVE_TOKENS.contains(token)) {
                return true;
            }
            for (String prefix : NEGATIVE_PREFIXES) {
                if (token.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Class and id tokens are the runs of [a-z0-9] of the lower-cased attribute. */
    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    private static int nextToken(String s, int from) {
        int i = from;
        while (i < s.length() && !isTokenChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isTokenChar(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
