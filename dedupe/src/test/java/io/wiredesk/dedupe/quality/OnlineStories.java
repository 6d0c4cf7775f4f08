package io.wiredesk.dedupe.quality;

import io.wiredesk.dedupe.BucketKeys;
import io.wiredesk.dedupe.DedupeSettings;
import io.wiredesk.dedupe.Fingerprint;
import io.wiredesk.dedupe.SimilarityScorer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the streaming match graph computes, in one process: articles arrive in feed order, each is compared with
 * the earlier articles sharing one of its blocking buckets (the newest {@code bucketMax} of a bucket, within the
 * window), every verified match is an edge, and the stories are the connected components.
 */
public final class OnlineStories {
    private OnlineStories() {
    }

    /** The story (index of its first article) of each article, in the order given. */
    public static List<Integer> cluster(List<Fingerprint> feed, DedupeSettings settings) {
        SimilarityScorer scorer = new SimilarityScorer(settings);
        BucketKeys keys = new BucketKeys(settings);
        Map<String, Deque<Integer>> buckets = new HashMap<>();
        int[] parent = new int[feed.size()];
        for (int i = 0; i < feed.size(); i++) {
            parent[i] = i;
            Fingerprint f = feed.get(i);
            java.util.Set<Integer> compared = new java.util.HashSet<>();
            for (String key : keys.of(f)) {
                Deque<Integer> bucket = buckets.computeIfAbsent(key, k -> new ArrayDeque<>());
                for (int j : bucket) {
                    if (compared.add(j) && scorer.decide(f, feed.get(j)).isPresent()) {
                        parent[find(parent, i)] = find(parent, j);
                    }
                }
                bucket.addFirst(i);
                if (bucket.size() > settings.bucketMax()) {
                    bucket.removeLast();
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < feed.size(); i++) {
            out.add(find(parent, i));
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
