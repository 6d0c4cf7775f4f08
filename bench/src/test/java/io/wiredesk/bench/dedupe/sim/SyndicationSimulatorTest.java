package io.wiredesk.bench.dedupe.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.json.Json;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyndicationSimulatorTest {
    private static final List<SourceDoc> DOCS = List.of(
            doc("d1", "s1", "Quake hits coastal city", 6),
            doc("d2", "s1", "Rescuers search rubble after quake", 5),
            doc("d3", "s2", "Central bank raises interest rates", 7),
            doc("d4", "s3", "Striker signs record transfer deal", 4));

    @Test
    void sameSeedGivesTheSameStream() throws Exception {
        SyndicationSimulator.Params p = new SyndicationSimulator.Params(4, 5, 0.2, 0.0, 42);
        String a = Json.MAPPER.writeValueAsString(SyndicationSimulator.simulate(DOCS, PublisherTemplates.load(), p));
        String b = Json.MAPPER.writeValueAsString(SyndicationSimulator.simulate(DOCS, PublisherTemplates.load(), p));
        String other = Json.MAPPER.writeValueAsString(SyndicationSimulator.simulate(DOCS, PublisherTemplates.load(),
                new SyndicationSimulator.Params(4, 5, 0.2, 0.0, 43)));
        assertThat(a).isEqualTo(b);
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void everyDocumentIsFiledAndCopiedWithItsGroundTruth() {
        List<SimArticle> out = SyndicationSimulator.simulate(DOCS, PublisherTemplates.load(), new SyndicationSimulator.Params(4, 5, 0.2, 0.0, 7));
        assertThat(out).hasSize(4 * 6);
        assertThat(out.stream().map(SimArticle::id).distinct().count()).isEqualTo(out.size());
        assertThat(out.stream().filter(a -> a.kind().equals(SimArticle.ORIGINAL)).map(SimArticle::copyGroup).collect(Collectors.toSet()))
                .isEqualTo(Set.of("d1", "d2", "d3", "d4"));
        assertThat(out).allSatisfy(a -> assertThat(a.story()).isEqualTo(DOCS.stream().filter(d -> d.id().equals(a.copyGroup())).findFirst().orElseThrow().story()));
        assertThat(out).extracting(SimArticle::receivedAt).isSorted();
        assertThat(out.stream().filter(a -> a.contentType().equals("text/html"))).isNotEmpty();
        // a copy carries the source text's words inside its publisher's page
        SimArticle copy = out.stream().filter(a -> a.kind().equals(SimArticle.COPY) && a.copyGroup().equals("d3")).findFirst().orElseThrow();
        assertThat(copy.body()).contains("paragraph 1 of Central bank raises interest rates");
    }

    private static SourceDoc doc(String id, String story, String title, int paragraphs) {
        List<String> p = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            p.add("This is paragraph " + i + " of " + title + ", with words that make it a text of its own about " + id + " number " + i + ".");
        }
        return new SourceDoc(id, story, title, List.copyOf(p), null);
    }
}
