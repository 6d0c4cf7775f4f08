package io.wiredesk.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/** The article described by a page's JSON-LD (schema.org NewsArticle and kin), when there is one. */
public record JsonLd(String headline, String datePublished, List<String> authors, String articleBody,
        String inLanguage, String publisher) {

    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
            "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report", "posting");

    /** Whether a script element is a JSON-LD block. */
    static boolean isJsonLd(Element script) {
        return script.hasAttr("type") && script.attr("type").trim().equalsIgnoreCase("application/ld+json");
    }

    /** The article described by these JSON-LD script elements. */
    static Optional<JsonLd> find(List<Element> ldScripts) {
        List<JsonNode> candidates = new ArrayList<>();
        for (Element script : ldScripts) {
            try {
                collect(Json.MAPPER.readTree(script.data()), candidates);
            } catch (Exception e) {
                // broken JSON-LD is common in the wild: ignore that block, keep the others
            }
        }
        return candidates.stream().findFirst().map(JsonLd::from);
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isArticle(node.get("@type"))) {
            out.add(node);
        }
        collect(node.get("@graph"), out);
        collect(node.get("mainEntity"), out);
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticle(t)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText("").toLowerCase(java.util.Locale.ROOT));
    }

    private static JsonLd from(JsonNode n) {
        return new JsonLd(text(n.get("headline")), text(n.get("datePublished")), names(n.get("author")),
                text(n.get("articleBody")), text(n.get("inLanguage")), firstName(n.get("publisher")));
    }

    private static List<String> names(JsonNode author) {
        List<String> out = new ArrayList<>();
        if (author == null) {
            return out;
        }
        if (author.isArray()) {
            author.forEach(a -> out.addAll(names(a)));
        } else {
            String name = author.isObject() ? text(author.get("name")) : text(author);
            if (name != null && !name.startsWith("http")) {
                out.add(name);
            }
        }
        return out;
    }

    private static String firstName(JsonNode node) {
        List<String> n = names(node);
        return n.isEmpty() ? null : n.get(0);
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            return text(node.has("name") ? node.get("name") : node.get("@value"));
        }
        String s = node.asText().trim();
        return s.isEmpty() ? null : s;
    }
}
