package io.wiredesk.bench.enrich;

import io.wiredesk.enrich.Enricher;
import io.wiredesk.enrich.eval.LinkingEvaluation;
import io.wiredesk.enrich.kb.KnowledgeBase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Precision / recall / F1 of the linker on entity-linking benchmarks in ELEVANT's JSON-lines format
 * (../shared/data/entities/*.benchmark.jsonl): spans+ids and ids per document, all links and named
 * mentions only (demonym links left out). Usage:
 * {@code java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.enrich.EntityLinkingEval [--kb FILE.jsonl.gz] [--errors] FILE...}
 * (no FILE: the reuters-128 and rss-500 sets of ../shared/data). {@code --kb} links against another build
 * of the knowledge base, e.g. one made with {@code build_kb.py --no-benchmark-entities}.
 */
public final class EntityLinkingEval {
    private EntityLinkingEval() {
    }

    public static void main(String[] args) throws Exception {
        Path kbFile = null;
        boolean errors = false;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kb" -> kbFile = Path.of(args[++i]);
                case "--errors" -> errors = true;
                default -> files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            for (String set : List.of("reuters-128", "rss-500")) {
                Path p = Path.of("../shared/data/entities/" + set + ".benchmark.jsonl");
                if (!Files.exists(p)) {
                    p = Path.of("/work/shared/data/entities/" + set + ".benchmark.jsonl");
                }
                files.add(p);
            }
        }
        long t0 = System.nanoTime();
        Enricher enricher = kbFile == null ? Enricher.shared() : new Enricher(KnowledgeBase.load(kbFile));
        System.out.printf("knowledge base %s: %d entities, %d aliases, loaded and compiled in %.0f ms%n",
                kbFile == null ? "(shipped)" : kbFile, enricher.knowledgeBase().size(), enricher.knowledgeBase().aliasCount(),
                (System.nanoTime() - t0) / 1e6);
        LinkingEvaluation eval = new LinkingEvaluation(enricher);
        for (Path f : files) {
            LinkingEvaluation.Result r = eval.run(f);
            String name = f.getFileName().toString().replace(".benchmark.jsonl", "");
            System.out.println(r.all().summary(name + " all links"));
            System.out.println(r.names().summary(name + " named mentions"));
            System.out.printf("%s: %d candidate mentions (names the KB lacks), %d links to entities without a Wikidata id, %.0f ms%n",
                    name, r.candidates(), r.linkedWithoutWikidata(), r.millis());
            if (errors) {
                r.names().errors().forEach(e -> System.out.println("  " + e));
            }
        }
    }
}
