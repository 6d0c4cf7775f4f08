package io.wiredesk.bench.dedupe.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.wiredesk.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The agencies whose reports are syndicated and the fictional publishers that republish them, loaded from
 * {@code sim/publishers.json} on the classpath.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublisherTemplates(List<Agency> agencies, List<Publisher> publishers) {
    public static final String RESOURCE = "/sim/publishers.json";

    /**
     * A news agency: its site, the dateline that opens its reports ({date} = "May 3"), its credit line, copyright
     * line, and the title prefixes of its updated versions ("(LEAD) ", "(2nd LD) ").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Agency(String name, String domain, String dateline, String credit, String copyright, List<String> updates) {
    }

    /**
     * A site republishing agency copy.
     *
     * @param format           "html" (a whole page) or "text" (the page as a scraper saw it)
     * @param titles           how the site writes a headline ({title}, {name}, {section})
     * @param retitle          probability that the site rewrites the headline
     * @param credit           how it credits the agency: dateline, suffix, copyright or byline
     * @param truncate         probability that it keeps only the first paragraphs
     * @param feedsPublishedAt whether its feed states the publication time (else only the page shows it)
     * @param header           menu / masthead lines before the article
     * @param footer           lines after it
     * @param related          heading of its related-links block
     * @param relatedCount     how many other headlines that block lists
     * @param timestamp        how it shows the publication time ({date}, {time}, {datetime})
     * @param ads              probability of an advertisement marker between two paragraphs
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Publisher(String name, String domain, String format, List<String> titles, double retitle, String credit,
                            double truncate, boolean feedsPublishedAt, List<String> header, List<String> footer, String related,
                            int relatedCount, String timestamp, double ads) {

        public boolean html() {
            return "html".equals(format);
        }
    }

    public static PublisherTemplates load() {
        try (InputStream in = PublisherTemplates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            PublisherTemplates t = Json.MAPPER.readValue(in, PublisherTemplates.class);
            if (t.agencies().isEmpty() || t.publishers().isEmpty()) {
                throw new IllegalStateException(RESOURCE + " needs at least one agency and one publisher");
            }
            return t;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
