package io.wiredesk.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Removes page furniture from a parsed page: scripts, navigation, share bars, related links, comments, ads. */
final class HtmlBoilerplate {
    private static final String DROPPED_TAGS = "script, style, noscript, template, iframe, svg, canvas, object, embed,"
            + " button, input, select, textarea, link, meta, figcaption";
    /** Furniture by their tag, unless unclosed markup made one of them swallow the page. */
    private static final String FURNITURE_TAGS = "nav, aside, footer, dialog, menu, form";
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
    private static final Pattern TOKEN_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** An element holding more than this share of the page's text is the page itself, whatever its class says. */
    private static final double MAX_SHARE_REMOVED = 0.5;
    private static final int MIN_NOSCRIPT_PAGE_CHARS = 200;
    private static final double NOSCRIPT_PAGE_SHARE = 0.5;

    private HtmlBoilerplate() {
    }

    static void prune(Element body) {
        unwrapNoscriptWhenItHoldsThePage(body);
        body.select(DROPPED_TAGS).remove();
        int total = Math.max(1, body.text().length());
        for (Element e : body.select(FURNITURE_TAGS)) {
            if (e.ownerDocument() != null && e.text().length() <= total * MAX_SHARE_REMOVED) {
                e.remove();
            }
        }
        total = Math.max(1, body.text().length());
        Elements all = body.getAllElements();
        for (Element e : all) {
            if (e == body || e.ownerDocument() == null || isProtected(e)) {
                continue;
            }
            if (isFurniture(e) && e.text().length() <= total * MAX_SHARE_REMOVED) {
                e.remove();
            }
        }
    }

    /**
     * Some sites (Discourse forums, pre-rendered apps) serve their whole content inside {@code <noscript>} for
     * clients without JavaScript: then the noscript is the page, not furniture.
     */
    private static void unwrapNoscriptWhenItHoldsThePage(Element body) {
        Elements noscripts = body.select("noscript");
        if (noscripts.isEmpty()) {
            return;
        }
        int inside = 0;
        for (Element n : noscripts) {
            if (n.parents().stream().noneMatch(p -> p.normalName().equals("noscript"))) {
                inside += n.text().length();
            }
        }
        int total = body.text().length();
        if (inside >= MIN_NOSCRIPT_PAGE_CHARS && inside > total * NOSCRIPT_PAGE_SHARE) {
            for (Element n : noscripts) {
                if (n.parent() != null && n.text().length() >= MIN_NOSCRIPT_PAGE_CHARS) {
                    n.unwrap();
                }
            }
        }
    }

    private static boolean isProtected(Element e) {
        String tag = e.normalName();
        return tag.equals("article") || tag.equals("main") || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody")
                || !e.select("[itemprop=articleBody]").isEmpty();
    }

    static boolean isFurniture(Element e) {
        // the "hidden" attribute is not a sign: streaming renderers park the article in hidden templates
        if (HIDDEN_STYLE.matcher(e.attr("style").toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        if (DROPPED_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (e.normalName().equals("header") && e.closest("article") == null && ContentFinder.linkDensity(e) > WEAK_MIN_LINK_DENSITY) {
            return true;
        }
        if (hasNegativeToken(e.className()) || hasNegativeToken(e.id())) {
            return true;
        }
        return (hasWeakToken(e.className()) || hasWeakToken(e.id())) && ContentFinder.linkDensity(e) > WEAK_MIN_LINK_DENSITY;
    }

    private static boolean hasWeakToken(String attr) {
        if (attr == null || attr.isEmpty()) {
            return false;
        }
        for (String token : TOKEN_SPLIT.split(attr.toLowerCase(Locale.ROOT))) {
            if (WEAK_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasNegativeToken(String attr) {
        if (attr == null || attr.isEmpty()) {
            return false;
        }
        for (String token : TOKEN_SPLIT.split(attr.toLowerCase(Locale.ROOT))) {
            if (token.isEmpty() || NEGATIVE_EXCEPTIONS.contains(token)) {
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
}
