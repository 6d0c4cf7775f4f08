package io.wiredesk.app.api;

import io.wiredesk.app.Pipeline;
import io.wiredesk.app.cli.HttpOptions;
import io.wiredesk.app.http.ApiServer;
import io.wiredesk.core.kafka.StageConfig;
import java.nio.file.Path;
import java.util.List;

/** One process's worth of wiredesk for the API tests: some stages, its HTTP server on a free port. */
final class SinkInstance implements AutoCloseable {
    final StageConfig config;
    final Pipeline pipeline;
    final ApiServer server;

    SinkInstance(StageConfig base, List<String> stages, Path stateDir) {
        HttpOptions http = new HttpOptions("127.0.0.1", 0);
        this.config = http.advertise(base);
        this.pipeline = Pipeline.create(config, stages, stateDir.toString()).start();
        this.server = http.serve(pipeline, config);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.close();
        pipeline.close();
    }
}
