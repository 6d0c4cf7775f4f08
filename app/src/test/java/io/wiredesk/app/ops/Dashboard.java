package io.wiredesk.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The panels of a Grafana dashboard JSON and their PromQL, with Grafana's variables replaced for Prometheus. */
record Dashboard(JsonNode json, List<Panel> panels, List<Variable> variables) {

    record Panel(int id, String title, String datasourceUid, List<Target> targets) {
    }

    record Target(String refId, String expr) {
    }

    /** A query variable: {@code label_values(metric, label)}. */
    record Variable(String name, String metric, String label, String allValue) {
    }

    private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([^,\\s]+)\\s*,\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*\\)");

    static Dashboard read(Path file) throws IOException {
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        List<Panel> panels = new ArrayList<>();
        collect(json.path("panels"), panels);
        List<Variable> variables = new ArrayList<>();
        for (JsonNode v : json.path("templating").path("list")) {
            String definition = v.path("definition").asText(v.path("query").path("query").asText(v.path("query").asText()));
            Matcher m = LABEL_VALUES.matcher(definition);
            if (!m.matches()) {
                throw new IllegalArgumentException("variable " + v.path("name").asText() + ": unsupported query " + definition);
            }
            variables.add(new Variable(v.path("name").asText(), m.group(1), m.group(2), v.path("allValue").asText(".*")));
        }
        return new Dashboard(json, panels, variables);
    }

    private static void collect(JsonNode nodes, List<Panel> into) {
        for (JsonNode p : nodes) {
            if (p.path("type").asText().equals("row")) {
                collect(p.path("panels"), into); // a collapsed row keeps its panels inside
                continue;
            }
            List<Target> targets = new ArrayList<>();
            for (JsonNode t : p.path("targets")) {
                targets.add(new Target(t.path("refId").asText(), t.path("expr").asText()));
            }
            into.add(new Panel(p.path("id").asInt(), p.path("title").asText(), p.path("datasource").path("uid").asText(), targets));
        }
    }

    /**
     * The expression as Prometheus gets it from Grafana: dashboard variables at their "All" value, Grafana's
     * interval variables at the given values.
     */
    String resolve(String expr, Map<String, String> builtIns) {
        String out = expr;
        for (Variable v : variables) {
            out = out.replace("${" + v.name() + "}", v.allValue()).replace("$" + v.name(), v.allValue());
        }
        for (Map.Entry<String, String> b : builtIns.entrySet()) {
            out = out.replace("${" + b.getKey() + "}", b.getValue()).replace("$" + b.getKey(), b.getValue());
        }
        if (out.contains("$")) {
            throw new IllegalArgumentException("unresolved variable in " + expr);
        }
        return out;
    }
}
