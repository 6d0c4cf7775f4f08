package io.wiredesk.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.Relation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cluster-level story rule on small graphs (default settings: event 0.36; link 0.15, join mean 0.2, 2 cross links >= 0.3 averaging 0.25). */
class StoryClusteringTest {
    private final StoryClustering clustering = new StoryClustering(DedupeSettings.DEFAULTS);
    private final Map<String, OrderKey> keys = new TreeMap<>();
    private final Map<String, Map<String, Link>> links = new TreeMap<>();

    private void article(String id, long time) {
        keys.put(id, new OrderKey(time, id));
        links.putIfAbsent(id, new TreeMap<>());
    }

    private void rewrite(String a, String b, double score) {
        links.get(a).put(b, new Link(Relation.REWRITE, score)); // one side suffices
    }

    private void copy(String a, String b) {
        links.get(a).put(b, new Link(Relation.COPY, 0.95));
        links.get(b).put(a, new Link(Relation.COPY, 0.95));
    }

    private Map<String, String> stories() {
        Map<String, String> out = new TreeMap<>();
        clustering.assign(keys, links).forEach((id, a) -> out.put(id, a.story().id()));
        return out;
    }

    @Test
    void aHardNegativeWithOneNearMatchAndWeakLinksStaysOut() {
        // the seeds' shape: three reports of one call, a report of a later call between the same two leaders
        article("a", 1);
        article("b", 2);
        article("c", 3);
        article("x", 4);
        rewrite("a", "b", 0.384);
        rewrite("b", "c", 0.472);
        rewrite("a", "c", 0.371);
        rewrite("x", "a", 0.350);
        rewrite("x", "b", 0.294);
        rewrite("x", "c", 0.264);
        assertThat(stories()).containsEntry("b", "a").containsEntry("c", "a").containsEntry("x", "x");
        Map<String, StoryAssignment> a = clustering.assign(keys, links);
        assertThat(a.get("a").relation()).isEqualTo(Relation.ORIGINAL);
        assertThat(a.get("c")).isEqualTo(new StoryAssignment(keys.get("a"), Relation.REWRITE, 0.472));
    }

    @Test
    void anArticleDoesNotJoinAStoryWhoseOtherMembersDisagree() {
        for (String id : List.of("a", "b", "c", "d", "e")) {
            article(id, id.charAt(0));
            if (!id.equals("a")) {
                rewrite("a", id, 0.5);
            }
        }
        article("x", 'x');
        rewrite("x", "a", 0.37); // one match on its own ...
        for (String id : List.of("b", "c", "d", "e")) {
            rewrite("x", id, 0.15); // ... but the rest of the story barely links: mean 0.194 < 0.2
        }
        assertThat(stories()).containsEntry("x", "x").containsEntry("e", "a");
        rewrite("x", "c", 0.25); // mean 0.214
        assertThat(stories()).containsEntry("x", "a");
    }

    @Test
    void oneStrayCrossEdgeDoesNotMergeTwoStoriesTwoSupportedOnesDo() {
        article("a", 1);
        article("b", 2);
        article("c", 3);
        article("d", 4);
        rewrite("a", "b", 0.5);
        rewrite("c", "d", 0.5);
        rewrite("c", "a", 0.20); // c's links to {a, b}: no match on its own, it starts a story
        rewrite("d", "b", 0.32);
        assertThat(stories()).containsEntry("b", "a").containsEntry("d", "c").containsEntry("c", "c");
        rewrite("c", "b", 0.31); // two cross links >= 0.3, mean (0.2 + 0.32 + 0.31) / 3 >= 0.25
        assertThat(stories().values()).containsOnly("a");
    }

    @Test
    void aCopyOfTwoStoriesMergesThemIntoTheEarlier() {
        article("a", 1);
        article("b", 2);
        article("roundup", 3);
        copy("roundup", "a");
        copy("roundup", "b");
        Map<String, StoryAssignment> a = clustering.assign(keys, links);
        assertThat(a.values()).extracting(StoryAssignment::story).containsOnly(keys.get("a"));
        assertThat(a.get("b").relation()).isEqualTo(Relation.COPY);
    }

    @Test
    void theStoriesDoNotDependOnTheOrderLinksAndMembersAreGivenIn() {
        Random random = new Random(3);
        for (int i = 0; i < 30; i++) {
            article("n" + i, random.nextInt(10));
        }
        List<String> ids = new ArrayList<>(keys.keySet());
        for (int k = 0; k < 90; k++) {
            String a = ids.get(random.nextInt(ids.size()));
            String b = ids.get(random.nextInt(ids.size()));
            if (!a.equals(b)) {
                rewrite(a, b, Math.round((0.1 + random.nextDouble() * 0.4) * 1000) / 1000.0);
            }
        }
        Map<String, StoryAssignment> expected = clustering.assign(keys, links);
        assertThat(new java.util.HashSet<>(expected.values().stream().map(StoryAssignment::story).toList())).hasSizeGreaterThan(1);
        Collections.shuffle(ids, random);
        Map<String, OrderKey> shuffledKeys = new LinkedHashMap<>();
        Map<String, Map<String, Link>> shuffledLinks = new HashMap<>();
        ids.forEach(id -> {
            shuffledKeys.put(id, keys.get(id));
            // each pair held by the other side this time
            links.get(id).forEach((other, l) -> shuffledLinks.computeIfAbsent(other, x -> new HashMap<>()).put(id, l));
        });
        assertThat(clustering.assign(shuffledKeys, shuffledLinks)).isEqualTo(expected);
    }
}
