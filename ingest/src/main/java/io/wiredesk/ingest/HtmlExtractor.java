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

    Extraction extract(String html, String url, LocalDate reference) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        Optional<JsonLd> ld = JsonLd.find(doc);
        String title = HtmlMetadata.title(doc, ld);
        FoundDate published = HtmlMetadata.published(doc, ld, url).orElse(null);
        String byline = HtmlMetadata.byline(doc, ld);
        String language = HtmlMetadata.language(doc, ld);

        Element body = doc.body();
        HtmlBoilerplate.prune(body);
        List<BlockText.Block> blocks = BlockText.of(ContentFinder.find(body));
        List<String> paragraphs = paragraphs(blocks);
        Optional<String> ldBody = ld.map(JsonLd::articleBody).filter(b -> Tokens.count(b) >= 20);
        if (ldBody.isPresent() && coverage(ldBody.get(), paragraphs) < JSON_LD_COVERAGE) {
            paragraphs = splitPlainText(ldBody.get());
        }
        if (byline == null) {
            byline = bylineFromBlocks(paragraphs);
        }
        paragraphs = withoutByline(paragraphs);
        return new Extraction(title, paragraphs, byline == null ? null : Bylines.cleanAll(byline).orElse(byline.trim()),
                published, agency(byline, paragraphs).map(Agency::name).orElse(null), language);
    }

    private static List<String> paragraphs(List<BlockText.Block> blocks) {
        List<String> out = new ArrayList<>();
        for (BlockText.Block b : blocks) {
            List<String> words = Tokens.words(b.text());
            ScrapedLine.Kind kind = LineClassifier.classify(b.text(), words);
            if (kind == ScrapedLine.Kind.NOISE || kind == ScrapedLine.Kind.SECTION_END
                    || kind == ScrapedLine.Kind.MARKER) {
                continue;
            }
            if (b.linkDensity() > MAX_LINK_DENSITY && !(b.text().length() > 200 && b.linkDensity() < 0.8)) {
                continue;
            }
            out.add(b.text());
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
        for (String p : paragraphs) {
            Optional<Agency> a = AgencyCredits.fromText(p);
            if (a.isPresent()) {
                return a;
            }
        }
        if (!paragraphs.isEmpty() && Tokens.count(paragraphs.get(paragraphs.size() - 1)) <= 5) {
            return AgencyCredits.fromCreditLine(paragraphs.get(paragraphs.size() - 1));
        }
        return Optional.empty();
    }
}
