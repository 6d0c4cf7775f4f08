package io.wiredesk.ingest;

import java.util.ArrayList;
import java.util.HashMap;
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
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|column|prose|news-view|view_con");
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo"
                    + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|byline|author");
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MIN_ARTICLE_CHARS = 200;
    private static final double ALTERNATIVE_SHARE = 0.75;
    private static final int MIN_ALTERNATIVES = 3;

    private ContentFinder() {
    }

    static List<Element> find(Element body) {
        Element marked = largest(body.select("[itemprop=articleBody]"));
        if (marked != null && marked.text().length() >= MIN_ARTICLE_CHARS) {
            return List.of(marked);
        }
        Element article = dominantArticle(body);
        if (article != null) {
            return List.of(article);
        }
        return bestScored(body);
    }

    /** The {@code <article>} holding most of the articles' text, when one clearly dominates (not a listing). */
    private static Element dominantArticle(Element body) {
        List<Element> articles = body.select("article");
        if (articles.isEmpty()) {
            return null;
        }
        Element best = largest(articles);
        int bestChars = best.text().length();
        int total = 0;
        for (Element a : articles) {
            if (a.parents().stream().noneMatch(p -> p.normalName().equals("article"))) {
                total += a.text().length();
            }
        }
        return bestChars >= MIN_ARTICLE_CHARS && bestChars >= 0.6 * total ? best : null;
    }

    private static Element largest(List<Element> elements) {
        Element best = null;
        for (Element e : elements) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best;
    }

    private static List<Element> bestScored(Element body) {
        Map<Element, Double> scores = new HashMap<>();
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
            double s = entry.getValue() * (1 - linkDensity(entry.getKey()));
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
        return withSiblings(top, scores.getOrDefault(top, topScore), scores);
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

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || scores.getOrDefault(sibling, 0.0) >= threshold || goodParagraph(sibling)) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static boolean goodParagraph(Element e) {
        if (!e.normalName().equals("p")) {
            return false;
        }
        String text = e.text();
        double ld = linkDensity(e);
        return text.length() > 80 && ld < 0.25 || text.length() > 0 && ld == 0 && text.matches(".*\\.( |$).*");
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
            String a = attr.toLowerCase(Locale.ROOT);
            if (a.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(a).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(a).find()) {
                w += 25;
            }
        }
        return w;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / total);
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
