package io.wiredesk.bench.clean;

import io.wiredesk.ingest.quality.BagOfWords;
import io.wiredesk.ingest.quality.DataArchives;
import io.wiredesk.ingest.quality.ScoreTable;
import io.wiredesk.ingest.quality.WcxbPages;
import io.wiredesk.ingest.quality.WiredeskRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error analysis for wiredesk's extractor on WCXB dev: per page type P / R / F1 on all, even-numbered and
 * odd-numbered pages (tune on one half, check the other moves the same way), the pages sorted by lost F1, and,
 * for chosen pages, the words the extractor kept that the reference does not have and the words it missed.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.clean.WcxbErrors \
 *     ../shared/data/extraction/wcxb-dev.tar.xz [--tsv out.tsv] [--worst N] [--type product] [--show 0012,0040]</pre>
 *
 * {@code --tsv} writes one line per page (id, type, P, R, F1, predicted and reference word counts) to compare runs;
 * {@code --show} prints the extracted text and the word differences of the listed pages.
 */
public final class WcxbErrors {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private record Row(String id, String type, BagOfWords.Score score, int predicted, int reference) {
    }

    private WcxbErrors() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WcxbErrors <wcxb-dev.tar.xz|dir> [--tsv file] [--worst N] [--type T] [--show ids]");
            System.exit(2);
        }
        Path tsv = null;
        int worst = 10;
        String onlyType = null;
        Set<String> show = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--tsv" -> tsv = Path.of(args[++i]);
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--type" -> onlyType = args[++i];
                case "--show" -> show.addAll(List.of(args[++i].split(",")));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path source = Path.of(args[0]);
        WcxbPages set = new WcxbPages(Files.isDirectory(source) ? source
                : DataArchives.unpacked(source, Path.of("bench/target/shared-data")));
        WiredeskRunner runner = new WiredeskRunner();
        ScoreTable all = new ScoreTable();
        ScoreTable even = new ScoreTable();
        ScoreTable odd = new ScoreTable();
        List<Row> rows = new ArrayList<>();
        for (WcxbPages.Page page : set.pages()) {
            boolean shown = show.contains(page.id());
            if (!show.isEmpty() && !shown) {
                continue;
            }
            String predicted = runner.text(page.html(), page.url());
            BagOfWords.Score score = BagOfWords.score(predicted, page.mainContent());
            all.add(page.pageType(), score);
            (Integer.parseInt(page.id()) % 2 == 0 ? even : odd).add(page.pageType(), score);
            rows.add(new Row(page.id(), page.pageType(), score, words(predicted).size(), words(page.mainContent()).size()));
            if (shown) {
                showPage(page, predicted, score);
            }
        }
        System.out.printf("%-14s %5s  %-21s  %-21s  %-21s%n", "type", "pages", "all P / R / F1", "even P / R / F1",
                "odd P / R / F1");
        all.all().forEach((type, a) -> System.out.printf("%-14s %5d  %s  %s  %s%n", type, a.pages(), prf(a),
                prf(even.all().get(type)), prf(odd.all().get(type))));
        rows.sort(Comparator.comparingDouble((Row r) -> -(1 - r.score().f1())));
        Map<String, Integer> printed = new HashMap<>();
        System.out.println();
        System.out.println("worst pages (id type P R F1 predicted-words reference-words):");
        for (Row r : rows) {
            if ((onlyType == null || onlyType.equals(r.type())) && printed.merge(r.type(), 1, Integer::sum) <= worst) {
                System.out.println(line(r));
            }
        }
        if (tsv != null) {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(tsv))) {
                rows.sort(Comparator.comparing(Row::id));
                rows.forEach(r -> out.println(line(r)));
            }
        }
    }

    private static String prf(ScoreTable.Averages a) {
        return a == null ? "-" : String.format(Locale.ROOT, "%.3f / %.3f / %.3f", a.precision(), a.recall(), a.f1());
    }

    private static String line(Row r) {
        return String.format(Locale.ROOT, "%s\t%s\t%.3f\t%.3f\t%.3f\t%d\t%d", r.id(), r.type(), r.score().precision(),
                r.score().recall(), r.score().f1(), r.predicted(), r.reference());
    }

    private static void showPage(WcxbPages.Page page, String predicted, BagOfWords.Score score) {
        System.out.printf("===== %s %s %s  P %.3f R %.3f F1 %.3f%n", page.id(), page.pageType(), page.url(),
                score.precision(), score.recall(), score.f1());
        System.out.println("----- extracted:");
        System.out.println(predicted);
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> r = bag(page.mainContent());
        System.out.println("----- extra words: " + difference(p, r));
        System.out.println("----- missed words: " + difference(r, p));
        System.out.println("----- reference:");
        System.out.println(page.mainContent());
    }

    private static String difference(Map<String, Integer> a, Map<String, Integer> b) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            int extra = e.getValue() - b.getOrDefault(e.getKey(), 0);
            if (extra > 0) {
                n += extra;
                if (out.length() < 600) {
                    out.append(e.getKey()).append(extra > 1 ? "x" + extra : "").append(' ');
                }
            }
        }
        return n + ": " + out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        for (String w : words(text)) {
            bag.merge(w, 1, Integer::sum);
        }
        return bag;
    }
}
