package io.wiredesk.ingest.feed.rss;

import java.util.List;

/**
 * What one poll of one feed did: whether the feed was unchanged (304) or could not be read, how many
 * items it listed, which articles were written, and which items were skipped and why (skipped for
 * good unless {@code retry}: a temporary failure is tried again at the next poll).
 */
public record PollReport(String feed, boolean notModified, String problem, int items, List<String> written, List<Skipped> skipped) {
    public record Skipped(String link, String reason, boolean retry) {
    }
}
