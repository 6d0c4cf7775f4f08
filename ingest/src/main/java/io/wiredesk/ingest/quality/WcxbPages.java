package io.wiredesk.ingest.quality;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The pages of an unpacked WCXB folder ({@code metadata.json}, {@code dev/html}, {@code dev/ground-truth}). */
public final class WcxbPages {
    /** One page: its HTML and the ground truth (main content plain text; title, author, date may be null). */
    public record Page(String id, String pageType, String url, String html, String mainContent, String title,
            String author, String publishDate) {
    }

    private final Path root;
    private final List<String> ids = new ArrayList<>();
    private final List<String> types = new ArrayList<>();

    public WcxbPages(Path unpacked) throws IOException {
        Path root = Files.isDirectory(unpacked.resolve("dev")) ? unpacked : unpacked.resolve("wcxb-dev");
        this.root = root;
        JsonNode files = Json.MAPPER.readTree(root.resolve("metadata.json").toFile()).get("files");
        List<String> sorted = new ArrayList<>();
        files.fieldNames().forEachRemaining(sorted::add);
        sorted.sort(null);
        for (String id : sorted) {
            if (Files.exists(html(id))) {
                ids.add(id);
                types.add(files.get(id).path("page_type").asText("unknown"));
            }
        }
    }

    public int size() {
        return ids.size();
    }

    /** Pages read one at a time, in id order (the set is several hundred MB). */
    public Iterable<Page> pages() {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ids.size();
            }

            @Override
            public Page next() {
                int i = next++;
                return read(ids.get(i), types.get(i));
            }
        };
    }

    private Page read(String id, String type) {
        try {
            JsonNode doc = Json.MAPPER.readTree(root.resolve("dev/ground-truth/" + id + ".json").toFile());
            JsonNode gt = doc.path("ground_truth");
            return new Page(id, type, text(doc.get("url")), Files.readString(html(id)), gt.path("main_content").asText(""),
                    text(gt.get("title")), text(gt.get("author")), text(gt.get("publish_date")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path html(String id) {
        return root.resolve("dev/html/" + id + ".html");
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
