package io.wiredesk.sink;

import io.wiredesk.core.model.ArticleSummary;
import io.wiredesk.core.model.EntityRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds article summaries for tests: a URL decides the publisher, everything else is optional. */
final class Articles {
    private String id;
    private String url;
    private String publisher;
    private String title;
    private String publishedAt;
    private Instant receivedAt = Instant.parse("2024-11-07T00:00:00Z");
    private String agency;
    private int words = 200;
    private String eventDate;
    private final List<EntityRef> entities = new ArrayList<>();

    static Articles article(String id) {
        Articles a = new Articles();
        a.id = id;
        a.title = "Title of " + id;
        return a;
    }

    Articles at(String url) {
        this.url = url;
        this.publisher = java.net.URI.create(url).getHost().replaceFirst("^www\\.", "");
        return this;
    }

    Articles published(String iso) {
        this.publishedAt = iso;
        return this;
    }

    Articles received(String instant) {
        this.receivedAt = instant == null ? null : Instant.parse(instant);
        return this;
    }

    Articles crediting(String agency) {
        this.agency = agency;
        return this;
    }

    Articles words(int words) {
        this.words = words;
        return this;
    }

    Articles event(String date) {
        this.eventDate = date;
        return this;
    }

    Articles naming(String id, String name, double salience) {
        String wikidata = id.matches("Q\\d+") ? id : null;
        entities.add(new EntityRef(id, wikidata, name, "person", salience, false, List.of()));
        return this;
    }

    ArticleSummary build() {
        return new ArticleSummary(id, url, publisher, title, "Lead of " + id, publishedAt, receivedAt, agency, words,
                eventDate, List.copyOf(entities));
    }
}
