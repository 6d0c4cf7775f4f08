package io.wiredesk.dedupe;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.Mention;
import io.wiredesk.core.testing.SharedData;
import io.wiredesk.core.text.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The five seeds as enrich would describe them, built from the gold labels without the other stages:
 * paragraphs = non-blank lines inside the gold body lines, gold title, publication date and entity names.
 * Every seed is "received" at one fixed present-day instant, a few seconds apart in file order, as the live
 * feeder does when it reads the seed files today: dated seeds (003, 004) keep their publication date from two
 * years before, undated ones have only the receive time.
 */
final class SeedArticles {
    /** A scraper ran paragraphs together ("...to Russia.Both sides"): split after a full stop between words. */
    /** When the feeder read the seed files. */
    static final Instant RECEIVED = Instant.parse("2026-11-24T06:00:00Z");
    private static final long SECONDS_BETWEEN_FILES = 3;
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=[\\p{Ll})]\\.)(?=[\\p{Lu}\u2018\u2019])");

    private SeedArticles() {
    }

    /** Seed file name -> enriched article, in file order. */
    static Map<String, EnrichedArticle> all() {
        JsonNode gold = SharedData.gold().get("articles");
        JsonNode entities = SharedData.gold().get("entities");
        JsonNode manifest = readJson(SharedData.seedsDir().resolve("manifest.json")).get("articles");
        Map<String, EnrichedArticle> out = new LinkedHashMap<>();
        gold.fieldNames().forEachRemaining(file -> out.put(file, build(file, gold.get(file), manifest.get(file),
                entities.get(file), RECEIVED.plusSeconds(SECONDS_BETWEEN_FILES * out.size()))));
        return out;
    }

    /** "000", "001", ... -> article id. */
    static Map<String, String> idsByNumber(Map<String, EnrichedArticle> seeds) {
        Map<String, String> ids = new LinkedHashMap<>();
        seeds.forEach((file, a) -> ids.put(file.substring(0, 3), a.id()));
        return ids;
    }

    private static EnrichedArticle build(String file, JsonNode g, JsonNode m, JsonNode entityNames, Instant received) {
        List<String> lines = readLines(SharedData.seedsDir().resolve(file));
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode range : g.get("body_lines")) {
            int from = range.get(0).asInt();
            int to = Math.min(range.get(1).asInt(), lines.size());
            for (int i = from; i <= to; i++) {
                String line = lines.get(i - 1).strip();
                if (!line.isEmpty()) {
                    for (String p : RUN_TOGETHER.split(line)) {
                        paragraphs.add(p.strip());
                    }
                }
            }
        }
        String url = m.get("url").asText();
        String title = g.get("title").asText();
        String published = g.hasNonNull("published") ? g.get("published").asText() : null;
        String body = String.join(CleanArticle.PARAGRAPH_SEPARATOR, paragraphs);
        String id = ArticleIds.of(url, body);
        String agency = g.hasNonNull("credited_agency") ? g.get("credited_agency").asText() : null;
        CleanArticle clean = new CleanArticle(CleanArticle.SCHEMA, id, url, m.get("publisher").asText(), received, title,
                paragraphs, paragraphs.get(0), published, published == null ? null : "manifest", null, null, agency, "en",
                Tokens.count(body), ArticleIds.sha256Hex(body));
        List<EntityRef> refs = new ArrayList<>();
        for (JsonNode n : entityNames) {
            refs.add(entity(n.asText(), title, body));
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, clean, refs, List.of(), List.of());
    }

    /** An entity with exact-name mentions and salience from how often and where it is named. */
    static EntityRef entity(String name, String title, String body) {
        List<Mention> mentions = new ArrayList<>();
        String lowerBody = body.toLowerCase(Locale.ROOT);
        String lowerName = name.toLowerCase(Locale.ROOT);
        for (int i = lowerBody.indexOf(lowerName); i >= 0; i = lowerBody.indexOf(lowerName, i + 1)) {
            mentions.add(new Mention(i, i + name.length(), body.substring(i, i + name.length())));
        }
        boolean inTitle = title.toLowerCase(Locale.ROOT).contains(lowerName);
        double salience = 0.1 + mentions.size() + (inTitle ? 2 : 0);
        return new EntityRef(slug(name), null, name, "unknown", salience, inTitle, mentions);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static JsonNode readJson(Path p) {
        try {
            return Json.MAPPER.readTree(p.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
