package io.wiredesk.bench.clean;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import io.wiredesk.ingest.quality.BagOfWords;
import io.wiredesk.ingest.quality.DataArchives;
import io.wiredesk.ingest.quality.DateTally;
import io.wiredesk.ingest.quality.HtmldatePages;
import io.wiredesk.ingest.quality.ScoreTable;
import io.wiredesk.ingest.quality.WcxbPages;
import io.wiredesk.ingest.quality.WiredeskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * wiredesk's extractor beside readability4j and boilerpipe on the same pages in one run: WCXB bag-of-words
 * precision/recall/F1 per page type (averaged per page), htmldate exact-day accuracy.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.clean.ExtractionEval \
 *     --wcxb ../shared/data/extraction/wcxb-dev.tar.xz --htmldate ../shared/data/dates/htmldate-eval.tar.xz
 *     [--work target/shared-data]</pre>
 * Archives are unpacked under --work (default bench/target/shared-data) and reused; a directory is read as is.
 */
public final class ExtractionEval {
    private ExtractionEval() {
    }

    public static void main(String[] args) throws Exception {
        // readability4j logs every page it cannot post-process; the table is the output
        System.setProperty("org.slf4j.simpleLogger.log.net.dankito", "off");
        Map<String, String> o = parse(args);
        if (!o.containsKey("wcxb") && !o.containsKey("htmldate")) {
            System.err.println("usage: ExtractionEval [--wcxb DIR|wcxb-dev.tar.xz] [--htmldate DIR|htmldate-eval.tar.xz]"
                    + " [--work DIR]");
            System.exit(2);
        }
        Path work = Path.of(o.getOrDefault("work", "bench/target/shared-data"));
        WiredeskRunner wiredesk = new WiredeskRunner();
        Map<String, BinaryOperator<String>> systems = new LinkedHashMap<>();
        systems.put("wiredesk", wiredesk::text);
        systems.put("readability4j", ExtractionEval::readability);
        systems.put("boilerpipe", ExtractionEval::boilerpipe);
        if (o.containsKey("wcxb")) {
            wcxb(DataArchives.unpacked(Path.of(o.get("wcxb")), work), systems);
        }
        if (o.containsKey("htmldate")) {
            htmldate(DataArchives.unpacked(Path.of(o.get("htmldate")), work), wiredesk);
        }
    }

    private static void wcxb(Path dir, Map<String, BinaryOperator<String>> systems) throws Exception {
        WcxbPages set = new WcxbPages(dir);
        Map<String, ScoreTable> tables = new LinkedHashMap<>();
        Map<String, long[]> nanos = new LinkedHashMap<>();
        systems.keySet().forEach(s -> {
            tables.put(s, new ScoreTable());
            nanos.put(s, new long[1]);
        });
        for (WcxbPages.Page page : set.pages()) {
            for (Map.Entry<String, BinaryOperator<String>> s : systems.entrySet()) {
                long t0 = System.nanoTime();
                String text = safely(s.getValue(), page.html(), page.url());
                nanos.get(s.getKey())[0] += System.nanoTime() - t0;
                tables.get(s.getKey()).add(page.pageType(), BagOfWords.score(text, page.mainContent()));
            }
        }
        System.out.printf("WCXB (%s): %d pages, bag-of-words P / R / F1 averaged per page%n", dir, set.size());
        StringBuilder head = new StringBuilder(String.format("%-14s %5s", "page type", "pages"));
        systems.keySet().forEach(s -> head.append(String.format(" | %-22s", s + " P/R/F1")));
        System.out.println(head);
        Set<String> types = new TreeSet<>(tables.get("wiredesk").all().keySet());
        types.remove(ScoreTable.ALL);
        for (String type : concat(types, ScoreTable.ALL)) {
            StringBuilder row = new StringBuilder(String.format("%-14s %5d", type, tables.get("wiredesk").get(type).pages()));
            for (ScoreTable t : tables.values()) {
                ScoreTable.Averages a = t.get(type);
                row.append(String.format(" | %.3f %.3f %.3f      ", a.precision(), a.recall(), a.f1()));
            }
            System.out.println(row);
        }
        StringBuilder speed = new StringBuilder(String.format("%-20s", "seconds (1 thread)"));
        nanos.values().forEach(n -> speed.append(String.format(" | %-22.1f", n[0] / 1e9)));
        System.out.println(speed);
        System.out.println();
    }

    private static void htmldate(Path dir, WiredeskRunner wiredesk) throws Exception {
        HtmldatePages set = new HtmldatePages(dir);
        DateTally tally = new DateTally();
        for (HtmldatePages.Page page : set.pages()) {
            String found;
            try {
                found = wiredesk.date(page.html(), page.url());
            } catch (RuntimeException e) {
                found = null;
            }
            tally.add(found, page.date());
        }
        System.out.printf("htmldate set (%s): %d pages with a reference date (5 without one left out)%n", dir, tally.pages());
        System.out.printf("%-14s correct %d, wrong %d, none %d | accuracy %.3f  precision %.3f  recall %.3f  F1 %.3f%n",
                "wiredesk", tally.correct(), tally.wrong(), tally.missing(), tally.accuracy(), tally.precision(),
                tally.recall(), tally.f1());
        System.out.println("(readability4j and boilerpipe extract no publication date; htmldate 1.10 reports accuracy"
                + " 0.903 / F1 0.949 on this set, newspaper4k 0.680 / 0.810)");
    }

    private static String readability(String html, String url) {
        return new Readability4JExtended(url == null ? "https://example.invalid/" : url, html).parse().getTextContent();
    }

    private static String boilerpipe(String html, String url) {
        try {
            return ArticleExtractor.INSTANCE.getText(html);
        } catch (Exception e) {
            return "";
        }
    }

    private static String safely(BinaryOperator<String> f, String html, String url) {
        try {
            String s = f.apply(html, url);
            return s == null ? "" : s;
        } catch (RuntimeException | StackOverflowError e) {
            return "";
        }
    }

    private static List<String> concat(Set<String> types, String last) {
        List<String> out = new java.util.ArrayList<>(types);
        out.add(last);
        return out;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got '" + args[i] + "'");
            }
            m.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("expected --name value pairs");
        }
        if (m.containsKey("wcxb") && !Files.exists(Path.of(m.get("wcxb")))) {
            throw new IllegalArgumentException("no such file or directory: " + m.get("wcxb"));
        }
        return m;
    }
}
