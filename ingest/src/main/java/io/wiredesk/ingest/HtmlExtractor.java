package io.wiredesk.ingest;

import io.wiredesk.core.Agencies.Agency;
import io.wiredesk.core.text.Tokens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Main text and metadata of an HTML page (jsoup): metadata first, then furniture pruned and the body located. */
final class HtmlExtractor {
    /** Blocks mostly made of links are navigation, unless long enough to be text with a few links. */
    private static final double MAX_LINK_DENSITY = 0.5;
    /** Share of the JSON-LD articleBody's words the page's own blocks must hold to be preferred (they keep structure). */
    private static final double JSON_LD_COVERAGE = 0.8;
    private static final int BYLINE_SEARCH_BLOCKS = 4;
    private static final int MIN_REPEAT_CHARS = 30;
    /** A linked heading of a few words is an entry's title in a listing, kept although it is all link. */
    private static final int LINKED_HEADING_MIN_WORDS = 3;
    /**
     * An all-link block of this many words is an entry of a listing ("Spring vegetable risotto with peas and mint"),
     * not a menu item; kept on pages that do not declare themselves an article, and on any page widened past its
     * candidate.
     */
    private static final int LINKED_ENTRY_MIN_WORDS = 5;
    private static final double WHOLE_PAGE_SHARE = 0.5;
    private static final double MAIN_REGION_SHARE = 0.6;

    /** The page's text and metadata; its publication date is only looked for when {@code findDate}. */
    Extraction extract(String html, String url, LocalDate reference, boolean findDate) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageElements elements = PageElements.of(doc);
        Optional<JsonLd> ld = JsonLd.find(elements.jsonLdScripts);
        MetaTags meta = MetaTags.of(elements.metaTags);
        String title = HtmlMetadata.title(doc, ld, meta);
        FoundDate published = findDate ? PageDates.published(doc, elements, meta, ld, url, reference).orElse(null) : null;
        String byline = HtmlMetadata.byline(doc, ld, meta);
        String language = HtmlMetadata.language(doc, ld, meta);

        Element body = doc.body();
        // an article says so in its JSON-LD or Open Graph type; forums, listings and shops mostly do not
        boolean declaredArticle = ld.isPresent() || "article".equalsIgnoreCase(meta.get("og:type"));
        TextLengths pruned = HtmlBoilerplate.prune(body, declaredArticle);
        List<String> paragraphs = paragraphs(body, ContentFinder.find(body, pruned), !declaredArticle);
        Optional<String> ldBody = ld.map(JsonLd::articleBody).filter(b -> TextScan.wordCount(b) >= 20);
        if (ldBody.isPresent() && coverage(ldBody.get(), paragraphs) < JSON_LD_COVERAGE) {
            paragraphs = splitPlainText(ldBody.get());
        }
        paragraphs = withoutRepeats(paragraphs);
        if (byline == null) {
            byline = bylineFromBlocks(paragraphs);
        }
        paragraphs = withoutByline(paragraphs);
        return new Extraction(title, paragraphs, byline == null ? null : Bylines.cleanAll(byline).orElse(byline.trim()),
                published, agency(byline, paragraphs).map(Agency::name).orElse(null), language);
    }

    /** Only the publication date: the page parsed, its metadata and text searched, no main-content extraction. */
    FoundDate published(String html, String url, LocalDate reference) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageElements elements = PageElements.of(doc);
        return PageDates.published(doc, elements, MetaTags.of(elements.metaTags), JsonLd.find(elements.jsonLdScripts), url,
                reference).orElse(null);
    }

    /**
     * The kept paragraphs of the content elements, widened to the main region or the page when they hold too little;
     * {@code linkedEntries}: whether the candidate's all-link entries are kept.
     */
    private static List<String> paragraphs(Element body, List<Element> roots, boolean linkedEntries) {
        Blocks blocks = new Blocks(linkedEntries);
        if (roots.size() == 1 && roots.get(0) == body) {
            List<Kept> whole = blocks.kept(BlockText.of(List.of(body)));
            return widened(body, whole, whole, blocks);
        }
        BlockText.Split split = BlockText.of(body, roots);
        return widened(body, blocks.kept(split.parts()), blocks.kept(split.whole()), blocks);
    }

    /** A paragraph kept from a block, with its word count; {@code entry}: an all-link entry title. */
    private record Kept(String text, int words, boolean entry) {
    }

    /** A block's text, measured and classified: the same text recurs in the candidate, the region and the page. */
    private record Classified(int words, boolean dropped) {
    }

    /** Turns blocks into kept paragraphs, classifying each distinct text once per page. */
    private static final class Blocks {
        private final Map<String, Classified> seen = new HashMap<>();
        private final boolean linkedEntries;

        Blocks(boolean linkedEntries) {
            this.linkedEntries = linkedEntries;
        }

        List<Kept> kept(List<BlockText.Block> blocks) {
            List<Kept> out = new ArrayList<>();
            for (BlockText.Block b : blocks) {
                Classified c = seen.get(b.text());
                if (c == null) {
                    int words = TextScan.wordCount(b.text());
                    c = new Classified(words, LineClassifier.isDropped(b.text(), words));
                    seen.put(b.text(), c);
                }
                if (c.dropped() || isBareUrl(b.text())) {
                    continue;
                }
                boolean linkedHeading = b.heading() && c.words() >= LINKED_HEADING_MIN_WORDS;
                boolean entry = false;
                if (!linkedHeading && b.linkDensity() > MAX_LINK_DENSITY
                        && !(b.text().length() > 200 && b.linkDensity() < 0.8)) {
                    if (c.words() < LINKED_ENTRY_MIN_WORDS) {
                        continue;
                    }
                    entry = true;
                }
                out.add(new Kept(b.text(), c.words(), entry));
            }
            return out;
        }
    }

    /**
     * The candidate cascade is tuned for articles; on listings, product and service pages it often picks one section
     * of several. When the candidate holds less than half the page's text blocks, the page's main region (or the
     * whole pruned page) is the content, its all-link entries included: a page that holds more than its candidate
     * is a listing, whose entry titles are its text. The shares count the other blocks only: an article's archive
     * or "latest posts" sidebar, all entries, would otherwise outweigh the article.
     */
    private static List<String> widened(Element body, List<Kept> candidate, List<Kept> whole, Blocks blocks) {
        int wholeWords = words(whole, false);
        if (words(candidate, false) >= WHOLE_PAGE_SHARE * wholeWords) {
            return texts(candidate, blocks.linkedEntries);
        }
        Element main = body.selectFirst("main, [role=main]");
        if (main != null) {
            List<Kept> region = blocks.kept(BlockText.of(List.of(main)));
            if (words(region, false) >= MAIN_REGION_SHARE * wholeWords) {
                return texts(region, true);
            }
        }
        return texts(whole, true);
    }

    /** A block that is one web address and nothing else: markup data or a link shown as text, not prose. */
    static boolean isBareUrl(String text) {
        if (!(text.startsWith("http://") || text.startsWith("https://") || text.startsWith("www."))) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int words(List<Kept> paragraphs, boolean entries) {
        int n = 0;
        for (Kept p : paragraphs) {
            if (entries || !p.entry()) {
                n += p.words();
            }
        }
        return n;
    }

    private static List<String> texts(List<Kept> paragraphs, boolean entries) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (Kept p : paragraphs) {
            if (entries || !p.entry()) {
                out.add(p.text());
            }
        }
        return out;
    }

    /** Pages that render their text twice (desktop and mobile layouts, sliders): each long paragraph once. */
    private static List<String> withoutRepeats(List<String> paragraphs) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            if (p.length() < MIN_REPEAT_CHARS || seen.add(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Share of the reference text's words that the paragraphs contain (multiset). */
    static double coverage(String reference, List<String> paragraphs) {
        Map<String, Integer> have = new HashMap<>();
        for (String p : paragraphs) {
            for (String w : Tokens.lowerWords(p)) {
                have.merge(w, 1, Integer::sum);
            }
        }
        List<String> want = Tokens.lowerWords(reference);
        int hit = 0;
        for (String w : want) {
            Integer n = have.get(w);
            if (n != null && n > 0) {
                hit++;
                have.put(w, n - 1);
            }
        }
        return want.isEmpty() ? 1 : (double) hit / want.size();
    }

    private static List<String> splitPlainText(String text) {
        List<String> out = new ArrayList<>();
        for (String p : org.jsoup.parser.Parser.unescapeEntities(text, false).split("\\s*\\n\\s*")) {
            if (!p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String bylineFromBlocks(List<String> paragraphs) {
        for (int i = 0; i < Math.min(BYLINE_SEARCH_BLOCKS, paragraphs.size()); i++) {
            Optional<String> by = Bylines.fromByLine(paragraphs.get(i));
            if (by.isPresent()) {
                return by.get();
            }
        }
        return null;
    }

    private static List<String> withoutByline(List<String> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs);
        for (int i = 0; i < Math.min(BYLINE_SEARCH_BLOCKS, out.size()); i++) {
            if (Bylines.fromByLine(out.get(i)).isPresent()) {
                out.remove(i);
                break;
            }
        }
        return out;
    }

    private static Optional<Agency> agency(String byline, List<String> paragraphs) {
        if (byline != null) {
            Optional<Agency> a = AgencyCredits.fromCreditLine(byline);
            if (a.isPresent()) {
                return a;
            }
        }
        Optional<Agency> credited = AgencyCredits.fromParagraphs(paragraphs);
        if (credited.isPresent()) {
            return credited;
        }
        if (!paragraphs.isEmpty() && TextScan.wordCount(paragraphs.get(paragraphs.size() - 1)) <= 5) {
            return AgencyCredits.fromCreditLine(paragraphs.get(paragraphs.size() - 1));
        }
        return Optional.empty();
    }
}
