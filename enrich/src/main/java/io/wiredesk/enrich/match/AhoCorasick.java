package io.wiredesk.enrich.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over chars: finds every occurrence of every pattern in one pass. Built once, then
 * read-only, so one instance serves all threads. Stored as flat arrays (children of a node sorted by char,
 * found by binary search; the root's children in a direct table) so that a knowledge base of 100k+ aliases
 * compiles in well under a second and takes a few tens of megabytes.
 */
public final class AhoCorasick {
    /** One occurrence: pattern {@code pattern} at [start, end). */
    public record Hit(int start, int end, int pattern) {
    }

    private final int[] rootNext = new int[65536];
    private final int[] childStart;
    private final char[] childChars;
    private final int[] childNodes;
    private final int[] fail;
    private final int[] outStart;
    /** End of a node's own patterns (those spelled by its path) within its output list. */
    private final int[] ownEnd;
    private final int[] outPatterns;
    private final int[] lengths;

    public AhoCorasick(List<String> patterns) {
        // construction trie: first-child / next-sibling lists
        IntList firstChild = new IntList();
        IntList nextSibling = new IntList();
        CharList label = new CharList();
        IntList terminal = new IntList(); // pattern ending at the node, or -1; duplicates chained below
        List<int[]> extraOutputs = new ArrayList<>();
        firstChild.add(-1);
        nextSibling.add(-1);
        label.add('\0');
        terminal.add(-1);
        lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String s = patterns.get(p);
            lengths[p] = s.length();
            if (s.isEmpty()) {
                continue;
            }
            int node = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int child = find(node, c, firstChild, nextSibling, label);
                if (child < 0) {
                    child = label.size();
                    label.add(c);
                    firstChild.add(-1);
                    nextSibling.add(firstChild.get(node));
                    terminal.add(-1);
                    firstChild.set(node, child);
                    if (node == 0) {
                        rootNext[c] = child;
                    }
                }
                node = child;
            }
            if (terminal.get(node) < 0) {
                terminal.set(node, p);
            } else {
                extraOutputs.add(new int[] {node, p});
            }
        }
        int n = label.size();
        // flatten: children sorted by char
        childStart = new int[n + 1];
        for (int v = 0; v < n; v++) {
            int count = 0;
            for (int c = firstChild.get(v); c >= 0; c = nextSibling.get(c)) {
                count++;
            }
            childStart[v + 1] = childStart[v] + count;
        }
        childChars = new char[childStart[n]];
        childNodes = new int[childStart[n]];
        long[] buf = new long[64];
        for (int v = 0; v < n; v++) {
            int count = childStart[v + 1] - childStart[v];
            if (buf.length < count) {
                buf = new long[count];
            }
            int k = 0;
            for (int c = firstChild.get(v); c >= 0; c = nextSibling.get(c)) {
                buf[k++] = ((long) label.get(c) << 32) | c;
            }
            Arrays.sort(buf, 0, count);
            for (int i = 0; i < count; i++) {
                childChars[childStart[v] + i] = (char) (buf[i] >>> 32);
                childNodes[childStart[v] + i] = (int) buf[i];
            }
        }
        // failure links and output lists, breadth first
        fail = new int[n];
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = childStart[0]; i < childStart[1]; i++) {
            order[tail++] = childNodes[i];
        }
        while (head < tail) {
            int v = order[head++];
            for (int i = childStart[v]; i < childStart[v + 1]; i++) {
                int child = childNodes[i];
                char c = childChars[i];
                int f = fail[v];
                int target;
                while ((target = child(f, c)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[child] = target < 0 || target == child ? 0 : target;
                order[tail++] = child;
            }
        }
        int[][] own = new int[n][];
        for (int v = 0; v < n; v++) {
            own[v] = terminal.get(v) < 0 ? new int[0] : new int[] {terminal.get(v)};
        }
        for (int[] e : extraOutputs) {
            own[e[0]] = Arrays.copyOf(own[e[0]], own[e[0]].length + 1);
            own[e[0]][own[e[0]].length - 1] = e[1];
        }
        // a node's outputs: its own, then its failure node's (already complete, as BFS order is by depth)
        int[][] all = new int[n][];
        all[0] = own[0];
        for (int i = 0; i < tail; i++) {
            int v = order[i];
            int[] inherited = all[fail[v]];
            if (inherited.length == 0) {
                all[v] = own[v];
            } else {
                int[] merged = Arrays.copyOf(own[v], own[v].length + inherited.length);
                System.arraycopy(inherited, 0, merged, own[v].length, inherited.length);
                all[v] = merged;
            }
        }
        outStart = new int[n + 1];
        for (int v = 0; v < n; v++) {
            outStart[v + 1] = outStart[v] + all[v].length;
        }
        outPatterns = new int[outStart[n]];
        ownEnd = new int[n];
        for (int v = 0; v < n; v++) {
            System.arraycopy(all[v], 0, outPatterns, outStart[v], all[v].length);
            ownEnd[v] = outStart[v] + own[v].length;
        }
    }

    private int find(int node, char c, IntList firstChild, IntList nextSibling, CharList label) {
        if (node == 0) {
            int t = rootNext[c];
            return t == 0 ? -1 : t;
        }
        for (int ch = firstChild.get(node); ch >= 0; ch = nextSibling.get(ch)) {
            if (label.get(ch) == c) {
                return ch;
            }
        }
        return -1;
    }

    private int child(int node, char c) {
        if (node == 0) {
            int t = rootNext[c];
            return t == 0 ? -1 : t;
        }
        int lo = childStart[node];
        int hi = childStart[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = childChars[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return childNodes[mid];
            }
        }
        return -1;
    }

    public int states() {
        return fail.length;
    }

    /** Receives the occurrences found by {@link #find(CharSequence, Sink)}, without allocating a hit each. */
    @FunctionalInterface
    public interface Sink {
        void hit(int start, int end, int pattern);
    }

    public List<Hit> find(CharSequence text) {
        List<Hit> hits = new ArrayList<>();
        find(text, (s, e, p) -> hits.add(new Hit(s, e, p)));
        return hits;
    }

    /**
     * The patterns that occur in {@code text} starting at {@code start}: a walk down the trie, no failure
     * links. Used when matches may only start at a few positions (word starts), which is much cheaper than
     * running the automaton over every character.
     */
    public void startingAt(CharSequence text, int start, Sink sink) {
        int node = 0;
        for (int i = start; i < text.length(); i++) {
            node = child(node, text.charAt(i));
            if (node < 0) {
                return;
            }
            for (int k = outStart[node]; k < ownEnd[node]; k++) {
                sink.hit(start, i + 1, outPatterns[k]);
            }
        }
    }

    public void find(CharSequence text, Sink sink) {
        int node = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int child;
            while ((child = child(node, c)) < 0 && node != 0) {
                node = fail[node];
            }
            node = child < 0 ? 0 : child;
            for (int k = outStart[node]; k < outStart[node + 1]; k++) {
                int p = outPatterns[k];
                sink.hit(i + 1 - lengths[p], i + 1, p);
            }
        }
    }

    @Override
    public String toString() {
        return "AhoCorasick[" + lengths.length + " patterns, " + fail.length + " states]";
    }

    private static final class IntList {
        private int[] a = new int[1024];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }
    }

    private static final class CharList {
        private char[] a = new char[1024];
        private int size;

        void add(char v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        char get(int i) {
            return a[i];
        }

        int size() {
            return size;
        }
    }
}
