package io.wiredesk.core.model;

import java.util.List;

/**
 * An entity an article names. {@code id} is wiredesk's stable id (the Wikidata id where the knowledge
 * base confirms one, otherwise a slug); {@code wikidata} is null when unknown. Candidates (capitalised
 * names the knowledge base does not know) have type {@code candidate} or a cue-derived type and an id
 * starting with {@code candidate:}. Mentions are offsets into {@link CleanArticle#text()}.
 */
public record EntityRef(
        String id,
        String wikidata,
        String name,
        String type,
        double salience,
        boolean inTitle,
        List<Mention> mentions) {

    public EntityRef withoutMentions() {
        return new EntityRef(id, wikidata, name, type, salience, inTitle, List.of());
    }
}
