package io.wiredesk.enrich.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over chars: finds every occurrence of every pattern in one pass. Built once, then
 * read-only, so one instance serves all threads. Stored as flat arrays so that a knowledge base of 100k+
 * aliases compiles in well under a second and takes a few tens of megabytes.
 *
 * <p>Nodes are numbered breadth first, so the children of a node have consecutive numbers, in order of
 * their chars, and the shallow nodes every walk passes through lie together in memory. A node's record is
 * two ints side by side (first child and whether it ends a pattern; its own label and its number of
 * children), so a step down the trie scans the records of the children, which usually share a cache line,
 * and lands on the child's record already loaded: with 100k+ aliases the walk is bound by cache misses, not
 * by instructions. Outputs are looked up only at nodes that end a pattern.
 */
public final class AhoCorasick {
    /** One occurrence: pattern {@code pattern} at [start, end). */
    public record Hit(int start, int end, int pattern) {
    }

    /** A node's first child (low 30 bits) and whether it ends a pattern ({@link #OWNS}). */
    private static final int FIRST = 0;
    /** A node's label (low 16 bits) and its number of children (high 16 bits). */
    private static final int LABEL_COUNT = 1;
    private static final int OWNS = 1 << 30;
    private static final int CHILD_MASK = OWNS - 1;
    private static final int[] NONE = new int[0];

    /** The root's child by char, or 0. */
    private final int[] rootNext = new int[65536];
    /** Per node, two ints: first child and whether it ends a pattern; label and number of children. */
    private final int[] nodes;
    /** Per node: start of its outputs, end of its own, end of all (its own, then those inherited along failure links). */
    private final int[] outStart;
    private final int[] ownEnd;
    /**
     * Which two-char ASCII starts (first char * 128 + second) some pattern begins with (or is the first char
     * of, alone): most walks from a word end there without touching the trie.
     */
    private final long[] pairs = new long[128 * 128 / 64];
    /**
     * Nodes with many children (the shallow ones every walk passes through) also find a child by an ASCII
     * char directly: {@code dense[denseAt[node] + c]} is the child's index among its siblings plus one, or 0.
     */
    private static final int DENSE_CHILDREN = 8;
    private final int[] denseAt;
    private final char[] dense;
    private final int[] fail;
    /** Per node, end of all its outputs (its own, then those inherited along failure links). */
    private final int[] outEnd;
    private final int[] outPatterns;
    private final int[] lengths;

    public AhoCorasick(List<String> patterns) {
        Trie trie = new Trie();
        lengths = new int[patterns.size()];
        for (int p = 0; p < patterns.size(); p++) {
            String s = patterns.get(p);
            lengths[p] = s.length();
            if (!s.isEmpty()) {
                trie.add(s, p);
                markPair(s);
            }
        }
        int n = trie.size();
        // breadth-first numbering: old (construction) node -> new node, children sorted by char
        int[] order = new int[n];
        int[] parent = new int[n];
        nodes = new int[n * 2];
        char[] labels = new char[n];
        int tail = 1;
        long[] buf = new long[64];
        for (int head = 0; head < tail; head++) {
            int old = order[head];
            int count = 0;
            for (int c = trie.firstChild.get(old); c >= 0; c = trie.nextSibling.get(c)) {
                if (count == buf.length) {
                    buf = Arrays.copyOf(buf, count * 2);
                }
                buf[count++] = ((long) trie.label.get(c) << 32) | c;
            }
            Arrays.sort(buf, 0, count);
            nodes[head * 2 + FIRST] = tail;
            nodes[head * 2 + LABEL_COUNT] = labels[head] | (head == 0 ? 0 : count << 16); // the root's children: rootNext
            for (int i = 0; i < count; i++) {
                order[tail] = (int) buf[i];
                labels[tail] = (char) (buf[i] >>> 32);
                parent[tail] = head;
                if (head == 0) {
                    rootNext[labels[tail]] = tail;
                }
                tail++;
            }
        }
        denseAt = new int[n];
        int denseNodes = 0;
        for (int v = 1; v < n; v++) {
            if (childCount(v) >= DENSE_CHILDREN) {
                denseAt[v] = denseNodes++ * 128;
            }
        }
        dense = new char[denseNodes * 128];
        for (int v = 1; v < n; v++) {
            int first = nodes[v * 2 + FIRST] & CHILD_MASK;
            int end = first + childCount(v);
            if (end - first >= DENSE_CHILDREN) {
                for (int k = first; k < end; k++) {
                    if (labels[k] < 128) {
                        dense[denseAt[v] + labels[k]] = (char) (k - first + 1);
                    }
                }
            }
        }
        // failure links, breadth first (a node's failure target is shallower, so already linked)
        fail = new int[n];
        for (int v = 1; v < n; v++) {
            int p = parent[v];
            if (p == 0) {
                continue;
            }
            char c = labels[v];
            int f = fail[p];
            int target;
            while ((target = child(f, c)) < 0 && f != 0) {
                f = fail[f];
            }
            fail[v] = target < 0 || target == v ? 0 : target;
        }
        // outputs: a node's own patterns, then its failure node's (already complete, as it is shallower)
        int[][] extra = trie.extraOutputsByNode();
        int[][] all = new int[n][];
        for (int v = 0; v < n; v++) {
            int old = order[v];
            int[] own = trie.terminal.get(old) < 0 ? NONE : extra[old] != null ? extra[old] : new int[] {trie.terminal.get(old)};
            int[] inherited = v == 0 ? NONE : all[fail[v]];
            if (inherited.length == 0) {
                all[v] = own;
            } else if (own.length == 0) {
                all[v] = inherited;
            } else {
                int[] merged = Arrays.copyOf(own, own.length + inherited.length);
                System.arraycopy(inherited, 0, merged, own.length, inherited.length);
                all[v] = merged;
            }
            if (own.length > 0) {
                nodes[v * 2 + FIRST] |= OWNS;
            }
        }
        outStart = new int[n];
        ownEnd = new int[n];
        outEnd = new int[n];
        int total = 0;
        for (int v = 0; v < n; v++) {
            total += all[v].length;
        }
        outPatterns = new int[total];
        int at = 0;
        for (int v = 0; v < n; v++) {
            outStart[v] = at;
            ownEnd[v] = at + (trie.terminal.get(order[v]) < 0 ? 0 : extra[order[v]] != null ? extra[order[v]].length : 1);
            System.arraycopy(all[v], 0, outPatterns, at, all[v].length);
            at += all[v].length;
            outEnd[v] = at;
        }
    }

    /** The construction trie: first-child / next-sibling lists, one pattern per node, duplicates on the side. */
    private static final class Trie {
        final IntList firstChild = new IntList();
        final IntList nextSibling = new IntList();
        final CharList label = new CharList();
        final IntList terminal = new IntList();
        final List<int[]> extraOutputs = new ArrayList<>();
        final int[] rootChild = new int[65536];

        Trie() {
            firstChild.add(-1);
            nextSibling.add(-1);
            label.add('\0');
            terminal.add(-1);
        }

        int size() {
            return label.size();
        }

        void add(String s, int p) {
            int node = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                int child = find(node, c);
                if (child < 0) {
                    child = label.size();
                    label.add(c);
                    firstChild.add(-1);
                    nextSibling.add(firstChild.get(node));
                    terminal.add(-1);
                    firstChild.set(node, child);
                    if (node == 0) {
                        rootChild[c] = child;
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

        private int find(int node, char c) {
            if (node == 0) {
                int t = rootChild[c];
                return t == 0 ? -1 : t;
            }
            for (int ch = firstChild.get(node); ch >= 0; ch = nextSibling.get(ch)) {
                if (label.get(ch) == c) {
                    return ch;
                }
            }
            return -1;
        }

        /** For nodes that end several (equal) patterns: all of them, the first added first; else null. */
        int[][] extraOutputsByNode() {
            int[][] out = new int[size()][];
            for (int[] e : extraOutputs) {
                int[] o = out[e[0]] == null ? new int[] {terminal.get(e[0])} : out[e[0]];
                o = Arrays.copyOf(o, o.length + 1);
                o[o.length - 1] = e[1];
                out[e[0]] = o;
            }
            return out;
        }
    }

    private int child(int node, char c) {
        if (node == 0) {
            int t = rootNext[c];
            return t == 0 ? -1 : t;
        }
        int t = below(node, c);
        return t == 0 ? -1 : t;
    }

    private int childCount(int node) {
        return nodes[node * 2 + LABEL_COUNT] >>> 16;
    }

    private void markPair(String s) {
        char c1 = s.charAt(0);
        if (c1 >= 128) {
            return; // a non-ASCII start is always walked
        }
        if (s.length() == 1) {
            for (int c2 = 0; c2 < 128; c2++) {
                int b = c1 << 7 | c2;
                pairs[b >>> 6] |= 1L << b;
            }
        } else if (s.charAt(1) < 128) {
            int b = c1 << 7 | s.charAt(1);
            pairs[b >>> 6] |= 1L << b;
        }
    }

    /**
     * The child of a non-root node by {@code c}, or 0 (the root is nobody's child). Many children: a direct
     * table for ASCII, else a binary search; a few: a linear scan over their records.
     */
    private int below(int node, char c) {
        int r = node * 2;
        int lo = nodes[r + FIRST] & CHILD_MASK;
        int count = nodes[r + LABEL_COUNT] >>> 16;
        if (count < DENSE_CHILDREN) {
            for (int k = lo, end = lo + count; k < end; k++) {
                int label = nodes[k * 2 + LABEL_COUNT] & 0xFFFF;
                if (label >= c) {
                    return label == c ? k : 0;
                }
            }
            return 0;
        }
        if (c < 128) {
            int k = dense[denseAt[node] + c];
            return k == 0 ? 0 : lo + k - 1;
        }
        int hi = lo + count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int label = nodes[mid * 2 + LABEL_COUNT] & 0xFFFF;
            if (label < c) {
                lo = mid + 1;
            } else if (label > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return 0;
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

    /** As {@link #startingAt(CharSequence, int, Sink)}, over {@code text[0, limit)}. */
    public void startingAt(char[] text, int start, int limit, Sink sink) {
        char c1 = text[start];
        int node = rootNext[c1];
        if (node == 0) {
            return;
        }
        if (c1 < 128 && start + 1 < limit && text[start + 1] < 128) {
            int b = c1 << 7 | text[start + 1];
            if ((pairs[b >>> 6] & (1L << b)) == 0) {
                return;
            }
        }
        for (int i = start; node != 0; ) {
            if ((nodes[node * 2 + FIRST] & OWNS) != 0) {
                for (int k = outStart[node], own = ownEnd[node]; k < own; k++) {
                    sink.hit(start, i + 1, outPatterns[k]);
                }
            }
            if (++i >= limit) {
                return;
            }
            node = below(node, text[i]);
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
            for (int k = outStart[node]; k < outEnd[node]; k++) {
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
