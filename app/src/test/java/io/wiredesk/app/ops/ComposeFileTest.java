package io.wiredesk.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.app.Pipeline;
import io.wiredesk.app.Wiredesk;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.core.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * docker-compose.yml, monitoring/ and the Jib image against the code (Docker is not needed): the stage
 * services run exactly the stages the code has with options the command accepts, on the port Prometheus
 * scrapes and the image exposes; the environment names are settings the code reads; the topics come from
 * the {@code topics} command before any stage starts; Prometheus and Grafana find each other and the
 * dashboard.
 */
class ComposeFileTest {
    private static final Path ROOT = SharedData.projectDir();
    private static Map<String, Object> compose;
    private static Map<String, Object> services;

    @BeforeAll
    static void read() throws IOException {
        compose = yaml(ROOT.resolve("docker-compose.yml"));
        services = map(compose.get("services"));
    }

    @Test
    void everyStageRunsAsItsOwnServiceOnTheScrapedPort() throws Exception {
        List<String> stages = Pipeline.allStageNames();
        assertThat(services).containsKeys(stages.toArray(String[]::new));
        String image = jibImage();
        int exposed = jibPort();
        Map<String, Object> scrape = scrapeJob();
        Map<String, Object> dns = map(list(scrape.get("dns_sd_configs")).get(0));

        assertThat(list(dns.get("names"))).as("Prometheus DNS names = the stage services").containsExactlyInAnyOrderElementsOf(stages);
        assertThat(scrape.get("metrics_path")).isEqualTo("/metrics");
        for (String stage : stages) {
            Map<String, Object> service = map(services.get(stage));
            CommandLine.ParseResult run = parse(service).subcommand();
            assertThat(run.commandSpec().name()).as("%s's command", stage).isEqualTo("run");
            assertThat((Object) option(run, "--stages")).as("stages of service %s", stage).isEqualTo(List.of(stage));
            assertThat((Object) option(run, "--create-topics")).as("%s must not create topics (the topics service does)", stage).isEqualTo(false);
            assertThat((Object) option(run, "--http-host")).as("%s must listen beyond localhost", stage).isEqualTo("0.0.0.0");
            int port = option(run, "--http-port");
            assertThat(port).as("port of %s vs Prometheus", stage).isEqualTo(((Number) dns.get("port")).intValue());
            assertThat(port).as("port of %s vs the image's exposed port", stage).isEqualTo(exposed);
            for (Object mapping : list(service.getOrDefault("ports", List.of()))) {
                String[] parts = mapping.toString().split(":");
                assertThat(Integer.parseInt(parts[parts.length - 1])).as("container side of %s's port %s", stage, mapping).isEqualTo(port);
            }
            assertThat(service.get("image")).as("image of %s", stage).isEqualTo(image);
            Map<String, Object> dependsOn = map(service.get("depends_on"));
            assertThat(map(dependsOn.get("topics")).get("condition")).isEqualTo("service_completed_successfully");
            assertThat(map(dependsOn.get("kafka")).get("condition")).isEqualTo("service_healthy");
        }
    }

    @Test
    void topicsAreCreatedByTheTopicsCommandAndNeverAutoCreated() throws Exception {
        Map<String, Object> topics = map(services.get("topics"));
        CommandLine.ParseResult cmd = parse(topics).subcommand();
        assertThat(cmd.commandSpec().name()).isEqualTo("topics");
        int partitions = option(cmd, "--partitions");
        assertThat(partitions).as("partitions: the most instances of a stage that get work").isGreaterThanOrEqualTo(2);
        assertThat(topics.get("image")).isEqualTo(jibImage());

        Map<String, Object> kafkaEnv = map(map(services.get("kafka")).get("environment"));
        assertThat(String.valueOf(kafkaEnv.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
        assertThat(Long.parseLong(String.valueOf(kafkaEnv.get("KAFKA_MESSAGE_MAX_BYTES"))))
                .as("broker's message.max.bytes vs wiredesk's largest record").isGreaterThanOrEqualTo(StageConfig.MAX_RECORD_BYTES);
    }

    @Test
    void environmentNamesAreSettingsTheCodeReads() throws Exception {
        Set<String> kafkaConfigs = new HashSet<>();
        kafkaConfigs.addAll(StreamsConfig.configDef().names());
        kafkaConfigs.addAll(ProducerConfig.configNames());
        kafkaConfigs.addAll(ConsumerConfig.configNames());
        kafkaConfigs.addAll(AdminClientConfig.configNames());
        String sources = mainSources();
        Map<String, String> listeners = advertisedListeners();

        for (String name : List.of("topics", "clean", "enrich", "dedupe", "sink")) {
            Map<String, String> env = new LinkedHashMap<>();
            map(map(services.get(name)).get("environment")).forEach((k, v) -> env.put(k, String.valueOf(v)));
            StageConfig config = StageConfig.builder().environment(env).build();
            assertThat(config.kafka().keySet().stream().filter(k -> !kafkaConfigs.contains(k)).toList())
                    .as("unknown Kafka properties set by %s's environment", name).isEmpty();
            for (String setting : config.settings().keySet()) {
                assertThat(sources).as("setting %s (from %s's environment) is read somewhere", setting, name).contains("\"" + setting + "\"");
            }
            assertThat(config.bootstrapServers()).as("%s's bootstrap servers = the broker's internal listener", name)
                    .isEqualTo(listeners.get("INTERNAL"));
        }
        String external = listeners.get("EXTERNAL");
        assertThat(list(map(services.get("kafka")).get("ports"))).as("the host's listener is published")
                .contains(external.substring(external.indexOf(':') + 1) + ":" + external.substring(external.indexOf(':') + 1));
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml"))).as("the feed command in the header")
                .contains("--bootstrap-servers " + external);
    }

    @Test
    void prometheusAndGrafanaAreWiredToEachOtherAndTheDashboard() throws Exception {
        Map<String, Object> prometheus = map(services.get("prometheus"));
        Map<String, String> promMounts = mounts(prometheus);
        String configFile = list(prometheus.get("command")).stream().map(Object::toString)
                .filter(a -> a.startsWith("--config.file=")).findFirst().orElseThrow().substring("--config.file=".length());
        assertThat(promMounts).containsEntry(configFile, "monitoring/prometheus.yml");

        Map<String, Object> datasource = map(list(yaml(ROOT.resolve("monitoring/grafana/provisioning/datasources/prometheus.yml")).get("datasources")).get(0));
        assertThat(datasource.get("url")).isEqualTo("http://prometheus:9090");
        assertThat(list(prometheus.get("ports"))).contains("9090:9090");
        assertThat(String.valueOf(map(datasource.get("jsonData")).get("timeInterval")))
                .as("Grafana's minimum interval = the scrape interval").isEqualTo(map(yaml(ROOT.resolve("monitoring/prometheus.yml")).get("global")).get("scrape_interval"));

        Map<String, Object> grafana = map(services.get("grafana"));
        Map<String, String> mounts = mounts(grafana);
        assertThat(mounts).containsEntry("/etc/grafana/provisioning", "monitoring/grafana/provisioning");
        Map<String, Object> provider = map(list(yaml(ROOT.resolve("monitoring/grafana/provisioning/dashboards/wiredesk.yml")).get("providers")).get(0));
        String dashboardsDir = String.valueOf(map(provider.get("options")).get("path"));
        assertThat(mounts).as("the provider's path is where the dashboards are mounted").containsKey(dashboardsDir);
        String home = String.valueOf(map(grafana.get("environment")).get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH"));
        assertThat(home).startsWith(dashboardsDir + "/");
        assertThat(ROOT.resolve(mounts.get(dashboardsDir)).resolve(home.substring(dashboardsDir.length() + 1))).exists();
    }

    @Test
    void prometheusAcceptsTheScrapeConfig() throws Exception {
        Optional<Path> promtool = PrometheusServer.binary().map(p -> p.resolveSibling("promtool")).filter(Files::isExecutable);
        Assumptions.assumeTrue(promtool.isPresent(), "promtool not found (Debian package prometheus); skipping");
        Process p = new ProcessBuilder(promtool.get().toString(), "check", "config", ROOT.resolve("monitoring/prometheus.yml").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void theImageIsBuiltAndLoadedAsTheComposeHeaderSays() throws Exception {
        Element jib = jibConfiguration();
        String tar = text((Element) jib.getElementsByTagName("outputPaths").item(0), "tar").replace("${project.build.directory}", "app/target");
        String header = Files.readString(ROOT.resolve("docker-compose.yml"));
        assertThat(header).contains("jib:buildTar -pl app -am").contains("docker load --input " + tar);
        var from = jib.getElementsByTagName("extraDirectories");
        for (int i = 0; i < from.getLength(); i++) {
            String dir = text((Element) from.item(i), "from").replace("${project.basedir}/", "app/");
            assertThat(ROOT.resolve(dir)).as("extra directory of the image").isDirectory();
        }
    }

    // --- the Jib image of app/pom.xml

    private static Element jibConfiguration() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("app/pom.xml").toFile());
        var plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (text(plugin, "artifactId").equals("jib-maven-plugin")) {
                return (Element) plugin.getElementsByTagName("configuration").item(0);
            }
        }
        throw new AssertionError("no jib-maven-plugin in app/pom.xml");
    }

    private static String jibImage() throws Exception {
        Document parent = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile());
        String version = text(parent.getDocumentElement(), "version");
        Element to = (Element) jibConfiguration().getElementsByTagName("to").item(0);
        return text(to, "image").replace("${project.version}", version);
    }

    private static int jibPort() throws Exception {
        Element container = (Element) jibConfiguration().getElementsByTagName("container").item(0);
        assertThat(text(container, "mainClass")).isEqualTo(Wiredesk.class.getName());
        return Integer.parseInt(text(container, "port"));
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    // --- helpers

    private static CommandLine.ParseResult parse(Map<String, Object> service) {
        String[] args = list(service.get("command")).stream().map(Object::toString).toArray(String[]::new);
        return Wiredesk.commandLine().parseArgs(args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T option(CommandLine.ParseResult result, String name) {
        CommandLine.Model.OptionSpec spec = result.commandSpec().findOption(name);
        assertThat(spec).as("option %s of %s", name, result.commandSpec().name()).isNotNull();
        return (T) spec.getValue();
    }

    private Map<String, Object> scrapeJob() throws IOException {
        return map(list(yaml(ROOT.resolve("monitoring/prometheus.yml")).get("scrape_configs")).get(0));
    }

    private static Map<String, String> advertisedListeners() {
        String listeners = String.valueOf(map(map(services.get("kafka")).get("environment")).get("KAFKA_ADVERTISED_LISTENERS"));
        Map<String, String> byName = new LinkedHashMap<>();
        for (String l : listeners.split(",")) {
            String[] parts = l.trim().split("://");
            byName.put(parts[0], parts[1]);
        }
        return byName;
    }

    /** Container path -> host path (relative to the project) of a service's bind mounts. */
    private static Map<String, String> mounts(Map<String, Object> service) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Object v : list(service.get("volumes"))) {
            String[] parts = v.toString().split(":");
            if (parts[0].startsWith("./")) {
                assertThat(ROOT.resolve(parts[0].substring(2))).as("mounted path %s", parts[0]).exists();
                m.put(parts[1], parts[0].substring(2));
            }
        }
        return m;
    }

    private static String mainSources() throws IOException {
        StringBuilder all = new StringBuilder();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path module : modules.filter(d -> Files.isDirectory(d.resolve("src/main/java"))).toList()) {
                try (Stream<Path> s = Files.walk(module.resolve("src/main/java"))) {
                    files.addAll(s.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList()));
                }
            }
        }
        for (Path f : files) {
            all.append(Files.readString(f));
        }
        return all.toString();
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new Yaml().load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        assertThat(o).isInstanceOf(List.class);
        return (List<Object>) o;
    }
}
