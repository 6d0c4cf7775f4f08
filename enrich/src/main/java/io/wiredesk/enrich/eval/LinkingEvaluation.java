package io.wiredesk.enrich.eval;

import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.Mention;
import io.wiredesk.enrich.Enricher;
import io.wiredesk.enrich.kb.AliasKind;
import io.wiredesk.enrich.kb.KbAlias;
import io.wiredesk.enrich.kb.KbEntity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the linker over an ELEVANT-format benchmark and scores it twice: all links, and named mentions only
 * (links the linker flags as demonyms, "Japanese" -> Japan, left out: these benchmarks annotate names, not
 * adjectives). A capital read as its state ("Seoul said") yields two links on one span; the benchmarks
 * annotate the literal reading, so the capital is scored. Unknown capitalised names (candidates) carry no
 * Wikidata id and are counted, not scored; so are links to knowledge-base entities without a Wikidata id.
 */
public final class LinkingEvaluation {
    private final Enricher enricher;

    public LinkingEvaluation(Enricher enricher) {
        this.enricher = enricher;
    }

    public record Result(LinkingScore all, LinkingScore names, int candidates, int linkedWithoutWikidata, double millis) {
    }

    /** Wikidata-linked mentions of one text, one per span; {@code demonym} flags "Japanese"-style links. */
    public record Predictions(List<Prediction> names, List<Prediction> demonyms, int candidates, int withoutWikidata) {
        public List<Prediction> all() {
            List<Prediction> out = new ArrayList<>(names);
            out.addAll(demonyms);
            return out;
        }
    }

    public Result run(Path benchmark) throws IOException {
        return run(GoldDocument.read(benchmark));
    }

    public Result run(List<GoldDocument> docs) {
        LinkingScore all = new LinkingScore();
        LinkingScore names = new LinkingScore();
        int candidates = 0;
        int without = 0;
        long t0 = System.nanoTime();
        for (GoldDocument d : docs) {
            Predictions p = predictions(d.text(), null);
            all.add(d, p.all());
            names.add(d, p.names());
            candidates += p.candidates();
            without += p.withoutWikidata();
        }
        return new Result(all, names, candidates, without, (System.nanoTime() - t0) / 1e6);
    }

    public Predictions predictions(String text, LocalDate date) {
        Map<Long, List<EntityRef>> bySpan = new LinkedHashMap<>();
        int candidates = 0;
        for (EntityRef e : enricher.link(text, date)) {
            if (e.id().startsWith("candidate:")) {
                candidates += e.mentions().size();
                continue;
            }
            for (Mention m : e.mentions()) {
                bySpan.computeIfAbsent(((long) m.start() << 32) | m.end(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Prediction> names = new ArrayList<>();
        List<Prediction> demonyms = new ArrayList<>();
        int without = 0;
        for (Map.Entry<Long, List<EntityRef>> span : bySpan.entrySet()) {
            EntityRef chosen = literal(span.getValue());
            int start = (int) (span.getKey() >>> 32);
            int end = (int) (long) span.getKey();
            if (chosen.wikidata() == null) {
                without++;
                continue;
            }
            Prediction p = new Prediction(start, end, chosen.wikidata());
            (isDemonym(chosen, text.substring(start, end)) ? demonyms : names).add(p);
        }
        return new Predictions(names, demonyms, candidates, without);
    }

    /** Of the entities linked on one span, the place itself rather than the state it stands for. */
    private EntityRef literal(List<EntityRef> refs) {
        for (EntityRef r : refs) {
            Optional<String> state = kb(r).map(KbEntity::metonymOf);
            if (state.isPresent() && refs.stream().anyMatch(o -> o.id().equals(state.get()))) {
                return r;
            }
        }
        return refs.get(0);
    }

    private boolean isDemonym(EntityRef ref, String surface) {
        String singular = surface.endsWith("s") ? surface.substring(0, surface.length() - 1) : surface;
        for (KbAlias a : kb(ref).map(KbEntity::aliases).orElse(List.of())) {
            if (a.kind() == AliasKind.DEMONYM && (a.text().equalsIgnoreCase(surface) || a.text().equalsIgnoreCase(singular))) {
                return true;
            }
        }
        return false;
    }

    private Optional<KbEntity> kb(EntityRef r) {
        return enricher.knowledgeBase().byId(r.id());
    }
}
