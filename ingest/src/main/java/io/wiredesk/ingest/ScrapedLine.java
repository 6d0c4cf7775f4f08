package io.wiredesk.ingest;

import io.wiredesk.core.text.TextNormalizer;
import io.wiredesk.core.text.Tokens;
import java.util.List;
import java.util.regex.Pattern;

/** One line of scraped text: its cleaned text, words, whether it was a list item, and what kind of line it is. */
public record ScrapedLine(int number, String text, List<String> words, boolean listItem, Kind kind) {

    public enum Kind {
        BLANK,
        /** Transcript marker such as [LEAD]: dropped, invisible to the layout. */
        MARKER,
        /** Starts the page's furniture after the article: "Related posts", "Comments0", "Leave a Comment". */
        SECTION_END,
        /** Page furniture that may sit anywhere: share buttons, e-mail lines, "Support Us". */
        NOISE,
        /** Weather/time widget parts ("37 C"). */
        WIDGET,
        /** A short line that holds a date. */
        DATE,
        /** A sentence-like line of running text. */
        PROSE,
        /** Anything else: headlines, labels, names, teasers. */
        OTHER
    }

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[•·▪●◦‣∙*]|[-–](?=\\s)|\\d{1,2}[.)](?=\\s))\\s*");

    public static ScrapedLine of(int number, String raw) {
        String text = TextNormalizer.collapseWhitespace(TextNormalizer.nfkc(raw));
        boolean list = LIST_MARKER.matcher(text).find();
        if (list) {
            text = LIST_MARKER.matcher(text).replaceFirst("");
        }
        if (!SentenceRepair.isMarker(text)) {
            text = SentenceRepair.stripMarker(text);
        }
        List<String> words = Tokens.words(text);
        return new ScrapedLine(number, text, words, list, LineClassifier.classify(text, words));
    }

    public boolean is(Kind k) {
        return kind == k;
    }
}
