package io.wiredesk.enrich.eval;

import io.wiredesk.enrich.eval.GoldDocument.GoldLabel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-linking figures with ELEVANT's conventions. Spans+ids: a prediction is a true positive when its
 * span and id equal a gold mention's; a prediction on a NIL / NO_MAPPING gold span is a false positive, a
 * gold NIL span left unlinked is ignored; a wrong id on a gold span is one FP and one FN. Ids per
 * document: the set of predicted ids against the set of gold ids, summed over documents. On gold spans:
 * of the predictions whose span equals a linked gold span, how many carry the gold id (the figure for
 * sets that mark only some mentions, like RSS-500).
 */
public final class LinkingScore {
    private int tp;
    private int fp;
    private int fn;
    private int idTp;
    private int idFp;
    private int idFn;
    private int onGoldSpans;
    private int correctOnGoldSpans;
    private int documents;
    private final java.util.List<String> errors = new java.util.ArrayList<>();

    public void add(GoldDocument doc, List<Prediction> predictions) {
        documents++;
        Map<Long, GoldLabel> gold = new HashMap<>();
        doc.labels().forEach(l -> gold.put(key(l.start(), l.end()), l));
        Set<Long> matchedGold = new HashSet<>();
        for (Prediction p : predictions) {
            GoldLabel g = gold.get(key(p.start(), p.end()));
            if (g != null && g.linked()) {
                onGoldSpans++;
            }
            if (g != null && p.qid().equals(g.qid())) {
                tp++;
                correctOnGoldSpans++;
                matchedGold.add(key(g.start(), g.end()));
            } else {
                fp++;
                errors.add("FP " + doc.id() + " '" + doc.text().substring(p.start(), p.end()) + "' " + p.qid()
                        + (g == null ? " (no gold span)" : " gold " + (g.linked() ? g.qid() + " " + g.name() : "NIL")));
            }
        }
        for (GoldLabel g : doc.labels()) {
            if (g.linked() && !matchedGold.contains(key(g.start(), g.end()))) {
                fn++;
                errors.add("FN " + doc.id() + " '" + doc.text().substring(g.start(), g.end()) + "' " + g.qid() + " " + g.name());
            }
        }
        Set<String> goldIds = new HashSet<>();
        doc.labels().stream().filter(GoldLabel::linked).forEach(l -> goldIds.add(l.qid()));
        Set<String> predIds = new HashSet<>();
        predictions.forEach(p -> predIds.add(p.qid()));
        for (String q : predIds) {
            if (goldIds.contains(q)) {
                idTp++;
            } else {
                idFp++;
            }
        }
        for (String q : goldIds) {
            if (!predIds.contains(q)) {
                idFn++;
            }
        }
    }

    private static long key(int start, int end) {
        return ((long) start << 32) | end;
    }

    /** One line per false positive and false negative, in document order. */
    public java.util.List<String> errors() {
        return java.util.List.copyOf(errors);
    }

    public int documents() {
        return documents;
    }

    public int truePositives() {
        return tp;
    }

    public int falsePositives() {
        return fp;
    }

    public int falseNegatives() {
        return fn;
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double idPrecision() {
        return ratio(idTp, idTp + idFp);
    }

    public double idRecall() {
        return ratio(idTp, idTp + idFn);
    }

    public double idF1() {
        return f1(idPrecision(), idRecall());
    }

    /** Share of predictions on linked gold spans that carry the gold id. */
    public double accuracyOnGoldSpans() {
        return ratio(correctOnGoldSpans, onGoldSpans);
    }

    public int predictionsOnGoldSpans() {
        return onGoldSpans;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String summary(String name) {
        return String.format(java.util.Locale.ROOT,
                "%s: %d docs | spans+ids P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) | ids/doc P %.3f R %.3f F1 %.3f"
                        + " | on gold spans %.3f of %d",
                name, documents, precision(), recall(), f1(), tp, fp, fn, idPrecision(), idRecall(), idF1(),
                accuracyOnGoldSpans(), onGoldSpans);
    }
}
