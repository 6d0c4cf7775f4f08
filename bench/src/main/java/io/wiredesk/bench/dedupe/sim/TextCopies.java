package io.wiredesk.bench.dedupe.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ground truth of copy groups: a data set sometimes holds one wire text twice under two ids (edited differently by
 * two outlets), so source documents of one story whose texts are copies share a group. Two texts are copies when at
 * least {@link #SAME_TEXT} of the smaller one's word 5-grams occur in the other (exact, independent of dedupe's
 * tokenizer and MinHash); groups are closed transitively and named by their first document.
 */
final class TextCopies {
    static final double SAME_TEXT = 0.5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextCopies() {
    }

    static Map<String, String> groups(List<SourceDoc> docs) {
        Map<String, String> parent = new HashMap<>();
        docs.forEach(d -> parent.put(d.id(), d.id()));
        Map<String, Set<String>> grams = new HashMap<>();
        docs.forEach(d -> grams.put(d.id(), fiveGrams(d)));
        Map<String, List<SourceDoc>> byStory = new HashMap<>();
        docs.forEach(d -> byStory.computeIfAbsent(d.story(), s -> new ArrayList<>()).add(d));
        for (List<SourceDoc> story : byStory.values()) {
            for (int i = 0; i < story.size(); i++) {
                for (int j = i + 1; j < story.size(); j++) {
                    if (containment(grams.get(story.get(i).id()), grams.get(story.get(j).id())) >= SAME_TEXT) {
                        union(parent, story.get(i).id(), story.get(j).id());
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (SourceDoc d : docs) {
            out.putIfAbsent(find(parent, d.id()), d.id());
        }
        Map<String, String> group = new HashMap<>();
        docs.forEach(d -> group.put(d.id(), out.get(find(parent, d.id()))));
        return group;
    }

    static double containment(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        if (small.isEmpty()) {
            return 0;
        }
        long shared = small.stream().filter(large::contains).count();
        return (double) shared / small.size();
    }

    private static Set<String> fiveGrams(SourceDoc d) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(String.join("\n", d.paragraphs()).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 5 <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + 5)));
        }
        if (out.isEmpty() && !words.isEmpty()) {
            out.add(String.join(" ", words));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String x) {
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
