package io.wiredesk.enrich.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick automaton over chars: finds every occurrence of every pattern in one pass. Built once,
 * then read-only, so one instance serves all threads.
 */
public final class AhoCorasick {
    /** One occurrence: pattern {@code pattern} at [start, end). */
    public record Hit(int start, int end, int pattern) {
    }

    private final List<Map<Character, Integer>> next = new ArrayList<>();
    private final int[] fail;
    private final int[][] outputs;
    private final int[] lengths;

    public AhoCorasick(List<String> patterns) {
        List<List<Integer>> out = new ArrayList<>();
        next.add(new HashMap<>());
        out.add(new ArrayList<>());
        lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String s = patterns.get(p);
            lengths[p] = s.length();
            int node = 0;
            for (int i = 0; i < s.length(); i++) {
                Integer child = next.get(node).get(s.charAt(i));
                if (child == null) {
                    child = next.size();
                    next.get(node).put(s.charAt(i), child);
                    next.add(new HashMap<>());
                    out.add(new ArrayList<>());
                }
                node = child;
            }
            if (!s.isEmpty()) {
                out.get(node).add(p);
            }
        }
        fail = new int[next.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>(next.get(0).values());
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (Map.Entry<Character, Integer> e : next.get(node).entrySet()) {
                int child = e.getValue();
                int f = fail[node];
                while (f != 0 && !next.get(f).containsKey(e.getKey())) {
                    f = fail[f];
                }
                Integer target = next.get(f).get(e.getKey());
                fail[child] = target != null && target != child ? target : 0;
                out.get(child).addAll(out.get(fail[child]));
                queue.add(child);
            }
        }
        outputs = new int[out.size()][];
        for (int i = 0; i < out.size(); i++) {
            outputs[i] = out.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    public int states() {
        return next.size();
    }

    public List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer child;
            while ((child = next.get(node).get(c)) == null && node != 0) {
                node = fail[node];
            }
            node = child == null ? 0 : child;
            for (int p : outputs[node]) {
                hits.add(new Hit(i + 1 - lengths[p], i + 1, p));
            }
        }
        return hits;
    }

    @Override
    public String toString() {
        return "AhoCorasick" + Arrays.toString(new int[] {lengths.length, next.size()});
    }
}
