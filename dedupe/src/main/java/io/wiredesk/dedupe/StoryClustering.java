package io.wiredesk.dedupe;

import io.wiredesk.core.model.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Forms stories from the links among a set of articles (a connected component of the match graph), by
 * cluster-level decisions ({@link StoryRule}). A pure function of the members' order keys and links: whoever
 * computes it, in whatever order the links arrived, gets the same stories.
 *
 * <ol>
 * <li>Joins, in story order (order key): an article joins the earlier story whose members it links to with the
 * highest mean score, provided one of those links is a match on its own (a copy, or a score >= the event
 * threshold) and the mean reaches {@link StoryRule#joinMean()}; otherwise it starts a story. An article thus
 * needs more than one lucky pair to enter a story whose other members disagree.</li>
 * <li>Merges: two stories of step 1 become one when a copy links them, or when at least
 * {@link StoryRule#supportPairs()} of their cross links reach {@link StoryRule#supportThreshold()} and all their
 * cross links average {@link StoryRule#mergeMean()} (connected components over these merges, named by the smallest
 * order key).</li>
 * </ol>
 * Every join and merge needs a link of at least {@link #componentThreshold()}, so stories never span two components
 * of such links: the component is the unit one coordinator decides.
 */
public final class StoryClustering {
    private final double eventThreshold;
    private final StoryRule rule;

    public StoryClustering(DedupeSettings settings) {
        this.eventThreshold = settings.eventThreshold();
        this.rule = settings.story();
    }

    /** The weakest score that can join or merge stories: links at least this strong connect components. */
    public double componentThreshold() {
        return Math.min(eventThreshold, rule.supportThreshold());
    }

    /** Whether the link connects the components that one coordinator decides (label propagation follows it). */
    public boolean connects(Link link) {
        return link.strength() >= componentThreshold();
    }

    /**
     * The story of each member.
     *
     * @param members the articles by id with their order keys
     * @param links   per article its links (either side may hold a pair; links to non-members are ignored)
     */
    public Map<String, StoryAssignment> assign(Map<String, OrderKey> members, Map<String, Map<String, Link>> links) {
        Map<String, Map<String, Link>> adjacency = adjacency(members, links);
        List<OrderKey> order = new ArrayList<>(members.values());
        order.sort(Comparator.naturalOrder());

        Map<String, OrderKey> tree = new HashMap<>();
        for (OrderKey x : order) {
            tree.put(x.id(), join(x, adjacency.get(x.id()), members, tree));
        }
        Map<OrderKey, OrderKey> parent = new HashMap<>();
        merges(order, adjacency, members, tree).forEach((pair, evidence) -> {
            if (evidence.merges(rule)) {
                union(parent, pair.get(0), pair.get(1));
            }
        });

        Map<String, StoryAssignment> out = new TreeMap<>();
        for (OrderKey x : order) {
            OrderKey story = find(parent, tree.get(x.id()));
            out.put(x.id(), relation(x, story, adjacency.get(x.id()), members, tree, parent));
        }
        return out;
    }

    /** The root of the earlier story the article joins, or its own key. */
    private OrderKey join(OrderKey x, Map<String, Link> links, Map<String, OrderKey> members, Map<String, OrderKey> tree) {
        Map<OrderKey, Evidence> perStory = new TreeMap<>();
        for (var e : links.entrySet()) {
            OrderKey y = members.get(e.getKey());
            if (y.isBefore(x)) {
                perStory.computeIfAbsent(tree.get(y.id()), k -> new Evidence()).add(e.getValue(), eventThreshold);
            }
        }
        OrderKey best = null;
        double bestMean = -1;
        for (var e : perStory.entrySet()) { // by root key: ties go to the earliest story
            Evidence ev = e.getValue();
            if (ev.max >= eventThreshold && ev.mean() >= rule.joinMean() && ev.mean() > bestMean) {
                best = e.getKey();
                bestMean = ev.mean();
            }
        }
        return best == null ? x : best;
    }

    /** The evidence between each two stories of the join step, each pair of stories as [earlier, later]. */
    private Map<List<OrderKey>, Evidence> merges(List<OrderKey> order, Map<String, Map<String, Link>> adjacency,
                                                 Map<String, OrderKey> members, Map<String, OrderKey> tree) {
        Map<List<OrderKey>, Evidence> cross = new TreeMap<>(Comparator.<List<OrderKey>, OrderKey>comparing(p -> p.get(0))
                .thenComparing(p -> p.get(1)));
        for (OrderKey x : order) {
            OrderKey tx = tree.get(x.id());
            for (var e : adjacency.get(x.id()).entrySet()) {
                OrderKey y = members.get(e.getKey());
                OrderKey ty = tree.get(y.id());
                if (y.isBefore(x) && !tx.equals(ty)) {
                    List<OrderKey> pair = tx.isBefore(ty) ? List.of(tx, ty) : List.of(ty, tx);
                    cross.computeIfAbsent(pair, k -> new Evidence()).add(e.getValue(), rule.supportThreshold());
                }
            }
        }
        return cross;
    }

    private static StoryAssignment relation(OrderKey x, OrderKey story, Map<String, Link> links, Map<String, OrderKey> members,
                                            Map<String, OrderKey> tree, Map<OrderKey, OrderKey> parent) {
        if (x.equals(story)) {
            return new StoryAssignment(story, Relation.ORIGINAL, 1.0);
        }
        double bestCopy = -1;
        double bestRewrite = 0;
        for (var e : links.entrySet()) {
            if (!find(parent, tree.get(e.getKey())).equals(story)) {
                continue;
            }
            Link l = e.getValue();
            if (l.relation() == Relation.COPY) {
                bestCopy = Math.max(bestCopy, l.similarity());
            } else {
                bestRewrite = Math.max(bestRewrite, l.similarity());
            }
        }
        return bestCopy >= 0 ? new StoryAssignment(story, Relation.COPY, bestCopy) : new StoryAssignment(story, Relation.REWRITE, bestRewrite);
    }

    /** Symmetric links among the members, at least the link threshold (the stronger when the two sides differ). */
    private Map<String, Map<String, Link>> adjacency(Map<String, OrderKey> members, Map<String, Map<String, Link>> links) {
        Map<String, Map<String, Link>> out = new HashMap<>();
        members.keySet().forEach(id -> out.put(id, new TreeMap<>()));
        links.forEach((a, own) -> {
            if (!members.containsKey(a)) {
                return;
            }
            own.forEach((b, link) -> {
                if (!a.equals(b) && members.containsKey(b) && link.strength() >= rule.linkThreshold()) {
                    put(out.get(a), b, link);
                    put(out.get(b), a, link);
                }
            });
        });
        return out;
    }

    private static void put(Map<String, Link> links, String other, Link link) {
        Link known = links.get(other);
        if (known == null || link.strength() > known.strength()
                || link.strength() == known.strength() && link.similarity() > known.similarity()) {
            links.put(other, link);
        }
    }

    private static OrderKey find(Map<OrderKey, OrderKey> parent, OrderKey k) {
        OrderKey p = parent.getOrDefault(k, k);
        while (!p.equals(k)) {
            k = p;
            p = parent.getOrDefault(k, k);
        }
        return k;
    }

    /** Unites two stories under the earlier root, so the result names each story by its smallest key. */
    private static void union(Map<OrderKey, OrderKey> parent, OrderKey a, OrderKey b) {
        OrderKey ra = find(parent, a);
        OrderKey rb = find(parent, b);
        if (ra.equals(rb)) {
            return;
        }
        if (ra.isBefore(rb)) {
            parent.put(rb, ra);
        } else {
            parent.put(ra, rb);
        }
    }

    /** Links between an article (or a story) and a story: their count, sum, strongest, and how many reach a bar. */
    private static final class Evidence {
        private int n;
        private double sum;
        private double max;
        private int atLeast;
        private boolean copy;

        void add(Link link, double bar) {
            double s = link.strength();
            n++;
            sum += s;
            max = Math.max(max, s);
            if (s >= bar) {
                atLeast++;
            }
            copy |= link.relation() == Relation.COPY;
        }

        double mean() {
            return sum / n;
        }

        boolean merges(StoryRule rule) {
            return copy || atLeast >= rule.supportPairs() && mean() >= rule.mergeMean();
        }
    }
}
