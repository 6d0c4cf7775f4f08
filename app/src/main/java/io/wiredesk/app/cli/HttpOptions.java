package io.wiredesk.app.cli;

import io.wiredesk.app.Pipeline;
import io.wiredesk.app.http.ApiServer;
import io.wiredesk.app.http.ArticleIngest;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.core.kafka.StageConfig;
import io.wiredesk.sink.OpenApi;
import io.wiredesk.sink.StoryApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import picocli.CommandLine.Option;

/** Where the process serves /metrics, /health, the story API and POST /articles. */
public final class HttpOptions {
    @Option(names = "--http-host", defaultValue = "127.0.0.1", description = "Address to serve HTTP on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--http-port", defaultValue = "8080", description = "Port for /metrics, /health/*, /stories (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--http-advertised-host", paramLabel = "HOST",
            description = "Host name other sink instances use to reach this one (default: --http-host, or this machine's name when that is 0.0.0.0).")
    String advertisedHost;

    public HttpOptions() {
    }

    /** For tests and embedding: serve on {@code host:port}. */
    public HttpOptions(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * The config with {@code application.server} set to where this process serves HTTP, so that sink
     * instances find each other's stories. With {@code --http-port 0} a free port is chosen here.
     */
    public StageConfig advertise(StageConfig config) {
        if (port == 0) {
            port = freePort();
        }
        return config.toBuilder().kafka(StreamsConfig.APPLICATION_SERVER_CONFIG, advertisedHost() + ":" + port).build();
    }

    /**
     * Serves everything the pipeline's stages offer: with the sink, the story API across every sink
     * instance (when {@code config} has {@code application.server}, see {@link #advertise}) and the live
     * feed; with the clean stage, {@code POST /articles}.
     */
    public ApiServer serve(Pipeline pipeline, StageConfig config) {
        HttpEndpoints http = new HttpEndpoints(host, port, pipeline.registry(), pipeline::isLive, pipeline::isReady);
        ApiServer server = new ApiServer(http);
        try {
            OpenApi.register(http);
            String endpoint = config.kafka().get(StreamsConfig.APPLICATION_SERVER_CONFIG);
            HostInfo self = endpoint == null ? null : HostInfo.buildFromEndpoint(endpoint);
            pipeline.streamsOf("sink").ifPresent(streams -> server.hold(StoryApi.register(http, streams, self, feedClient(config),
                    config.getInt(StoryApi.FEED_MAX_SUBSCRIBERS, StoryApi.DEFAULT_FEED_MAX_SUBSCRIBERS))));
            if (pipeline.streamsOf("clean").isPresent()) {
                server.hold(ArticleIngest.register(http, config));
            }
            http.start();
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    public String host() {
        return host;
    }

    private static Properties feedClient(StageConfig config) {
        Properties p = config.clientProperties();
        p.remove(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return p;
    }

    private String advertisedHost() {
        if (advertisedHost != null && !advertisedHost.isBlank()) {
            return advertisedHost;
        }
        if (!host.equals("0.0.0.0") && !host.equals("::")) {
            return host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot tell this machine's name: pass --http-advertised-host", e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for HTTP", e);
        }
    }
}
