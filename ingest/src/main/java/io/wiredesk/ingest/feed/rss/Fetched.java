package io.wiredesk.ingest.feed.rss;

import java.net.URI;

/**
 * The outcome of one polite GET: {@code status} is the HTTP status (304 when a conditional GET found
 * nothing new), or 0 with {@code problem} when nothing usable came back (robots.txt disallows,
 * too large, timeout, unreachable).
 */
public record Fetched(int status, URI uri, byte[] body, String contentType, String etag, String lastModified, String problem) {
    public boolean ok() {
        return status == 200 && problem == null;
    }

    public boolean notModified() {
        return status == 304;
    }

    static Fetched failed(URI uri, String problem) {
        return new Fetched(0, uri, null, null, null, null, problem);
    }
}
