package io.wiredesk.core.model;

import java.util.List;

/** A clean article plus what the enrich stage found in it. */
public record EnrichedArticle(
        int schema,
        String id,
        CleanArticle article,
        List<EntityRef> entities,
        List<EventDate> eventDates,
        List<Attribution> attributions) {

    public static final int SCHEMA = 1;

    /** The first (most prominent) event date, or null. */
    public String eventDate() {
        return eventDates == null || eventDates.isEmpty() ? null : eventDates.get(0).date();
    }
}
