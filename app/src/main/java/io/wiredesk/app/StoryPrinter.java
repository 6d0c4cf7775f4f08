package io.wiredesk.app;

import io.wiredesk.core.model.CanonicalStory;
import io.wiredesk.core.model.StoryEntity;
import io.wiredesk.core.model.StoryMember;
import java.io.PrintStream;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints canonical stories for people to read. */
public final class StoryPrinter {
    private final PrintStream out;

    public StoryPrinter(PrintStream out) {
        this.out = out;
    }

    public void print(CanonicalStory s) {
        out.printf("Story %s (v%d, %d article%s)%n", s.storyId(), s.version(), s.members().size(), s.members().size() == 1 ? "" : "s");
        out.printf("  title:      %s%n", s.title());
        if (s.eventDate() != null) {
            out.printf("  event date: %s%n", s.eventDate());
        }
        if (s.firstPublished() != null) {
            out.printf("  published:  %s%n", s.firstPublished());
        }
        out.printf("  canonical:  %s%n", s.canonicalArticleId());
        for (StoryMember m : s.members()) {
            out.printf(Locale.ROOT, "    - %-8s %.2f  %s  %s%n", m.relation().json(), m.similarity(),
                    m.publisher() == null ? "?" : m.publisher(), m.title() == null ? m.id() : m.title());
        }
        if (!s.agencies().isEmpty()) {
            out.printf("  agencies:   %s%n", String.join(", ", s.agencies()));
        }
        out.printf("  entities:   %s%n", s.entities().stream().filter(e -> !e.id().startsWith("candidate:"))
                .map(StoryEntity::name).collect(Collectors.joining(", ")));
        out.println();
    }

    public void printTombstone(String storyId) {
        out.printf("Story %s ended (merged into another story)%n%n", storyId);
    }
}
