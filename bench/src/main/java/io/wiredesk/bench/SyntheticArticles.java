package io.wiredesk.bench;

import io.wiredesk.core.model.RawArticle;
import io.wiredesk.core.text.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * A deterministic stream of news-like scraped-text articles for throughput runs. Each fresh article
 * tells its own story: its sentences mix the function words of the seed articles with 40 invented
 * words of its own (names, places, facts), so different stories share little but grammar, as real ones
 * do. A share of the articles are republished copies of an earlier one with another header and footer
 * (as syndication does). Each is about {@code words} words long.
 */
public final class SyntheticArticles {
    private static final String[] HEADERS = {"Latest News", "World | Asia", "Home > Politics", "Breaking"};
    private static final String[] FOOTERS = {"Related posts", "Comments0", "Share it on...", "Leave a Comment"};

    private final List<String> vocabulary;
    private final SplittableRandom random;
    private final double copyShare;
    private final int words;
    private final List<String> bodies = new ArrayList<>();

    public SyntheticArticles(Path seedsDir, long seed, double copyShare, int words) {
        this.vocabulary = vocabulary(seedsDir);
        this.random = new SplittableRandom(seed);
        this.copyShare = copyShare;
        this.words = words;
    }

    public List<RawArticle> next(int n) {
        List<RawArticle> out = new ArrayList<>(n);
        Instant base = Instant.parse("2024-10-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            int index = bodies.size();
            String body = !bodies.isEmpty() && random.nextDouble() < copyShare
                    ? bodies.get(random.nextInt(bodies.size()))
                    : freshBody();
            bodies.add(body);
            String page = HEADERS[random.nextInt(HEADERS.length)] + "\n\n" + title() + "\n\n" + body + "\n\n"
                    + FOOTERS[random.nextInt(FOOTERS.length)] + "\n";
            String url = "https://site" + random.nextInt(200) + ".example/news/" + index;
            out.add(new RawArticle(RawArticle.SCHEMA, null, url, null, base.plusSeconds(60L * index),
                    base.plusSeconds(60L * index).toString(), RawArticle.TEXT, null, page));
        }
        return out;
    }

    private String title() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            sb.append(capitalise(i % 2 == 0 ? inventedWord() : vocabulary.get(random.nextInt(vocabulary.size())))).append(' ');
        }
        return sb.toString().trim();
    }

    private String freshBody() {
        List<String> own = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            own.add(inventedWord());
        }
        StringBuilder sb = new StringBuilder();
        int written = 0;
        while (written < words) {
            int len = 14 + random.nextInt(14);
            for (int i = 0; i < len; i++) {
                String w = random.nextInt(5) < 2 ? own.get(random.nextInt(own.size())) : vocabulary.get(random.nextInt(vocabulary.size()));
                sb.append(i == 0 ? capitalise(w) : w);
                sb.append(i == len - 1 ? ". " : " ");
            }
            written += len;
            if (random.nextInt(4) == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString().trim();
    }

    private static final String[] SYLLABLES = {"ka", "ri", "mo", "tan", "shi", "vel", "or", "du", "pen", "gra", "lu", "zen",
            "bo", "ter", "na", "kim", "sul", "ha", "dro", "vik", "me", "son", "ul", "cha"};

    private String inventedWord() {
        int n = 2 + random.nextInt(3);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static List<String> vocabulary(Path seedsDir) {
        List<String> words = new ArrayList<>();
        try (Stream<Path> files = Files.list(seedsDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Tokens.lowerWords(Files.readString(f)).stream().filter(w -> w.length() <= 4).forEach(words::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seeds from " + seedsDir, e);
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no seed texts in " + seedsDir);
        }
        return words;
    }
}
