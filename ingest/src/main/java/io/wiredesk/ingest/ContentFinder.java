package io.wiredesk.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the elements holding an article's text in a pruned page: an {@code itemprop=articleBody}, a dominant
 * {@code <article>}, else the container that scores highest for text length and commas with few links
 * (Readability's scoring), together with sibling blocks that score nearly as well.
 */
final class ContentFinder {
    /** Class/id substrings of content containers (Readability's positive pattern). */
    private static final String[] POSITIVE = {"article", "body", "content", "entry", "main", "page", "post", "text",
        "blog", "story", "column", "prose", "news-view", "view_con"};
    /** Class/id substrings of furniture (Readability's negative pattern). */
    private static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot",
        "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
        "skyscraper", "sponsor", "shopping", "tags", "tool", "byline", "author"};
    private static final Pattern HAS_SENTENCE_END = Pattern.compile(".*\\.( |$).*");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MIN_ARTICLE_CHARS = 200;
    private static final double ALTERNATIVE_SHARE = 0.75;
    private static final int MIN_ALTERNATIVES = 3;

    private ContentFinder() {
    }

    /** The content elements under a pruned body; {@code lengths} are its text lengths, null when not measured yet. */
    static List<Element> find(Element body, TextLengths lengths) {
        TextLengths text = lengths != null ? lengths : TextLengths.of(body);
        Element marked = largest(body.select("[itemprop=articleBody]"), text);
        if (marked != null && text.length(marked) >= MIN_ARTICLE_CHARS) {
            return List.of(marked);
        }
        Element article = dominantArticle(body, text);
        if (article != null) {
            return List.of(article);
        }
        return bestScored(body, text);
    }

    /** The {@code <article>} holding most of the articles' text, when one clearly dominates (not a listing). */
    private static Element dominantArticle(Element body, TextLengths text) {
        List<Element> articles = body.select("article");
        if (articles.isEmpty()) {
            return null;
        }
        Element best = largest(articles, text);
        int bestChars = text.length(best);
        int total = 0;
        for (Element a : articles) {
            if (!insideArticle(a)) {
                total += text.length(a);
            }
        }
        return bestChars >= MIN_ARTICLE_CHARS && bestChars >= 0.6 * total ? best : null;
    }

    private static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    private static Element largest(List<Element> elements, TextLengths text) {
        Element best = null;
        for (Element e : elements) {
            if (best == null || text.length(e) > text.length(best)) {
                best = e;
            }
        }
        return best;
    }

    private static List<Element> bestScored(Element body, TextLengths texts) {
        // insertion (document) order: ties between equal scores go to the first candidate, not to hash order
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : body.select("p, pre, td, blockquote, li, div, section, h2, h3")) {
            if (isBlockOfText(e)) {
                String text = e.text();
                if (text.length() < MIN_PARAGRAPH_CHARS) {
                    continue;
                }
                double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
                Element ancestor = e.parent();
                for (int level = 0; level < 3 && ancestor != null && ancestor != body.parent(); level++) {
                    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                    Element a = ancestor;
                    scores.merge(a, initialScore(a) + score / divider, (old, add) -> old + score / divider);
                    ancestor = ancestor.parent();
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double s = entry.getValue() * (1 - texts.linkDensity(entry.getKey()));
            entry.setValue(s);
            if (s > topScore) {
                top = entry.getKey();
                topScore = s;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = promoted(top, topScore, scores, body);
        return withSiblings(top, scores.getOrDefault(top, topScore), scores, texts);
    }

    /**
     * Readability's promotions: the text is often split into sections that score alike, so a container holding
     * several near-top candidates wins; then the top climbs while its parent scores higher still.
     */
    private static Element promoted(Element top, double topScore, Map<Element, Double> scores, Element body) {
        List<Element> alternatives = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getKey() != top && e.getValue() >= topScore * ALTERNATIVE_SHARE) {
                alternatives.add(e.getKey());
            }
        }
        if (alternatives.size() >= MIN_ALTERNATIVES) {
            for (Element ancestor = top.parent(); ancestor != null && ancestor != body.parent(); ancestor = ancestor.parent()) {
                int contained = 0;
                for (Element alt : alternatives) {
                    if (alt != ancestor && alt.parents().contains(ancestor)) {
                        contained++;
                    }
                }
                if (contained >= MIN_ALTERNATIVES) {
                    top = ancestor;
                    break;
                }
            }
        }
        double last = scores.getOrDefault(top, topScore);
        double floor = last / 3;
        for (Element parent = top.parent(); parent != null && parent != body.parent(); parent = parent.parent()) {
            Double ps = scores.get(parent);
            if (ps == null) {
                continue;
            }
            if (ps < floor) {
                break;
            }
            if (ps > last) {
                top = parent;
            }
            last = ps;
        }
        return top;
    }

    /** Paragraph-like: a p/pre/td/blockquote/li/heading, or a div/section holding its own text. */
    private static boolean isBlockOfText(Element e) {
        String tag = e.normalName();
        if (!tag.equals("div") && !tag.equals("section")) {
            return true;
        }
        return e.ownText().length() >= MIN_PARAGRAPH_CHARS;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores,
            TextLengths texts) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold || goodParagraph(sibling, texts)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static boolean goodParagraph(Element e, TextLengths texts) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        int length = texts.length(e);
        double ld = texts.linkDensity(e);
        return length > 80 && ld < 0.25 || length > 0 && ld == 0 && HAS_SENTENCE_END.matcher(e.text()).matches();
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String attr : new String[] {e.className(), e.id()}) {
            if (attr.isEmpty()) {
                continue;
            }
            String a = attr.toLowerCase(Locale.ROOT);
            if (containsAny(a, NEGATIVE)) {
                w -= 25;
            }
            if (containsAny(a, POSITIVE)) {
                w += 25;
            }
        }
        return w;
    }

    private static boolean containsAny(String s, String[] parts) {
        for (String p : parts) {
            if (s.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }
}
