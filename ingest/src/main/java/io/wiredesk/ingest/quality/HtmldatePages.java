package io.wiredesk.ingest.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import io.wiredesk.ingest.feed.HtmlCharset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The pages of htmldate's evaluation set: {@code eval_default.json} and {@code eval_mediacloud_2020.json} map a URL to
 * a file and its verified publication day; the file is looked up in test_set/, cache/, then eval/ (as upstream does).
 * Pages without a reference date are left out.
 */
public final class HtmldatePages {
    private static final List<String> INDEXES = List.of("eval_default.json", "eval_mediacloud_2020.json");
    private static final List<String> FOLDERS = List.of("test_set", "cache", "eval");

    /** One page: its URL, decoded HTML and the reference day (yyyy-MM-dd). */
    public record Page(String url, String file, String html, String date) {
    }

    private record Entry(String url, Path file, String date) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public HtmldatePages(Path unpacked) throws IOException {
        Path root = Files.exists(unpacked.resolve(INDEXES.get(0))) ? unpacked : unpacked.resolve("htmldate-eval");
        for (String index : INDEXES) {
            Path p = root.resolve(index);
            if (!Files.exists(p)) {
                continue;
            }
            // upstream writes a bare NaN for a missing date, which is not JSON
            JsonNode all = Json.MAPPER.readTree(Files.readString(p).replaceAll(":\\s*NaN", ": null"));
            for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String date = e.getValue().path("date").asText(null);
                Path file = locate(root, e.getValue().path("file").asText(""));
                if (date != null && !date.isBlank() && file != null) {
                    entries.add(new Entry(e.getKey(), file, date));
                }
            }
        }
    }

    private static Path locate(Path root, String name) {
        if (name.isEmpty()) {
            return null;
        }
        for (String folder : FOLDERS) {
            Path p = root.resolve(folder).resolve(name);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    public int size() {
        return entries.size();
    }

    public Iterable<Page> pages() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < entries.size();
            }

            @Override
            public Page next() {
                Entry e = entries.get(next++);
                try {
                    return new Page(e.url(), e.file().getFileName().toString(), HtmlCharset.decode(Files.readAllBytes(e.file())),
                            e.date());
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            }
        };
    }
}
