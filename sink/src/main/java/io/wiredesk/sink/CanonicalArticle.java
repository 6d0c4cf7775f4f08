package io.wiredesk.sink;

import io.wiredesk.core.Agencies;
import io.wiredesk.core.model.ArticleSummary;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the article that represents a story: the agency original if there is one (published on the
 * site of the agency it credits), else the earliest, else the most complete.
 */
final class CanonicalArticle {
    static final Comparator<ArticleSummary> PREFERENCE = Comparator
            .comparing((ArticleSummary a) -> !isAgencyOriginal(a))
            .thenComparing(Chronology.EARLIEST_FIRST)
            .thenComparing(ArticleSummary::wordCount, Comparator.reverseOrder())
            .thenComparing(ArticleSummary::id);

    private CanonicalArticle() {
    }

    static ArticleSummary choose(List<ArticleSummary> articles) {
        return articles.stream().min(PREFERENCE)
                .orElseThrow(() -> new IllegalArgumentException("a story without articles has no canonical article"));
    }

    /**
     * Published by an agency on its own site, and not crediting another agency (a broadcaster that
     * republishes a Yonhap report on its site is not the original).
     */
    static boolean isAgencyOriginal(ArticleSummary a) {
        return originalAgency(a).isPresent();
    }

    /** The agency whose original this article is, if it is one. */
    static Optional<Agencies.Agency> originalAgency(ArticleSummary a) {
        return Agencies.publishedBy(a.publisher(), a.url())
                .filter(site -> a.agency() == null || a.agency().isBlank() || credits(site, a.agency()));
    }

    private static boolean credits(Agencies.Agency site, String credited) {
        return site.name().equalsIgnoreCase(credited) || site.credits().stream().anyMatch(c -> c.equalsIgnoreCase(credited));
    }
}
