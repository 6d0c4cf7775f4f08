package io.wiredesk.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where tests find the project's seeds and the shared benchmark data ({@code ../shared} beside the
 * project root). Quality tests that need shared data skip with a message when it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    public static Path projectDir() {
        String p = System.getProperty("wiredesk.project.dir");
        if (p != null) {
            return Path.of(p).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("seeds/manifest.json"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root (a folder with seeds/manifest.json)");
        }
        return dir;
    }

    public static Path seedsDir() {
        return projectDir().resolve("seeds");
    }

    /** ../shared, when present. */
    public static Optional<Path> sharedDir() {
        String p = System.getProperty("wiredesk.shared.dir");
        Path dir = p != null ? Path.of(p) : projectDir().resolve("../shared");
        dir = dir.toAbsolutePath().normalize();
        return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }

    public static Optional<Path> dataFile(String relative) {
        return sharedDir().map(d -> d.resolve("data").resolve(relative)).filter(Files::exists);
    }

    /** The seeds' labels (a copy of ../shared/seeds/gold.json kept with the tests, so seed tests always run). */
    public static JsonNode gold() {
        try (var in = SharedData.class.getResourceAsStream("/seeds-gold.json")) {
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
