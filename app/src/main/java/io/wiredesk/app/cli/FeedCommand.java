package io.wiredesk.app.cli;

import io.wiredesk.app.ArticlePublisher;
import io.wiredesk.core.Topics;
import io.wiredesk.ingest.feed.ArticleSources;
import io.wiredesk.ingest.feed.rss.FeedState;
import io.wiredesk.ingest.feed.rss.FetchPolicy;
import io.wiredesk.ingest.feed.rss.PoliteFetcher;
import io.wiredesk.ingest.feed.rss.PollReport;
import io.wiredesk.ingest.feed.rss.RssPoller;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "feed", mixinStandardHelpOptions = true,
        header = "Writes articles (files, directories, JSONL, RSS/Atom feeds) to the raw topic.",
        description = {"Writes articles to " + Topics.RAW + ": files (.html/.htm, also .gz, are HTML; other files",
                "are scraped text), directories (one article per file, optional manifest.json) and .jsonl files",
                "of RawArticle records. Re-feeding the same article gives the same id.",
                "With --rss, polls RSS/Atom feeds and fetches the pages they link politely (robots.txt, a pause",
                "between requests to one host, conditional GET, timeouts, a size limit), remembering what it wrote."})
public final class FeedCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to feed.")
    List<Path> paths = List.of();

    @Option(names = "--rss", paramLabel = "URL", description = "An RSS or Atom feed to poll (repeatable).")
    List<URI> feeds = List.of();

    @Option(names = "--every", paramLabel = "DURATION", description = "Poll the feeds again at this interval until Ctrl-C (e.g. 30s, 5m, 1h); default: once.")
    String every;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Where feed polling remembers ETags and seen items (default: ~/.wiredesk/feed-state).")
    Path stateDir;

    @Option(names = "--user-agent", defaultValue = FetchPolicy.DEFAULT_USER_AGENT, description = "User-Agent sent to sites (default: ${DEFAULT-VALUE}).")
    String userAgent;

    @Option(names = "--host-interval", defaultValue = "2s", paramLabel = "DURATION", description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}; a longer robots.txt Crawl-delay wins).")
    String hostInterval;

    @Option(names = "--timeout", defaultValue = "20s", paramLabel = "DURATION", description = "Timeout of one request (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--max-page-bytes", defaultValue = "5242880", description = "Largest page or feed read (default: ${DEFAULT-VALUE}).")
    int maxPageBytes;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws InterruptedException {
        if (paths.isEmpty() && feeds.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "give PATH... or --rss URL");
        }
        if (every != null && feeds.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--every needs --rss");
        }
        try (ArticlePublisher publisher = new ArticlePublisher(configOptions.build(true), System.out)) {
            if (!paths.isEmpty()) {
                long n = new ArticleSources().read(paths, publisher::publish);
                publisher.flush();
                System.out.printf("done: %d articles written to %s%n", n, Topics.RAW);
            }
            if (!feeds.isEmpty()) {
                pollFeeds(publisher);
            }
        }
        return 0;
    }

    private void pollFeeds(ArticlePublisher publisher) throws InterruptedException {
        Path dir = stateDir != null ? stateDir : Path.of(System.getProperty("user.home"), ".wiredesk", "feed-state");
        FeedState state = FeedState.load(dir);
        FetchPolicy policy = new FetchPolicy(userAgent, duration(hostInterval, "--host-interval"), duration(timeout, "--timeout"), maxPageBytes);
        RssPoller poller = new RssPoller(new PoliteFetcher(policy), state, Clock.systemUTC());
        Duration interval = every == null ? null : duration(every, "--every");
        CountDownLatch stop = new CountDownLatch(1);
        if (interval != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        }
        do {
            for (URI feed : feeds) {
                PollReport report = poller.poll(feed, publisher::publish);
                publisher.flush();
                state.save(); // only once Kafka has the articles: a crash before this re-fetches, never loses
                print(report);
            }
        } while (interval != null && !stop.await(interval.toMillis(), TimeUnit.MILLISECONDS));
    }

    private static void print(PollReport r) {
        if (r.problem() != null) {
            System.out.printf("%s: cannot read the feed: %s%n", r.feed(), r.problem());
        } else if (r.notModified()) {
            System.out.printf("%s: not modified%n", r.feed());
        } else {
            System.out.printf("%s: %d items, %d new articles written, %d skipped%n", r.feed(), r.items(), r.written().size(), r.skipped().size());
            r.skipped().forEach(s -> System.out.printf("  skipped %s: %s%s%n", s.link(), s.reason(), s.retry() ? " (will retry)" : ""));
        }
    }

    /** "30s", "5m", "1h", "250ms", "2d" or ISO-8601 ("PT5M"). */
    static Duration duration(String text, String option) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            Duration d = switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException();
            };
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException();
            }
            return d;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " must be a duration like 30s, 5m or 1h, not '" + text + "'");
        }
    }
}
