package io.wiredesk.app.cli;

import io.wiredesk.app.Pipeline;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.sink.StoryQueries;
import io.wiredesk.sink.StoryRoutes;
import picocli.CommandLine.Option;

/** Where the process serves /metrics, /health and the story API. */
public final class HttpOptions {
    @Option(names = "--http-host", defaultValue = "127.0.0.1", description = "Address to serve HTTP on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--http-port", defaultValue = "8080", description = "Port for /metrics, /health/*, /stories (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    public HttpEndpoints start(Pipeline pipeline) {
        HttpEndpoints http = new HttpEndpoints(host, port, pipeline.registry(), pipeline::isLive, pipeline::isReady);
        pipeline.streamsOf("sink").ifPresent(streams -> StoryRoutes.register(http, new StoryQueries(streams)));
        return http.start();
    }
}
