package io.wiredesk.bench.dedupe.sim;

import java.time.LocalDate;
import java.util.List;

/**
 * A labelled document of a stories dev set, as the text an agency would file: a headline and paragraphs.
 *
 * @param published the publication day when the data set states one, else null
 */
public record SourceDoc(String id, String story, String title, List<String> paragraphs, LocalDate published) {
}
