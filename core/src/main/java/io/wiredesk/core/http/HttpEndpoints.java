package io.wiredesk.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.wiredesk.core.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The small HTTP server every process runs: {@code /metrics} (Prometheus text), {@code /health/live},
 * {@code /health/ready}, plus routes a stage adds (the sink's story queries). Binds to localhost unless
 * told otherwise.
 */
public final class HttpEndpoints implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpEndpoints.class);

    /** A route's answer: status and a JSON-able body. */
    public record Response(int status, Object body, String contentType) {
        public static Response json(int status, Object body) {
            return new Response(status, body, "application/json");
        }
    }

    @FunctionalInterface
    public interface Route {
        Response handle(HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;

    public HttpEndpoints(String host, int port, PrometheusMeterRegistry registry, BooleanSupplier live, BooleanSupplier ready) {
        try {
            this.server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "wiredesk-http");
            t.setDaemon(true);
            return t;
        }));
        route("/metrics", ex -> new Response(200, registry.scrape(), "text/plain; version=0.0.4; charset=utf-8"));
        route("/health/live", ex -> health(live.getAsBoolean()));
        route("/health/ready", ex -> health(ready.getAsBoolean()));
    }

    private static Response health(boolean ok) {
        return Response.json(ok ? 200 : 503, Map.of("status", ok ? "UP" : "DOWN"));
    }

    public HttpEndpoints route(String path, Route route) {
        server.createContext(path, ex -> {
            try (ex) {
                Response r;
                try {
                    r = route.handle(ex);
                } catch (IllegalArgumentException e) {
                    r = Response.json(400, Map.of("error", String.valueOf(e.getMessage())));
                } catch (Exception e) {
                    LOG.warn("{} {} failed", ex.getRequestMethod(), ex.getRequestURI(), e);
                    r = Response.json(500, Map.of("error", String.valueOf(e.getMessage())));
                }
                send(ex, r);
            }
        });
        return this;
    }

    /**
     * A handler that writes its own response, e.g. a stream of server-sent events that outlives the call:
     * it must close the exchange itself.
     */
    public HttpEndpoints stream(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    private static void send(HttpExchange ex, Response r) throws IOException {
        byte[] body = r.body() instanceof String s && !r.contentType().startsWith("application/json")
                ? s.getBytes(StandardCharsets.UTF_8)
                : Json.bytes(r.body());
        ex.getResponseHeaders().set("Content-Type", r.contentType());
        ex.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    public HttpEndpoints start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
