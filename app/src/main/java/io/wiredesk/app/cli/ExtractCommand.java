package io.wiredesk.app.cli;

import io.wiredesk.core.json.Json;
import io.wiredesk.core.kafka.RejectedRecord;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.ingest.ArticleExtractor;
import io.wiredesk.ingest.feed.ArticleSources;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "The clean stage without Kafka: title, text, date, byline, agency per file.",
        description = {"Runs the clean stage's extractor on files, without Kafka: one JSON line per article",
                "(file, title, text, publishedAt, byline, agency). .html/.htm (also .gz) are read as HTML, other",
                "files as scraped text. Files it cannot clean are reported on stderr and make the exit code 1."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files or directories.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        ArticleExtractor extractor = new ArticleExtractor();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        try (PrintWriter out = OutputTarget.open(output)) {
            new ArticleSources().readWithSource(paths, (file, raw) -> {
                try {
                    CleanArticle a = extractor.extract(raw);
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("file", file.toString());
                    line.put("title", a.title());
                    line.put("text", a.text());
                    line.put("publishedAt", a.publishedAt());
                    line.put("byline", a.byline());
                    line.put("agency", a.agency());
                    out.println(Json.string(line));
                    done.incrementAndGet();
                } catch (RejectedRecord e) {
                    failed.incrementAndGet();
                    System.err.println("wiredesk extract: " + file + ": " + e.reason() + ": " + e.getMessage());
                }
            });
        }
        if (output != null) {
            System.err.printf("wiredesk extract: %d articles written to %s, %d failed%n", done.get(), output, failed.get());
        }
        return failed.get() == 0 ? 0 : 1;
    }
}
