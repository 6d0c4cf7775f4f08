package io.wiredesk.ingest.feed.rss;

import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.model.RawArticle;
import io.wiredesk.ingest.feed.HtmlCharset;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls RSS/Atom feeds: a conditional GET of the feed, then each item not seen before is fetched
 * politely and handed on as a RawArticle (text/html; url and title from the item, publisher = the
 * link's host, publishedAt = the item's date). Items are remembered in {@link FeedState}; the caller
 * saves the state once the articles are safely written.
 */
public final class RssPoller {
    private static final Pattern CHARSET = Pattern.compile("charset=\"?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

    private final PoliteFetcher fetcher;
    private final FeedState state;
    private final Clock clock;

    public RssPoller(PoliteFetcher fetcher, FeedState state, Clock clock) {
        this.fetcher = fetcher;
        this.state = state;
        this.clock = clock;
    }

    public PollReport poll(URI feedUrl, Consumer<RawArticle> out) {
        String key = feedUrl.toString();
        FeedState.Validators v = state.validators(key);
        Fetched feed = fetcher.get(feedUrl, v.etag(), v.lastModified());
        if (feed.notModified()) {
            return new PollReport(key, true, null, 0, List.of(), List.of());
        }
        if (!feed.ok()) {
            return new PollReport(key, false, feed.problem() != null ? feed.problem() : "HTTP " + feed.status(), 0, List.of(), List.of());
        }
        List<FeedItem> items = FeedParser.parse(decode(feed), feedUrl);
        List<String> written = new ArrayList<>();
        List<PollReport.Skipped> skipped = new ArrayList<>();
        for (FeedItem item : items) {
            if (state.seen(item.id())) {
                continue;
            }
            Fetched page = fetcher.get(URI.create(item.link()), null, null);
            String reason = unusable(page);
            if (reason == null) {
                RawArticle article = article(item, decode(page));
                out.accept(article);
                written.add(article.id());
                state.markSeen(item.id());
            } else {
                boolean retry = page.status() == 0 ? isTemporary(page.problem()) : page.status() >= 500 || page.status() == 429;
                skipped.add(new PollReport.Skipped(item.link(), reason, retry));
                if (!retry) {
                    state.markSeen(item.id());
                }
            }
        }
        state.validators(key, new FeedState.Validators(feed.etag(), feed.lastModified()));
        return new PollReport(key, false, null, items.size(), written, skipped);
    }

    private RawArticle article(FeedItem item, String html) {
        URI link = URI.create(item.link());
        String host = link.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        return new RawArticle(RawArticle.SCHEMA, ArticleIds.of(item.link(), html), item.link(), host, Instant.now(clock),
                item.publishedAt(), RawArticle.HTML, item.title(), html);
    }

    private static String unusable(Fetched page) {
        if (page.status() == 0) {
            return page.problem();
        }
        if (page.status() != 200) {
            return "HTTP " + page.status();
        }
        String type = page.contentType() == null ? "" : page.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
            return "not an HTML page: " + page.contentType();
        }
        return page.body().length == 0 ? "empty page" : null;
    }

    private static boolean isTemporary(String problem) {
        return problem != null && (problem.startsWith("unreachable") || problem.startsWith("read failed") || problem.equals("interrupted"));
    }

    /** The Content-Type's charset when it names one, else what the bytes say (BOM, meta, UTF-8, windows-1252). */
    private static String decode(Fetched f) {
        if (f.contentType() != null) {
            Matcher m = CHARSET.matcher(f.contentType());
            if (m.find()) {
                try {
                    return new String(f.body(), Charset.forName(m.group(1)));
                } catch (IllegalArgumentException unknown) {
                    // fall back to sniffing
                }
            }
            if (f.contentType().toLowerCase(Locale.ROOT).contains("xml")) {
                return new String(f.body(), StandardCharsets.UTF_8);
            }
        }
        return HtmlCharset.decode(f.body());
    }
}
