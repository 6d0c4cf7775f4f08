package io.wiredesk.app.cli;

import io.wiredesk.app.ArticlePublisher;
import io.wiredesk.core.Topics;
import io.wiredesk.ingest.feed.ArticleSources;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {"Writes articles to " + Topics.RAW + ": files (.html/.htm, also .gz, are HTML; other files",
                "are scraped text), directories (one article per file, optional manifest.json) and .jsonl files",
                "of RawArticle records. Re-feeding the same article gives the same id."})
public final class FeedCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to feed.")
    List<Path> paths;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        try (ArticlePublisher publisher = new ArticlePublisher(configOptions.build(true), System.out)) {
            long n = new ArticleSources().read(paths, publisher::publish);
            publisher.flush();
            System.out.printf("done: %d articles written to %s%n", n, Topics.RAW);
        }
        return 0;
    }
}
