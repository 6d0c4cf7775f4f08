package io.wiredesk.dedupe;

import java.util.List;

/**
 * What dedupe compares of an article.
 *
 * @param id              article id
 * @param time            event time in epoch millis: publishedAt when stated, else receivedAt (orders a story, names it)
 * @param received        when the pipeline received the article, epoch millis (how long it stays in the index)
 * @param dated           whether the article states its publication time (only then does {@code time} say when it was published)
 * @param signature       MinHash signature of the body's word shingles, {@link Fingerprinter#SIGNATURE_BITS} bits per slot
 * @param shingles        number of distinct shingles (to turn a Jaccard estimate into containment)
 * @param terms           content terms of title, lead and body (stop words and linked entity names removed) with their TF-IDF
 *                        weights, the largest only ({@link TermVector})
 * @param entities        linked entities (no candidates), most salient first
 * @param eventDate       the main event date (ISO), or null when unknown or unreliable
 * @param eventYearKnown  whether the event date's year can be trusted (false: compare month and day only)
 * @param titleTerms      distinctive title words used as blocking keys
 */
public record Fingerprint(
        String id,
        long time,
        long received,
        boolean dated,
        int[] signature,
        int shingles,
        TermVector terms,
        List<WeightedEntity> entities,
        String eventDate,
        boolean eventYearKnown,
        List<String> titleTerms) {

    public OrderKey orderKey() {
        return new OrderKey(time, id);
    }

    public BucketEntry bucketEntry() {
        return BucketEntry.of(id, received);
    }
}
