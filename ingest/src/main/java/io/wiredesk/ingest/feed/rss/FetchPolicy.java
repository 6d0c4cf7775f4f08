package io.wiredesk.ingest.feed.rss;

import java.time.Duration;

/**
 * How politely to fetch: the User-Agent (its first word is the token robots.txt rules are matched
 * against), the least time between two requests to one host (a longer robots.txt Crawl-delay wins),
 * the timeout of one request, and the largest response body read.
 */
public record FetchPolicy(String userAgent, Duration minHostInterval, Duration timeout, int maxBytes) {
    public static final String DEFAULT_USER_AGENT = "wiredesk/0.1 (+https://github.com/wiredesk/wiredesk; news ingestion)";

    public static FetchPolicy defaults() {
        return new FetchPolicy(DEFAULT_USER_AGENT, Duration.ofSeconds(2), Duration.ofSeconds(20), 5 * 1024 * 1024);
    }

    /** The product token: "wiredesk" of "wiredesk/0.1 (...)". */
    public String productToken() {
        return userAgent.split("[/\\s]", 2)[0];
    }
}
