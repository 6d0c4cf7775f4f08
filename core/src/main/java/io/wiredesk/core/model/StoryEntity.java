package io.wiredesk.core.model;

/** An entity of a story, merged over its articles: summed salience, number of articles naming it. */
public record StoryEntity(String id, String wikidata, String name, String type, double salience, int articles) {
}
