package io.wiredesk.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.wiredesk.core.http.HttpEndpoints;
import io.wiredesk.core.http.HttpEndpoints.Response;
import io.wiredesk.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the OpenAPI 3 description of every HTTP endpoint wiredesk serves. */
public final class OpenApi {
    static final String RESOURCE = "/io/wiredesk/sink/openapi.json";

    private OpenApi() {
    }

    public static JsonNode document() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public static void register(HttpEndpoints http) {
        JsonNode doc = document();
        http.route("/openapi.json", ex -> Response.json(200, doc));
    }
}
