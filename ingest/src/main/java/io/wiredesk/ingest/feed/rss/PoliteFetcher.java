package io.wiredesk.ingest.feed.rss;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * GETs pages the way a well-behaved crawler does: obeys each host's robots.txt (fetched once per
 * host; missing = allowed, unreachable or 5xx = nothing allowed, per RFC 9309), waits between requests to
 * one host, sends a real User-Agent and conditional headers, times out, and stops reading a body at the
 * size limit. Single-threaded by design: one poller, one host at a time.
 */
public final class PoliteFetcher {
    private final FetchPolicy policy;
    private final HttpClient client;
    private final Map<String, RobotsTxt> robots = new HashMap<>();
    private final Map<String, Long> nextRequestAt = new HashMap<>();

    public PoliteFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A GET of {@code uri}, with If-None-Match / If-Modified-Since when validators are given. */
    public Fetched get(URI uri, String etag, String lastModified) {
        if (!robotsOf(uri).allows(pathAndQuery(uri))) {
            return Fetched.failed(uri, "robots.txt disallows it");
        }
        return request(uri, etag, lastModified);
    }

    private Fetched request(URI uri, String etag, String lastModified) {
        awaitTurn(uri);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(policy.timeout()).GET()
                .header("User-Agent", policy.userAgent())
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        HttpResponse<InputStream> r;
        try {
            r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            return Fetched.failed(uri, "unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetched.failed(uri, "interrupted");
        }
        try (InputStream in = r.body()) {
            long declared = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > policy.maxBytes()) {
                return Fetched.failed(uri, "too large: " + declared + " bytes (limit " + policy.maxBytes() + ")");
            }
            byte[] body = in.readNBytes(policy.maxBytes() + 1);
            if (body.length > policy.maxBytes()) {
                return Fetched.failed(uri, "too large: more than " + policy.maxBytes() + " bytes");
            }
            return new Fetched(r.statusCode(), r.uri(), body, r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("ETag").orElse(null), r.headers().firstValue("Last-Modified").orElse(null), null);
        } catch (IOException e) {
            return Fetched.failed(uri, "read failed: " + e);
        }
    }

    private RobotsTxt robotsOf(URI uri) {
        String origin = origin(uri);
        RobotsTxt rules = robots.get(origin);
        if (rules == null) {
            Fetched f = request(URI.create(origin + "/robots.txt"), null, null);
            if (f.ok()) {
                rules = RobotsTxt.parse(new String(f.body(), StandardCharsets.UTF_8), policy.productToken());
            } else if (f.status() >= 400 && f.status() < 500) {
                rules = RobotsTxt.ALLOW_ALL;
            } else {
                rules = RobotsTxt.DISALLOW_ALL;
            }
            robots.put(origin, rules);
        }
        return rules;
    }

    /** Sleeps until this host may be asked again, then books the next slot. */
    private void awaitTurn(URI uri) {
        String host = origin(uri);
        RobotsTxt rules = robots.get(host);
        Duration interval = rules != null && rules.crawlDelay() != null && rules.crawlDelay().compareTo(policy.minHostInterval()) > 0
                ? rules.crawlDelay() : policy.minHostInterval();
        long now = System.nanoTime();
        long at = nextRequestAt.getOrDefault(host, now);
        if (at > now) {
            try {
                Thread.sleep(Duration.ofNanos(at - now).toMillis() + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        nextRequestAt.put(host, Math.max(at, now) + interval.toNanos());
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (port < 0 ? "" : ":" + port);
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
