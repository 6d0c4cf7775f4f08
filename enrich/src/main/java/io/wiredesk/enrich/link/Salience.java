package io.wiredesk.enrich.link;

/**
 * How central an entity is to an article, in [0, 1]: named in the title, named in the lead paragraph,
 * how often, and how early. An entity known only from the byline or credit line scores low.
 */
public final class Salience {
    private Salience() {
    }

    public static double score(boolean inTitle, boolean inLead, int mentions, int firstStart, int textLength) {
        double s = inTitle ? 0.30 : 0.0;
        s += inLead ? 0.20 : 0.0;
        s += 0.30 * Math.min(1.0, mentions / 4.0);
        if (mentions > 0 && textLength > 0) {
            s += 0.20 * (1.0 - Math.min(1.0, (double) firstStart / textLength));
        }
        if (mentions == 0 && !inTitle) {
            s = 0.05;
        }
        return Math.round(Math.min(1.0, Math.max(0.0, s)) * 1000) / 1000.0;
    }
}
