package io.wiredesk.dedupe;

import io.wiredesk.core.Dates;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.EventDate;
import io.wiredesk.core.model.Mention;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Computes an article's {@link Fingerprint}: a pure function of the article and the settings. */
public final class Fingerprinter {
    public static final int SHINGLE_WORDS = 5;
    /** Content terms kept: the scores and thresholds were tuned on 200-term vectors (100 moves the seeds' scores by ~0.05). */
    public static final int MAX_TERMS = 200;
    /** Bits kept of each MinHash slot (b-bit MinHash: unequal slots collide with odds 2^-bits, corrected in the estimate). */
    public static final int SIGNATURE_BITS = 16;
    public static final int MAX_TITLE_TERMS = 4;
    public static final int MAX_LEAD_TERMS = 3;
    public static final int TITLE_WEIGHT = 3;
    static final String CANDIDATE_PREFIX = "candidate:";
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|2\\d)\\d\\d\\b");

    private final MinHash minHash;

    public Fingerprinter(DedupeSettings settings) {
        this.minHash = new MinHash(settings.signatureSize());
    }

    public Fingerprint of(EnrichedArticle enriched) {
        CleanArticle a = enriched.article();
        Instant published = Dates.toInstant(a.publishedAt()).orElse(null);
        Instant when = published != null ? published : a.receivedAt() != null ? a.receivedAt() : Instant.EPOCH;
        String body = a.paragraphs() == null ? "" : a.text();
        long[] shingles = Shingles.of(ContentTerms.words(body), SHINGLE_WORDS);

        List<EntityRef> linked = linkedEntities(enriched);
        Set<String> entityWords = entityWords(linked);
        TermVector terms = TermVector.of(termCounts(a, body, entityWords), MAX_TERMS, BackgroundIdf.shared());

        EventDate event = enriched.eventDates() == null || enriched.eventDates().isEmpty() ? null : enriched.eventDates().get(0);
        String eventDate = null;
        boolean yearKnown = false;
        if (event != null && event.date() != null) {
            String phrase = nonNull(event.phrase());
            yearKnown = published != null || YEAR.matcher(phrase).find();
            // without a publication date, a relative phrase ("on Wednesday") was resolved against the receiving time: useless
            boolean absolute = phrase.chars().anyMatch(Character::isDigit);
            if (published != null || absolute) {
                eventDate = event.date();
            }
        }
        Instant received = a.receivedAt() != null ? a.receivedAt() : when;
        return new Fingerprint(a.id() != null ? a.id() : enriched.id(), when.toEpochMilli(), received.toEpochMilli(), published != null,
                signature(shingles), shingles.length, terms, weighted(linked), eventDate, yearKnown,
                blockingTerms(a.title(), a.lead(), entityWords));
    }

    /** All content terms of the article with their counts, before the largest are kept (evaluation tools read them). */
    public static Map<String, Integer> termCounts(EnrichedArticle enriched) {
        CleanArticle a = enriched.article();
        return termCounts(a, a.paragraphs() == null ? "" : a.text(), entityWords(linkedEntities(enriched)));
    }

    private static Map<String, Integer> termCounts(CleanArticle a, String body, Set<String> entityWords) {
        // the title says what the event is in the fewest words: it counts as often as TITLE_WEIGHT body mentions
        Map<String, Integer> counts = ContentTerms.count(String.join("\n", nonNull(a.lead()), body), entityWords);
        ContentTerms.count(a.title(), entityWords).forEach((t, c) -> counts.merge(t, c * TITLE_WEIGHT, Integer::sum));
        return counts;
    }

    private static List<EntityRef> linkedEntities(EnrichedArticle enriched) {
        if (enriched.entities() == null) {
            return List.of();
        }
        return enriched.entities().stream()
                .filter(e -> e.id() != null && !e.id().startsWith(CANDIDATE_PREFIX) && !"candidate".equals(e.type()))
                .sorted(Comparator.comparingDouble(EntityRef::salience).reversed().thenComparing(EntityRef::id))
                .toList();
    }

    private int[] signature(long[] shingles) {
        int[] sig = minHash.signature(shingles);
        if (SIGNATURE_BITS < 32) {
            for (int i = 0; i < sig.length; i++) {
                sig[i] >>>= 32 - SIGNATURE_BITS;
            }
        }
        return sig;
    }

    private static List<WeightedEntity> weighted(List<EntityRef> linked) {
        double max = linked.stream().mapToDouble(EntityRef::salience).max().orElse(0);
        return linked.stream()
                .map(e -> new WeightedEntity(e.id(), entityWeight(entityWeightCode(max > 0 ? e.salience() / max : 1.0))))
                .toList();
    }

    /** An entity weight (0..1) in one byte: the fingerprint holds the quantized weight, so its binary form is exact. */
    static int entityWeightCode(double weight) {
        return (int) Math.max(0, Math.min(255, Math.round(weight * 255)));
    }

    static double entityWeight(int code) {
        return code / 255.0;
    }

    /** The words naming linked entities: the actors, which are compared as entities, not as content. */
    private static Set<String> entityWords(List<EntityRef> linked) {
        Set<String> words = new HashSet<>();
        for (EntityRef e : linked) {
            addTerms(words, e.name());
            if (e.mentions() != null) {
                for (Mention m : e.mentions()) {
                    addTerms(words, m.text());
                }
            }
        }
        return words;
    }

    private static void addTerms(Set<String> into, String text) {
        for (String w : ContentTerms.words(text)) {
            String t = ContentTerms.term(w);
            if (t != null) {
                into.add(t);
            }
        }
    }

    /**
     * Blocking words: the rarest single content words of the title, then of the lead (by background IDF; rare words
     * are what two reports of one event share and other stories do not).
     */
    private static List<String> blockingTerms(String title, String lead, Set<String> entityWords) {
        BackgroundIdf idf = BackgroundIdf.shared();
        Comparator<String> rarestFirst = Comparator.comparingDouble((String t) -> -idf.of(t)).thenComparing(Comparator.naturalOrder());
        LinkedHashSet<String> out = new LinkedHashSet<>();
        ContentTerms.count(title, entityWords).keySet().stream().filter(Fingerprinter::singleWord).sorted(rarestFirst)
                .limit(MAX_TITLE_TERMS).forEach(out::add);
        ContentTerms.count(lead, entityWords).keySet().stream().filter(Fingerprinter::singleWord).filter(t -> !out.contains(t))
                .sorted(rarestFirst).limit(MAX_LEAD_TERMS).forEach(out::add);
        return List.copyOf(out);
    }

    private static boolean singleWord(String t) {
        return t.length() >= 4 && t.chars().allMatch(Character::isLetter);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
