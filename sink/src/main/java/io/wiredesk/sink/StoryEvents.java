package io.wiredesk.sink;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.model.StoryEvent;
import java.io.IOException;

/** Reads a story event from its bytes and checks it carries what its type needs. */
final class StoryEvents {
    static final String NOT_JSON = "not-json";
    static final String INVALID_EVENT = "invalid-event";

    private StoryEvents() {
    }

    static StoryEvent parse(String key, byte[] value) {
        if (value == null || value.length == 0) {
            throw new RejectedRecord(NOT_JSON, "empty value");
        }
        StoryEvent event;
        try {
            event = Json.MAPPER.readValue(value, StoryEvent.class);
        } catch (StreamReadException e) {
            throw new RejectedRecord(NOT_JSON, "not JSON: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new RejectedRecord(INVALID_EVENT, "not a story event: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new RejectedRecord(NOT_JSON, "unreadable: " + e.getMessage(), e);
        }
        if (event == null) {
            throw new RejectedRecord(NOT_JSON, "JSON null");
        }
        check(key, event);
        return event;
    }

    private static void check(String key, StoryEvent e) {
        require(e.type() != null, "no type");
        require(present(e.storyId()), "no storyId");
        require(e.storyId().equals(key), "key " + key + " is not the story id " + e.storyId());
        require(e.at() != null, "no time (at)");
        switch (e.type()) {
            case JOINED -> {
                require(e.article() != null && present(e.article().id()), "JOINED without article");
                require(e.relation() != null, "JOINED without relation");
            }
            case LEFT -> require(present(e.articleId()) && present(e.intoStoryId()), "LEFT without articleId and intoStoryId");
            case MERGED -> require(present(e.intoStoryId()), "MERGED without intoStoryId");
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean ok, String problem) {
        if (!ok) {
            throw new RejectedRecord(INVALID_EVENT, problem);
        }
    }
}
