package io.wiredesk.app.http;

import io.wiredesk.core.http.HttpEndpoints;
import java.util.ArrayList;
import java.util.List;

/** A process's HTTP server together with what its routes hold open (the feed's consumer, the ingest producer). */
public final class ApiServer implements AutoCloseable {
    private final HttpEndpoints http;
    private final List<AutoCloseable> resources = new ArrayList<>();

    public ApiServer(HttpEndpoints http) {
        this.http = http;
    }

    public ApiServer hold(AutoCloseable resource) {
        resources.add(resource);
        return this;
    }

    public HttpEndpoints http() {
        return http;
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.close();
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                // closing on the way out: nothing left to tell
            }
        }
    }
}
