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
            "subnav", "offcanvas", "login", "onetrust", "optanon");
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
    /** Cookie and consent dialogs: furniture however much of the page's text they hold (short listing pages). */
    private static final Set<String> CONSENT_KINDS = Set.of("cookie", "cookies", "consent", "gdpr", "onetrust",
            "optanon");
    /** Tokens that negate the next one: "not-footer", "no-sidebar", "without-comments". */
    private static final Set<String> NEGATIONS = Set.of("no", "not", "non", "without");
    /** The furniture kind of class/id tokens starting with "comment". */
    private static final String COMMENTS = "comment";
    /** Less text than this beside the comments is no article: a page declared an article is then a thread. */
    private static final int MIN_ARTICLE_CHARS = 500;
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
    static TextLengths prune(Element body, boolean declaredArticle) {
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
        TextLengths lengths = removeFurnitureElements(body, withAncestors(articleBodies, body), declaredArticle);
        return RelatedSections.remove(body, marked.headings()) ? null : lengths;
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
    private static TextLengths removeFurnitureElements(Element body, Set<Element> holdingArticleBody,
            boolean declaredArticle) {
        TextLengths text = TextLengths.of(body);
        int total = Math.max(1, text.length(body));
        Map<String, Tokens> tokens = new HashMap<>();
        Removals removals = furniture(body, holdingArticleBody, text, total, tokens, Set.of());
        // a forum thread's posts are all marked "comment"; an article's reader comments can outweigh it but stay out
        int comments = removals.chars().getOrDefault(COMMENTS, 0);
        boolean commentsArePage = comments > total * MAX_SHARE_REMOVED
                && (!declaredArticle || total - comments < MIN_ARTICLE_CHARS);
        Set<String> pageKinds = commentsArePage ? Set.of(COMMENTS) : Set.of();
        if (!pageKinds.isEmpty()) {
            removals = furniture(body, holdingArticleBody, text, total, tokens, pageKinds);
        }
        for (Element e : removals.elements()) {
            e.remove();
        }
        return removals.elements().isEmpty() ? text : null;
    }

    /**
     * The furniture elements (outermost only) and the text each kind of furniture holds. A kind in {@code pageKinds}
     * holds most of the page together (a forum's posts all marked "comment"): it is the page, not furniture.
     */
    private static Removals furniture(Element body, Set<Element> holdingArticleBody, TextLengths text, int total,
            Map<String, Tokens> tokens, Set<String> pageKinds) {
        Removals out = new Removals(new ArrayList<>(), new HashMap<>());
        Elements all = body.getAllElements();
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            if (e == body || isProtected(e, holdingArticleBody)) {
                continue;
            }
            String kind = furnitureKind(e, text, tokens);
            if (kind != null && kind.startsWith(COMMENTS)) {
                kind = COMMENTS;
            }
            if (kind != null && !pageKinds.contains(kind)
                    && (text.length(e) <= total * MAX_SHARE_REMOVED || CONSENT_KINDS.contains(kind))) {
                // its descendants follow it in document order: skip them, they leave the page with it
                i += e.getAllElements().size() - 1;
                out.elements().add(e);
                out.chars().merge(kind, text.length(e), Integer::sum);
            }
        }
        return out;
    }

    /** Elements to remove and the characters removed per kind of furniture. */
    private record Removals(List<Element> elements, Map<String, Integer> chars) {}

    /** The elements prune works on, found in one walk of the page (document order). */
    private record Marked(List<Element> noscripts, List<Element> dropped, List<Element> furniture,
            List<Element> articleBodies, List<Element> headings) {
        static Marked of(Element body) {
            Marked m = new Marked(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>());
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
                    if (BlockText.isHeading(tag) || e.hasAttr("role") && e.attr("role").equalsIgnoreCase("heading")) {
                        m.headings().add(e);
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

    /** Why an element is furniture (its hiding style, role, negative class/id token...), or null when it is not. */
    private static String furnitureKind(Element e, TextLengths text, Map<String, Tokens> tokens) {
        if (e.attributesSize() == 0) {
            return isStrayHeader(e, text) ? "header" : null;
        }
        // the "hidden" attribute is not a sign: streaming renderers park the article in hidden templates
        String style = e.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find()) {
            return "hidden";
        }
        Tokens byClass = tokens(e.className(), tokens);
        if (byClass.negative() != null) {
            return byClass.negative();
        }
        Tokens byId = tokens(e.id(), tokens);
        if (byId.negative() != null) {
            return byId.negative();
        }
        String role = e.attr("role");
        if (!role.isEmpty() && DROPPED_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return "role";
        }
        if (isStrayHeader(e, text)) {
            return "header";
        }
        return (byClass.weak() || byId.weak()) && text.linkDensity(e) > WEAK_MIN_LINK_DENSITY ? "weak" : null;
    }

    /** A page header (outside any article) that is mostly links: the site's masthead and menus. */
    private static boolean isStrayHeader(Element e, TextLengths text) {
        return e.normalName().equals("header") && e.closest("article") == null
                && text.linkDensity(e) > WEAK_MIN_LINK_DENSITY;
    }

    /** What a class or id value holds: its first negative token (null if none), whether it holds a weak one. */
    private record Tokens(String negative, boolean weak) {
        static final Tokens NONE = new Tokens(null, false);
    }

    /** The tokens of a class or id value; pages repeat their class values, so memoised. */
    private static Tokens tokens(String attr, Map<String, Tokens> memo) {
        if (attr.isEmpty()) {
            return Tokens.NONE;
        }
        Tokens t = memo.get(attr);
        if (t == null) {
            t = new Tokens(negativeToken(attr), hasWeakToken(attr));
            memo.put(attr, t);
        }
        return t;
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

    /**
     * The first furniture token of a class or id value (its prefix for prefixed ones: "comments-list" gives
     * "comment"), or null; a token after a negation ("wsite-not-footer", "no-sidebar") does not count.
     */
    static String negativeToken(String attr) {
        if (attr == null || attr.isEmpty()) {
            return null;
        }
        String lower = attr.toLowerCase(Locale.ROOT);
        String previous = "";
        for (int start = nextToken(lower, 0); start < lower.length(); ) {
            int end = tokenEnd(lower, start);
            String token = lower.substring(start, end);
            start = nextToken(lower, end);
            boolean negated = NEGATIONS.contains(previous);
            previous = token;
            if (negated || NEGATIVE_EXCEPTIONS.contains(token)) {
                continue;
            }
            if (NEGATIVE_TOKENS.contains(token)) {
                return token;
            }
            for (String prefix : NEGATIVE_PREFIXES) {
                if (token.startsWith(prefix)) {
                    return prefix;
                }
            }
        }
        return null;
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
