package io.wiredesk.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.RawArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the body of {@code POST /articles} (one RawArticle object or an array of them) into complete
 * RawArticles, or the reasons it cannot: the body is required and must be text, the content type is
 * text/html or text/plain, a URL is absolute http(s), no unknown fields, sizes within limits.
 */
public final class ArticleValidator {
    private static final Set<String> FIELDS = Set.of("schema", "id", "url", "publisher", "receivedAt", "publishedAt",
            "contentType", "title", "body");
    private static final Set<String> TEXT_FIELDS = Set.of("id", "url", "publisher", "receivedAt", "publishedAt",
            "contentType", "title", "body");

    /** One invalid article of the request: its position (0 for a single object) and why. */
    public record Problem(int index, String error) {
    }

    /** Either articles (all valid) or problems. */
    public record Result(List<RawArticle> articles, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private final int maxArticles;
    private final int maxBodyBytes;
    private final Clock clock;

    public ArticleValidator(int maxArticles, int maxBodyBytes, Clock clock) {
        this.maxArticles = maxArticles;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the request is not JSON, or not an object or a non-empty array */
    public Result validate(byte[] request) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(request);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException("empty request: send a RawArticle object or an array of them");
        }
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
            if (items.isEmpty()) {
                throw new IllegalArgumentException("empty array: send at least one article");
            }
            if (items.size() > maxArticles) {
                throw new IllegalArgumentException("too many articles: " + items.size() + " (at most " + maxArticles + " per request)");
            }
        } else if (root.isObject()) {
            items.add(root);
        } else {
            throw new IllegalArgumentException("expected a RawArticle object or an array of them, not " + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<RawArticle> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String problem = problem(items.get(i));
            if (problem != null) {
                problems.add(new Problem(i, problem));
            } else {
                articles.add(article(items.get(i)));
            }
        }
        return new Result(problems.isEmpty() ? articles : List.of(), problems);
    }

    private String problem(JsonNode a) {
        if (!a.isObject()) {
            return "not a JSON object";
        }
        for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                return "unknown field '" + name + "' (fields: " + String.join(", ", new java.util.TreeSet<>(FIELDS)) + ")";
            }
            if (TEXT_FIELDS.contains(name) && !a.get(name).isNull() && !a.get(name).isTextual()) {
                return "field '" + name + "' must be a string";
            }
        }
        String body = text(a, "body");
        if (body == null || body.isBlank()) {
            return "missing body";
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            return "body is larger than " + maxBodyBytes + " bytes";
        }
        String type = text(a, "contentType");
        if (type != null && mediaType(type) == null) {
            return "contentType must be text/html or text/plain, not '" + type + "'";
        }
        String url = text(a, "url");
        if (url != null && !isWebUrl(url)) {
            return "url must be an absolute http(s) URL, not '" + url + "'";
        }
        String receivedAt = text(a, "receivedAt");
        if (receivedAt != null) {
            try {
                Instant.parse(receivedAt);
            } catch (DateTimeParseException e) {
                return "receivedAt must be an ISO instant like 2024-10-21T08:00:00Z, not '" + receivedAt + "'";
            }
        }
        if (a.has("schema") && !(a.get("schema").isInt() && a.get("schema").asInt() == RawArticle.SCHEMA)) {
            return "schema must be " + RawArticle.SCHEMA;
        }
        return null;
    }

    private RawArticle article(JsonNode a) {
        String url = text(a, "url");
        String body = text(a, "body");
        String id = text(a, "id");
        String type = text(a, "contentType") != null ? mediaType(text(a, "contentType"))
                : body.stripLeading().startsWith("<") ? RawArticle.HTML : RawArticle.TEXT;
        String receivedAt = text(a, "receivedAt");
        return new RawArticle(RawArticle.SCHEMA, id != null && !id.isBlank() ? id : ArticleIds.of(url, body), url,
                text(a, "publisher"), receivedAt != null ? Instant.parse(receivedAt) : Instant.now(clock),
                text(a, "publishedAt"), type, text(a, "title"), body);
    }

    /** text/html or text/plain (parameters such as a charset dropped), else null. */
    private static String mediaType(String contentType) {
        String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return base.equals(RawArticle.HTML) || base.equals(RawArticle.TEXT) ? base : null;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI u = new URI(url.trim());
            return u.getHost() != null && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static String text(JsonNode a, String field) {
        JsonNode v = a.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
