package io.wiredesk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.micrometer.core.instrument.Meter;
import io.wiredesk.app.Pipeline;
import io.wiredesk.core.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Grafana dashboard against a real Prometheus server scraping a live demo (embedded broker, four
 * stages, seeds, a malformed record, then a steady trickle of copies): every panel's query must succeed and
 * return at least one series with a finite value; a panel titled "... per stage" must return every stage.
 * Also checks wiredesk's meters against Prometheus conventions on the same live run. Prometheus is the
 * Debian package (`.ci/run` installs it); the Prometheus part is skipped when the binary is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPrometheusTest {
    private static final Path DASHBOARD = SharedData.projectDir().resolve("monitoring/grafana/dashboards/wiredesk.json");
    private static final Path PROMETHEUS_YML = SharedData.projectDir().resolve("monitoring/prometheus.yml");
    private static final Path DATASOURCES = SharedData.projectDir().resolve("monitoring/grafana/provisioning/datasources/prometheus.yml");
    private static final Duration FEED_PERIOD = Duration.ofSeconds(2);
    /** What Grafana computes for $__rate_interval with the datasource's timeInterval of 5s: max(4 x 5s, interval + 5s). */
    private static final Map<String, String> GRAFANA_BUILT_INS = builtIns();
    private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private LiveDemo demo;
    private PrometheusServer prometheus;
    private Dashboard dashboard;

    @BeforeAll
    void startDemoAndPrometheus() throws Exception {
        dashboard = Dashboard.read(DASHBOARD);
        demo = LiveDemo.start(SharedData.seedsDir(), 2);
        Optional<Path> binary = PrometheusServer.binary();
        if (binary.isPresent()) {
            Path work = Files.createTempDirectory(SharedData.projectDir().resolve("app/target"), "prometheus-");
            prometheus = PrometheusServer.start(binary.get(), PROMETHEUS_YML, demo.metricsTarget(), "1s", work);
            await("Prometheus scraping the demo").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        assertThat(prometheus.alive()).as("prometheus exited: %s", prometheus.log()).isTrue();
                        return prometheus.targetsUp();
                    });
        }
        // scraped before any article arrives, so every rate below starts from a sample taken at zero traffic
        demo.feed(FEED_PERIOD);
        await("an article's story update after the feed").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> demo.scrape().contains("wiredesk_end_to_end_seconds_count{stage=\"sink\"}"));
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (demo != null) {
                // for reading a failure: what /metrics served at the end
                Files.writeString(SharedData.projectDir().resolve("app/target/live-demo-metrics.txt"), demo.scrape());
            }
        } finally {
            if (prometheus != null) {
                prometheus.close();
            }
            if (demo != null) {
                demo.close();
            }
        }
    }

    @Test
    void everyPanelQueryReturnsDataFromARealPrometheus() throws Exception {
        Assumptions.assumeTrue(prometheus != null,
                "prometheus binary not found (apt-get install prometheus, or set PROMETHEUS_BIN); skipping the dashboard test");
        List<String> stages = Pipeline.allStageNames();
        Map<String, String> pending = new LinkedHashMap<>();
        Map<String, Dashboard.Panel> panelOf = new HashMap<>();
        for (Dashboard.Panel panel : dashboard.panels()) {
            for (Dashboard.Target t : panel.targets()) {
                String key = "panel " + panel.id() + " '" + panel.title() + "' " + t.refId();
                pending.put(key, dashboard.resolve(t.expr(), GRAFANA_BUILT_INS));
                panelOf.put(key, panel);
            }
        }
        Map<String, String> lastProblem = new HashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            assertThat(prometheus.alive()).as("prometheus exited: %s", prometheus.log()).isTrue();
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                JsonNode answer = prometheus.query(e.getValue());
                String problem = problem(answer, panelOf.get(e.getKey()).title().contains("per stage") ? stages : List.of());
                if (problem == null) {
                    System.out.println(e.getKey() + " = " + answer.path("data").path("result"));
                    it.remove();
                } else {
                    lastProblem.put(e.getKey(), problem);
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        List<String> failures = pending.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue() + "\n    -> " + lastProblem.get(e.getKey())).toList();
        assertThat(failures).as("panels without data after %d copies fed", demo.copiesFed()).isEmpty();

        for (Dashboard.Variable v : dashboard.variables()) {
            JsonNode values = prometheus.get("/api/v1/label/" + v.label() + "/values?match[]=" + v.metric()).path("data");
            assertThat(values).as("values of variable %s", v.name()).extracting(JsonNode::asText).containsAll(stages);
        }
    }

    /** Why a query's answer is not data for a panel, or null when it is. */
    private static String problem(JsonNode answer, List<String> everyStage) {
        if (!"success".equals(answer.path("status").asText())) {
            return "error: " + answer.path("errorType").asText() + " " + answer.path("error").asText();
        }
        JsonNode result = answer.path("data").path("result");
        if (!result.isArray() || result.isEmpty()) {
            return "no series";
        }
        boolean finite = false;
        Set<String> stagesSeen = new TreeSet<>();
        for (JsonNode series : result) {
            double v = Double.parseDouble(series.path("value").get(1).asText().replace("+Inf", "Infinity").replace("-Inf", "-Infinity"));
            finite |= Double.isFinite(v);
            stagesSeen.add(series.path("metric").path("stage").asText());
        }
        if (!finite) {
            return "no finite value: " + result;
        }
        if (!stagesSeen.containsAll(everyStage)) {
            return "stages " + stagesSeen + ", expected all of " + everyStage;
        }
        return null;
    }

    @Test
    void wiredeskMetersFollowPrometheusConventions() {
        await("the malformed record counted").atMost(Duration.ofSeconds(30))
                .until(() -> demo.scrape().contains("wiredesk_dlq_total{reason=\"not-json\",stage=\"clean\"} 1.0"));
        // one set of tag keys per meter name, always including the stage
        Map<String, Set<Set<String>>> keysByName = new HashMap<>();
        for (Meter m : demo.embedded().pipeline().registry().getMeters()) {
            if (m.getId().getName().startsWith("wiredesk.")) {
                Set<String> keys = m.getId().getTags().stream().map(io.micrometer.core.instrument.Tag::getKey).collect(Collectors.toSet());
                keysByName.computeIfAbsent(m.getId().getName(), k -> new HashSet<>()).add(keys);
            }
        }
        keysByName.forEach((name, sets) -> {
            assertThat(sets).as("tag key sets of %s", name).hasSize(1);
            assertThat(sets.iterator().next()).as("tags of %s", name).contains("stage");
        });

        Map<String, List<Map<String, String>>> series = parse(demo.scrape());
        series.keySet().forEach(name -> assertThat(name).matches("[a-z_][a-z0-9_]*"));
        for (String counter : List.of("wiredesk_records_in_total", "wiredesk_records_out_total", "wiredesk_dlq_total",
                "wiredesk_dedupe_decisions_total", "wiredesk_dedupe_merges_total", "wiredesk_story_merges_total")) {
            assertThat(series).as("counter %s", counter).containsKey(counter);
        }
        for (String histogram : List.of("wiredesk_processing_seconds", "wiredesk_end_to_end_seconds", "wiredesk_enrich_entities",
                "wiredesk_enrich_candidates", "wiredesk_dedupe_candidates", "wiredesk_story_size")) {
            assertThat(series).as("histogram %s", histogram).containsKeys(histogram + "_bucket", histogram + "_count", histogram + "_sum");
        }
        assertThat(stageValues(series, "wiredesk_records_in_total")).containsAll(Pipeline.allStageNames());
        assertThat(stageValues(series, "wiredesk_processing_seconds_count")).containsAll(Pipeline.allStageNames());
        assertThat(series.get("wiredesk_dedupe_decisions_total")).extracting(l -> l.get("relation"))
                .contains("original", "copy");
        assertThat(series.get("wiredesk_index_entries")).extracting(l -> l.get("stage") + "/" + l.get("store"))
                .contains("dedupe/dedupe-buckets", "sink/stories");
        // the consumer's underscored copies of dotted topic names are dropped (they would double the lag)
        assertThat(series.getOrDefault("kafka_consumer_fetch_manager_records_lag", List.of()))
                .isNotEmpty().extracting(l -> l.get("topic")).noneMatch(t -> t.startsWith("wiredesk_"));
    }

    private static Set<String> stageValues(Map<String, List<Map<String, String>>> series, String name) {
        return series.getOrDefault(name, List.of()).stream().map(l -> l.get("stage")).collect(Collectors.toSet());
    }

    @Test
    void everyPanelQueriesTheProvisionedDatasource() throws Exception {
        JsonNode provisioned = new YAMLMapper().readTree(DATASOURCES.toFile()).path("datasources").get(0);
        String uid = provisioned.path("uid").asText();
        assertThat(dashboard.panels()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(dashboard.panels()).extracting(Dashboard.Panel::id).doesNotHaveDuplicates();
        for (Dashboard.Panel p : dashboard.panels()) {
            assertThat(p.datasourceUid()).as("datasource of panel %s", p.title()).isEqualTo(uid);
            assertThat(p.targets()).as("queries of panel %s", p.title()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.expr()).isNotBlank());
        }
        assertThat(dashboard.variables()).extracting(Dashboard.Variable::name).contains("stage");
    }

    /** Series of the Prometheus text format: name -> label sets. */
    static Map<String, List<Map<String, String>>> parse(String text) {
        Map<String, List<Map<String, String>>> out = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SERIES.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("not a Prometheus text line: " + line);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            if (m.group(2) != null) {
                Matcher l = LABEL.matcher(m.group(2));
                while (l.find()) {
                    labels.put(l.group(1), l.group(2));
                }
            }
            out.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(labels);
        }
        return out;
    }

    private static Map<String, String> builtIns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("__rate_interval", "20s");
        m.put("__interval", "5s");
        m.put("__range", "30m");
        return m;
    }
}
