package io.wiredesk.bench;

import java.util.HashMap;
import java.util.Map;

/** "--name value" pairs of a harness's command line. */
public final class Options {
    private Options() {
    }

    public static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }
}
