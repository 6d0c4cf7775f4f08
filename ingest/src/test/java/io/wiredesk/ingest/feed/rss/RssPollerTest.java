package io.wiredesk.ingest.feed.rss;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wiredesk.core.model.RawArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed poller against a local HTTP server serving robots.txt, an RSS feed, an Atom feed and pages:
 * new items become articles, robots.txt and the size limit are obeyed, an unchanged feed is a 304,
 * what was written is remembered across restarts, requests to one host are spaced, the User-Agent is real.
 */
class RssPollerTest {
    private static final String UA = "wiredesk-test/1.0 (+https://example.org/bot)";
    private static final Duration INTERVAL = Duration.ofMillis(60);

    @TempDir
    Path stateDir;
    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<Long> requestTimes = new CopyOnWriteArrayList<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();
    private volatile String feedVersion = "v1";
    private final List<String> extraItems = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path);
        requestTimes.add(System.nanoTime());
        userAgents.put(path, String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
        switch (path) {
            case "/robots.txt" -> send(ex, 200, "text/plain", """
                    User-agent: otherbot
                    Disallow: /

                    User-agent: *
                    Disallow: /private/
                    Allow: /private/open$
                    """);
            case "/feed.xml" -> {
                String etag = "\"" + feedVersion + "\"";
                if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                    ex.getResponseHeaders().set("ETag", etag);
                    ex.sendResponseHeaders(304, -1);
                    ex.close();
                    return;
                }
                ex.getResponseHeaders().set("ETag", etag);
                send(ex, 200, "application/rss+xml; charset=utf-8", rss());
            }
            case "/atom.xml" -> send(ex, 200, "application/atom+xml", """
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
                      <entry><id>urn:wire:7</id><title>Atom story</title>
                        <link rel="alternate" href="/news/atom-7"/><link rel="enclosure" href="/img/7.jpg"/>
                        <published>2024-10-22T09:00:00+09:00</published></entry>
                    </feed>""");
            case "/news/big" -> send(ex, 200, "text/html", "<html><body>" + "x".repeat(50_000) + "</body></html>");
            case "/news/pdf" -> send(ex, 200, "application/pdf", "%PDF-1.4");
            case "/news/flaky" -> send(ex, 503, "text/plain", "try later");
            default -> send(ex, 200, "text/html; charset=utf-8",
                    "<html><head><title>" + path + "</title></head><body><article><p>Story at " + path + " — Seoul.</p></article></body></html>");
        }
    }

    private String rss() {
        StringBuilder items = new StringBuilder();
        for (String extra : extraItems) {
            items.append(item(extra, extra, "Tue, 22 Oct 2024 10:00:00 +0900"));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>News</title>
                <atom:link href="%s/feed.xml" rel="self"/>
                %s%s%s%s%s%s%s%s
                </channel></rss>""".formatted(base, items,
                item("n1", "/news/1", "Mon, 21 Oct 2024 08:00:00 +0900"),
                item("n2", base + "/news/2", "Mon, 21 Oct 2024 09:30:00 GMT"),
                item("p3", "/private/3", "Mon, 21 Oct 2024 10:00:00 +0900"),
                item("p4", "/private/open", "Mon, 21 Oct 2024 10:00:00 +0900"),
                item("big", "/news/big", null),
                item("pdf", "/news/pdf", null),
                item("flaky", "/news/flaky", null));
    }

    private static String item(String guid, String link, String date) {
        return "<item><title>Item " + guid + "</title><link>" + link + "</link><guid isPermaLink=\"false\">" + guid + "</guid>"
                + (date == null ? "" : "<pubDate>" + date + "</pubDate>") + "<description>&lt;p&gt;teaser&lt;/p&gt;</description></item>\n";
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private RssPoller poller() {
        FetchPolicy policy = new FetchPolicy(UA, INTERVAL, Duration.ofSeconds(5), 20_000);
        return new RssPoller(new PoliteFetcher(policy), FeedState.load(stateDir), Clock.systemUTC());
    }

    @Test
    void writesNewItemsPolitelyAndRemembersThemAcrossRestarts() {
        FeedState state = FeedState.load(stateDir);
        RssPoller poller = new RssPoller(new PoliteFetcher(new FetchPolicy(UA, INTERVAL, Duration.ofSeconds(5), 20_000)),
                state, Clock.systemUTC());
        List<RawArticle> out = new ArrayList<>();
        PollReport first = poller.poll(URI.create(base + "/feed.xml"), out::add);
        state.save();

        assertThat(first.items()).isEqualTo(7);
        assertThat(out).extracting(RawArticle::url).containsExactly(base + "/news/1", base + "/news/2", base + "/private/open");
        RawArticle one = out.get(0);
        assertThat(one.contentType()).isEqualTo(RawArticle.HTML);
        assertThat(one.publisher()).isEqualTo("127.0.0.1");
        assertThat(one.title()).isEqualTo("Item n1");
        assertThat(one.publishedAt()).isEqualTo("2024-10-21T08:00+09:00");
        assertThat(one.body()).contains("Story at /news/1 — Seoul.");
        assertThat(out.get(1).publishedAt()).isEqualTo("2024-10-21T09:30Z");

        assertThat(requests).as("robots.txt first, once; the disallowed page never").startsWith("/robots.txt")
                .doesNotContain("/private/3").containsOnlyOnce("/robots.txt");
        assertThat(first.skipped()).extracting(PollReport.Skipped::link, PollReport.Skipped::retry).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(base + "/private/3", false),
                org.assertj.core.groups.Tuple.tuple(base + "/news/big", false),
                org.assertj.core.groups.Tuple.tuple(base + "/news/pdf", false),
                org.assertj.core.groups.Tuple.tuple(base + "/news/flaky", true));
        assertThat(first.skipped()).filteredOn(s -> s.link().endsWith("/big")).first()
                .satisfies(s -> assertThat(s.reason()).startsWith("too large"));
        assertThat(first.skipped()).filteredOn(s -> s.link().endsWith("/private/3")).first()
                .satisfies(s -> assertThat(s.reason()).contains("robots.txt"));
        assertThat(userAgents.values()).containsOnly(UA);
        // the client spaces request starts; arrivals jitter under load, so check the whole span with slack:
        // without the per-host interval n requests arrive within a few milliseconds
        int n = requestTimes.size();
        assertThat(Duration.ofNanos(requestTimes.get(n - 1) - requestTimes.get(0)))
                .as("span of %d requests to one host", n).isGreaterThanOrEqualTo(INTERVAL.multipliedBy(3 * (n - 1)).dividedBy(4));

        // unchanged feed: a 304, nothing else fetched
        requests.clear();
        PollReport again = poller.poll(URI.create(base + "/feed.xml"), out::add);
        assertThat(again.notModified()).isTrue();
        assertThat(requests).containsExactly("/feed.xml");

        // a restart with the saved state and a changed feed: only the new item and the retry are fetched
        feedVersion = "v2";
        extraItems.add("/news/new");
        requests.clear();
        List<RawArticle> later = new ArrayList<>();
        RssPoller restarted = poller();
        PollReport third = restarted.poll(URI.create(base + "/feed.xml"), later::add);
        assertThat(third.notModified()).isFalse();
        assertThat(later).extracting(RawArticle::url).containsExactly(base + "/news/new");
        assertThat(requests).containsExactlyInAnyOrder("/robots.txt", "/feed.xml", "/news/new", "/news/flaky");
    }

    @Test
    void readsAtomFeeds() {
        List<RawArticle> out = new ArrayList<>();
        PollReport report = poller().poll(URI.create(base + "/atom.xml"), out::add);
        assertThat(report.items()).isEqualTo(1);
        assertThat(out).singleElement().satisfies(a -> {
            assertThat(a.url()).isEqualTo(base + "/news/atom-7");
            assertThat(a.title()).isEqualTo("Atom story");
            assertThat(a.publishedAt()).isEqualTo("2024-10-22T09:00+09:00");
        });
    }

    @Test
    void anUnreachableFeedIsAProblemNotACrash() {
        PollReport report = poller().poll(URI.create("http://127.0.0.1:1/feed.xml"), a -> { });
        assertThat(report.problem()).isNotBlank();
        assertThat(report.written()).isEmpty();
    }

    @Test
    void robotsRules() {
        RobotsTxt r = RobotsTxt.parse("""
                User-agent: wiredesk
                Disallow: /search
                Allow: /search/about
                Crawl-delay: 3

                User-agent: *
                Disallow: /
                """, "wiredesk");
        assertThat(r.allows("/news/1")).isTrue();
        assertThat(r.allows("/search?q=x")).isFalse();
        assertThat(r.allows("/search/about")).isTrue();
        assertThat(r.crawlDelay()).isEqualTo(Duration.ofSeconds(3));
        RobotsTxt star = RobotsTxt.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow:\n", "wiredesk");
        assertThat(star.allows("/a/b.pdf")).isFalse();
        assertThat(star.allows("/a/b.pdf.html")).isTrue();
        assertThat(RobotsTxt.parse("", "wiredesk").allows("/x")).isTrue();
    }
}
