package io.wiredesk.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How an article relates to its story. */
public enum Relation {
    /** The story's earliest article (its first report). */
    ORIGINAL,
    /** The same wire text, republished. */
    COPY,
    /** A report of the same event in other words. */
    REWRITE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public static Relation of(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
