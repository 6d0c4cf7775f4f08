package io.wiredesk.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A real Prometheus server (the Debian package's binary) in a child process, scraping the given targets
 * with the job of monitoring/prometheus.yml, and a client for its HTTP API.
 */
final class PrometheusServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/prometheus"), Path.of("/usr/local/bin/prometheus"));

    private final Process process;
    private final URI base;
    private final Path log;
    private final Path tsdb;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private PrometheusServer(Process process, URI base, Path log, Path tsdb) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.tsdb = tsdb;
    }

    /** The binary: $PROMETHEUS_BIN, the Debian package's path, or one on the PATH. */
    static Optional<Path> binary() {
        String env = System.getenv("PROMETHEUS_BIN");
        if (env != null && Files.isExecutable(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(d -> !d.isBlank()).map(d -> Path.of(d, "prometheus"));
        return Stream.concat(CANDIDATES.stream(), onPath).filter(Files::isExecutable).findFirst();
    }

    /**
     * Starts Prometheus with the project's scrape config, its targets replaced by {@code target} and its
     * intervals by {@code interval}.
     */
    static PrometheusServer start(Path binary, Path projectConfig, String target, String interval, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path config = workDir.resolve("prometheus.yml");
        Files.writeString(config, scrapeConfig(projectConfig, target, interval));
        int port = freePort();
        Path log = workDir.resolve("prometheus.log");
        Path tsdb = workDir.resolve("tsdb");
        Process p = new ProcessBuilder(binary.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + tsdb,
                "--web.listen-address=127.0.0.1:" + port,
                "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a test JVM that exits without close() must not leave the server running
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy));
        return new PrometheusServer(p, URI.create("http://127.0.0.1:" + port), log, tsdb);
    }

    /** The project's prometheus.yml (scrape job, metrics path, relabelling) with the wiredesk job pointed at one target. */
    static String scrapeConfig(Path projectConfig, String target, String interval) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode root = (ObjectNode) yaml.readTree(projectConfig.toFile());
        ((ObjectNode) root.get("global")).put("scrape_interval", interval).put("evaluation_interval", interval);
        ObjectNode job = (ObjectNode) root.get("scrape_configs").get(0);
        // the compose file's service discovery, swapped for the one live target
        job.remove("dns_sd_configs");
        ArrayNode targets = job.putArray("static_configs").addObject().putArray("targets");
        targets.add(target);
        return yaml.writeValueAsString(root);
    }

    boolean alive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** GET on the HTTP API; the parsed JSON answer (whatever its status: errors come as JSON too). */
    JsonNode get(String pathAndQuery) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An instant query. */
    JsonNode query(String promql) {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
    }

    /** Whether the API answers and every active target's last scrape succeeded. */
    boolean targetsUp() {
        try {
            JsonNode targets = get("/api/v1/targets").path("data").path("activeTargets");
            if (!targets.isArray() || targets.isEmpty()) {
                return false;
            }
            for (JsonNode t : targets) {
                if (!"up".equals(t.path("health").asText())) {
                    return false;
                }
            }
            return true;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** Stops the server and deletes its time series (the config and log stay for reading a failure). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteTree(tsdb);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leftovers under target/ only
        }
    }
}
