package io.wiredesk.enrich.kb;

import java.util.List;

/**
 * An entity of the knowledge base. {@code id} is the Wikidata id where a shipped source confirms it,
 * otherwise a slug ("person/lee-jon-young"). {@code country} is the country an entity belongs to;
 * {@code metonymOf} the state a capital stands for ("Seoul said ..."); {@code nameOrder} "eastern" for
 * people whose family name comes first.
 */
public record KbEntity(String id, String wikidata, String type, String name, List<KbAlias> aliases,
                       double prior, String source, String country, String metonymOf, String nameOrder) {

    public boolean isPerson() {
        return "person".equals(type);
    }

    public boolean isPlace() {
        return switch (type) {
            case "country", "territory", "city", "region" -> true;
            default -> false;
        };
    }

    public boolean eastern() {
        return "eastern".equals(nameOrder);
    }
}
