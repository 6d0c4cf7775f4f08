package io.wiredesk.dedupe.quality;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.testing.SharedData;
import io.wiredesk.dedupe.BackgroundIdf;
import io.wiredesk.dedupe.BucketKeys;
import io.wiredesk.dedupe.ContentTerms;
import io.wiredesk.dedupe.DedupeSettings;
import io.wiredesk.dedupe.Fingerprint;
import io.wiredesk.dedupe.Fingerprinter;
import io.wiredesk.dedupe.PairScore;
import io.wiredesk.dedupe.SimilarityScorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Experiment harness: writes the evidence on candidate pairs for offline analysis. Runs only with -Dwiredesk.dump=DIR. */
@Tag("quality")
class PairFeatureDump {
    static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b|\\b\\d+(?:\\.\\d+)?\\b");

    @Test
    void dump() throws IOException {
        String dir = System.getProperty("wiredesk.dump");
        assumeTrue(dir != null, "no -Dwiredesk.dump");
        write(Path.of(dir, "ecb.tsv"), "stories/ecbplus-dev.jsonl", n -> true);
        write(Path.of(dir, "neus.tsv"), "stories/neus-dev.jsonl.gz", n -> n.get("story").asText().startsWith("neus-val-"));
    }

    private static void write(Path out, String file, java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> keep) throws IOException {
        StoryCorpus corpus = StoryCorpus.load(SharedData.dataFile(file).orElseThrow(), keep);
        Fingerprinter fp = new Fingerprinter(DedupeSettings.DEFAULTS);
        SimilarityScorer scorer = new SimilarityScorer(DedupeSettings.DEFAULTS);
        BucketKeys keys = new BucketKeys(DedupeSettings.DEFAULTS);
        List<LabelledDoc> docs = corpus.docs();
        List<Fingerprint> f = docs.stream().map(d -> fp.of(d.article())).toList();
        // the diagnostic cosines below read the terms by name: the largest MAX_TERMS of each article, as the fingerprint keeps
        List<Map<String, Integer>> terms = docs.stream()
                .map(d -> ContentTerms.topWeighted(Fingerprinter.termCounts(d.article()), Fingerprinter.MAX_TERMS, BackgroundIdf.shared())).toList();
        List<Map<String, Integer>> title = new ArrayList<>();
        List<Set<String>> nums = new ArrayList<>();
        List<Map<String, String>> ents = new ArrayList<>();
        for (LabelledDoc d : docs) {
            title.add(ContentTerms.count(d.article().article().title(), Set.of()));
            Set<String> n = new HashSet<>();
            Matcher m = NUMBER.matcher(d.article().article().title() + "\n" + d.article().article().text());
            while (m.find()) {
                n.add(m.group().replace(",", ""));
            }
            nums.add(n);
            Map<String, String> e = new HashMap<>();
            if (d.article().entities() != null) {
                for (EntityRef r : d.article().entities()) {
                    e.put(r.id(), r.type() + ":" + (r.inTitle() ? 1 : 0));
                }
            }
            ents.add(e);
        }
        List<Set<String>> bk = f.stream().map(x -> (Set<String>) new HashSet<>(keys.of(x))).toList();
        BackgroundIdf idf = BackgroundIdf.shared();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("i\tj\tsame\tblocked\toutside\tcopy\tcontent\tentities\tef\tdf\ttf\tevent\ttitlecos\ttitleShared\ttitleSharedIdf\tnumShared\tnumA\tnumB\tentShared\tentA\tentB\tlocShared\tlinkedA\tlinkedB\tstoryI\tstoryJ\tcosU\tcosB\tcos2\trare\tblockShared");
            for (int i = 0; i < f.size(); i++) {
                for (int j = 0; j < i; j++) {
                    boolean same = docs.get(i).story().equals(docs.get(j).story());
                    boolean blocked = !Collections.disjoint(bk.get(i), bk.get(j));
                    PairScore s = scorer.score(f.get(i), f.get(j));
                    if (!same && s.event() < 0.08 && s.copy() < 0.3) {
                        continue;
                    }
                    Map<String, Integer> ta = title.get(i);
                    Map<String, Integer> tb = title.get(j);
                    double tcos = cos(ta, tb, idf);
                    int tShared = 0;
                    double tIdf = 0;
                    for (String t : ta.keySet()) {
                        if (tb.containsKey(t) && t.indexOf(' ') < 0) {
                            tShared++;
                            tIdf += idf.of(t);
                        }
                    }
                    Set<String> na = nums.get(i);
                    Set<String> nb = nums.get(j);
                    int nShared = (int) na.stream().filter(nb::contains).count();
                    Map<String, String> ea = ents.get(i);
                    Map<String, String> eb = ents.get(j);
                    int eShared = 0;
                    int locShared = 0;
                    for (var e : ea.entrySet()) {
                        if (eb.containsKey(e.getKey())) {
                            eShared++;
                            if (e.getValue().startsWith("LOC") || e.getValue().startsWith("GPE") || e.getValue().startsWith("place")) {
                                locShared++;
                            }
                        }
                    }
                    w.printf(Locale.ROOT, "%d\t%d\t%d\t%d\t%d\t%.4f\t%.4f\t%.4f\t%.2f\t%.2f\t%.3f\t%.4f\t%.4f\t%d\t%.3f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s",
                            i, j, same ? 1 : 0, blocked ? 1 : 0, scorer.outsideWindow(f.get(i), f.get(j)) ? 1 : 0, s.copy(), s.content(),
                            s.entities(), s.entityFactor(), 1.0, 1.0, s.event(), tcos, tShared, tIdf, nShared, na.size(),
                            nb.size(), eShared, ea.size(), eb.size(), locShared, f.get(i).entities().size(), f.get(j).entities().size(),
                            docs.get(i).story(), docs.get(j).story());
                    w.printf(Locale.ROOT, "\t%.4f\t%.4f\t%.4f\t%d\t%d%n", cosv(terms.get(i), terms.get(j), idf, 1), cosv(terms.get(i), terms.get(j), idf, 2), cosv(terms.get(i), terms.get(j), idf, 3), rare(terms.get(i), terms.get(j), idf), (int) f.get(i).titleTerms().stream().filter(f.get(j).titleTerms()::contains).count());
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(out.toString().replace(".tsv", "-docs.tsv"))))) {
            for (int i = 0; i < docs.size(); i++) {
                LabelledDoc d = docs.get(i);
                w.printf("%d\t%s\t%s\t%s\t%s\t%s%n", i, d.id(), d.story(), d.dated() ? 1 : 0, d.article().article().title().replace('\t', ' '),
                        String.join(",", ents.get(i).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList()));
            }
        }
    }

    /** mode 1 unigrams, 2 bigrams, 3 idf squared. */
    private static double cosv(Map<String, Integer> a, Map<String, Integer> b, BackgroundIdf idf, int mode) {
        double dot = 0, na = 0, nb = 0;
        for (var e : a.entrySet()) {
            if (skip(e.getKey(), mode)) continue;
            double w = wt(e.getKey(), e.getValue(), idf, mode);
            na += w * w;
            Integer o = b.get(e.getKey());
            if (o != null) dot += w * wt(e.getKey(), o, idf, mode);
        }
        for (var e : b.entrySet()) {
            if (skip(e.getKey(), mode)) continue;
            double w = wt(e.getKey(), e.getValue(), idf, mode);
            nb += w * w;
        }
        return dot == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static boolean skip(String t, int mode) {
        return mode == 1 && t.indexOf(' ') >= 0 || mode == 2 && t.indexOf(' ') < 0;
    }

    private static double wt(String t, int c, BackgroundIdf idf, int mode) {
        double i = idf.of(t);
        return ContentTerms.tf(c) * (mode == 3 ? i * i : i);
    }

    private static int rare(Map<String, Integer> a, Map<String, Integer> b, BackgroundIdf idf) {
        int n = 0;
        for (String t : a.keySet()) {
            if (t.indexOf(' ') < 0 && b.containsKey(t) && idf.of(t) >= 12) n++;
        }
        return n;
    }

    private static double cos(Map<String, Integer> a, Map<String, Integer> b, BackgroundIdf idf) {
        double dot = 0, na = 0, nb = 0;
        for (var e : a.entrySet()) {
            double w = idf.of(e.getKey());
            na += w * w;
            if (b.containsKey(e.getKey())) {
                dot += w * w;
            }
        }
        for (var e : b.entrySet()) {
            double w = idf.of(e.getKey());
            nb += w * w;
        }
        return dot == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
