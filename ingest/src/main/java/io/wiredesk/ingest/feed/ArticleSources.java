package io.wiredesk.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Turns files into RawArticles: a directory gives one article per file (with an optional
 * {@code manifest.json} mapping file name to url / publisher / publishedAt); a {@code .jsonl} (or
 * {@code .jsonl.gz}) file gives one article per line; {@code .html}/{@code .htm} (also gzipped) are
 * HTML, anything else is already-scraped text.
 */
public final class ArticleSources {
    public static final String MANIFEST = "manifest.json";

    private final Clock clock;

    public ArticleSources(Clock clock) {
        this.clock = clock;
    }

    public ArticleSources() {
        this(Clock.systemUTC());
    }

    /** Reads every path in order and hands each article to {@code sink}; returns how many. */
    public long read(List<Path> paths, Consumer<RawArticle> sink) {
        return readWithSource(paths, (file, article) -> sink.accept(article));
    }

    /** As {@link #read(List, Consumer)}, also telling which file each article came from. */
    public long readWithSource(List<Path> paths, BiConsumer<Path, RawArticle> sink) {
        long n = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or directory: " + path);
            }
            n += Files.isDirectory(path) ? readDirectory(path, sink) : readFile(path, Map.of(), sink);
        }
        return n;
    }

    public List<RawArticle> readAll(List<Path> paths) {
        List<RawArticle> out = new ArrayList<>();
        read(paths, out::add);
        return out;
    }

    private long readDirectory(Path dir, BiConsumer<Path, RawArticle> sink) {
        Map<String, JsonNode> manifest = Manifest.read(dir.resolve(MANIFEST));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(MANIFEST))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        long n = 0;
        for (Path f : files) {
            n += readFile(f, manifest, sink);
        }
        return n;
    }

    private long readFile(Path file, Map<String, JsonNode> manifest, BiConsumer<Path, RawArticle> sink) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
            return readJsonLines(file, sink);
        }
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz") || name.endsWith(".htm.gz");
        byte[] bytes = readBytes(file);
        String body = html ? HtmlCharset.decode(bytes) : new String(bytes, StandardCharsets.UTF_8);
        JsonNode meta = manifest.get(file.getFileName().toString());
        String url = text(meta, "url");
        sink.accept(file, new RawArticle(RawArticle.SCHEMA, ArticleIds.of(url, body), url, text(meta, "publisher"),
                Instant.now(clock), text(meta, "publishedAt"), html ? RawArticle.HTML : RawArticle.TEXT,
                text(meta, "title"), body));
        return 1;
    }

    private long readJsonLines(Path file, BiConsumer<Path, RawArticle> sink) {
        long n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                RawArticle a;
                try {
                    a = Json.read(line, RawArticle.class);
                } catch (UncheckedIOException e) {
                    throw new IllegalArgumentException(file + " line " + lineNo + " is not a RawArticle: " + e.getCause().getMessage(), e);
                }
                sink.accept(file, complete(a));
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return n;
    }

    /** Fills what a JSONL record may leave out: schema, id (kept when given), receivedAt, content type. */
    private RawArticle complete(RawArticle a) {
        String id = a.id() != null && !a.id().isBlank() ? a.id() : ArticleIds.of(a.url(), a.body());
        String type = a.contentType() != null ? a.contentType()
                : a.body() != null && a.body().stripLeading().startsWith("<") ? RawArticle.HTML : RawArticle.TEXT;
        return new RawArticle(RawArticle.SCHEMA, id, a.url(), a.publisher(),
                a.receivedAt() != null ? a.receivedAt() : Instant.now(clock), a.publishedAt(), type, a.title(), a.body());
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(in) : in;
    }

    private static byte[] readBytes(Path file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.hasNonNull(field)) {
            return null;
        }
        String v = node.get(field).asText();
        return v.isBlank() ? null : v;
    }
}
