package io.wiredesk.dedupe.quality;

import io.wiredesk.dedupe.BucketKeys;
import io.wiredesk.dedupe.DedupeSettings;
import io.wiredesk.dedupe.Fingerprint;
import io.wiredesk.dedupe.Link;
import io.wiredesk.dedupe.OrderKey;
import io.wiredesk.dedupe.ScaleSettings;
import io.wiredesk.dedupe.SimilarityScorer;
import io.wiredesk.dedupe.StoryAssignment;
import io.wiredesk.dedupe.StoryClustering;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the streaming match graph computes, in one process: articles arrive in feed order, each is compared with
 * the earlier articles sharing one of its blocking buckets (the newest {@code bucketMax} of a bucket, within the
 * window), every link the scorer keeps ({@link SimilarityScorer#link}) is recorded, and the stories are what
 * {@link StoryClustering} decides over the links, as each component's coordinator does in the graph (stories never
 * span components, so deciding over all articles at once gives the same result).
 */
public final class OnlineStories {
    private OnlineStories() {
    }

    /** The story (index of its first article in story order) of each article, in the order given. */
    public static List<Integer> cluster(List<Fingerprint> feed, DedupeSettings settings) {
        Map<String, Map<String, Link>> links = links(feed, settings);
        Map<String, OrderKey> keys = new TreeMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < feed.size(); i++) {
            keys.put(feed.get(i).id(), feed.get(i).orderKey());
            index.put(feed.get(i).id(), i);
        }
        Map<String, StoryAssignment> stories = new StoryClustering(settings).assign(keys, links);
        List<Integer> out = new ArrayList<>();
        for (Fingerprint f : feed) {
            out.add(index.get(stories.get(f.id()).story().id()));
        }
        return out;
    }

    /** Every article's links to the articles it was compared with (both sides hold each pair). */
    public static Map<String, Map<String, Link>> links(List<Fingerprint> feed, DedupeSettings settings) {
        SimilarityScorer scorer = new SimilarityScorer(settings);
        BucketKeys keys = new BucketKeys(settings);
        Map<String, Deque<Integer>> buckets = new HashMap<>();
        Map<String, Map<String, Link>> links = new TreeMap<>();
        feed.forEach(f -> links.put(f.id(), new TreeMap<>()));
        for (int i = 0; i < feed.size(); i++) {
            Fingerprint f = feed.get(i);
            Set<Integer> compared = new HashSet<>();
            for (String key : keys.of(f)) {
                Deque<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayDeque<>());
                for (int j : bucket) {
                    if (compared.add(j)) {
                        Fingerprint other = feed.get(j);
                        scorer.link(f, other).ifPresent(m -> {
                            links.get(f.id()).put(other.id(), new Link(m.relation(), m.similarity()));
                            links.get(other.id()).put(f.id(), new Link(m.relation(), m.similarity()));
                        });
                    }
                }
                bucket.addFirst(i);
                // the stage's bound: a bucket keeps (and a newcomer meets) at most this many of the latest members
                if (bucket.size() > ScaleSettings.DEFAULTS.keep(key, settings.bucketMax())) {
                    bucket.removeLast();
                }
            }
        }
        return links;
    }
}
