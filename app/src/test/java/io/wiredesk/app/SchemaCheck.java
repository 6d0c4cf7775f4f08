package io.wiredesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.json.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Validates topic values against the JSON Schemas shipped in core. */
final class SchemaCheck {
    private final JsonSchema schema;

    SchemaCheck(String topic) {
        String resource = Schemas.schemaFor(topic);
        try (InputStream in = Schemas.class.getResourceAsStream(resource.startsWith("/") ? resource : "/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no schema resource " + resource + " for " + topic);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<ValidationMessage> validate(byte[] value) {
        try {
            JsonNode node = Json.MAPPER.readTree(value);
            return schema.validate(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
