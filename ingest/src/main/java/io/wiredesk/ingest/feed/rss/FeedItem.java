package io.wiredesk.ingest.feed.rss;

/** One entry of an RSS or Atom feed: a stable id (guid / atom:id, else the link), title, link, date as ISO text. */
public record FeedItem(String id, String title, String link, String publishedAt) {
}
