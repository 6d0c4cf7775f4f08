package io.wiredesk.sink;

import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryEntity;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which stories a consumer wants: naming any of the entities (wiredesk or Wikidata id), carried by any
 * of the publishers (host name, "www." ignored; a parent domain matches its subdomains), updated at or
 * after {@code since}. An empty set or null means no condition.
 */
public record StoryFilter(Set<String> entities, Set<String> publishers, Instant since) {
    public static final StoryFilter ALL = new StoryFilter(Set.of(), Set.of(), null);

    public StoryFilter {
        entities = entities == null ? Set.of() : Set.copyOf(entities);
        publishers = publishers == null ? Set.of() : publishers.stream().map(StoryFilter::host).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isEmpty() {
        return entities.isEmpty() && publishers.isEmpty() && since == null;
    }

    public boolean matches(CanonicalStory story) {
        return namesAnEntity(story) && fromAPublisher(story) && (since == null || (story.updated() != null && !story.updated().isBefore(since)));
    }

    private boolean namesAnEntity(CanonicalStory story) {
        if (entities.isEmpty()) {
            return true;
        }
        for (StoryEntity e : story.entities()) {
            if (entities.contains(e.id()) || (e.wikidata() != null && entities.contains(e.wikidata()))) {
                return true;
            }
        }
        return false;
    }

    private boolean fromAPublisher(CanonicalStory story) {
        if (publishers.isEmpty()) {
            return true;
        }
        for (String p : story.publishers()) {
            String host = host(p);
            for (String wanted : publishers) {
                if (host.equals(wanted) || host.endsWith("." + wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String host(String publisher) {
        String h = publisher.trim().toLowerCase(Locale.ROOT);
        return h.startsWith("www.") ? h.substring(4) : h;
    }
}
