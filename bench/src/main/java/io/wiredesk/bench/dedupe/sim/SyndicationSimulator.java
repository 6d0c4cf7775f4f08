package io.wiredesk.bench.dedupe.sim;

import io.wiredesk.bench.Options;
import io.wiredesk.bench.dedupe.sim.PageRenderer.CopyDraft;
import io.wiredesk.bench.dedupe.sim.PublisherTemplates.Agency;
import io.wiredesk.bench.dedupe.sim.PublisherTemplates.Publisher;
import io.wiredesk.core.ArticleIds;
import io.wiredesk.core.json.Json;
import io.wiredesk.core.model.RawArticle;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Simulates syndication: the texts of the stories dev sets are filed by news agencies and republished by the
 * fictional publishers of {@code sim/publishers.json}, each with its own page (HTML or scraped text), masthead,
 * menu, footer, related links, ad slots, headline style and rewrites, agency credit (dateline, "(Yonhap)",
 * "Copyright ..." or byline), truncation, and timestamps; agencies also file "(LEAD)" / "(2nd LD)" updates.
 * Writes RawArticle JSONL sorted by receive time, with the ground truth per line: {@code copyGroup} (the source
 * document the text comes from) and {@code story} (its gold event). Deterministic from the seed.
 *
 * <pre>java -cp bench/target/wiredesk-bench.jar io.wiredesk.bench.dedupe.sim.SyndicationSimulator
 *     --source ../shared/data/stories/ecbplus-dev.jsonl[,neus-dev.jsonl.gz] --out sim.jsonl --seed 42
 *     --originals 200 --copies-per-original 5 [--update-share 0.15] [--uncopied-share 0.15]</pre>
 *
 * Source documents are taken story by story (stories in random order), so the stream holds several reports of
 * one event in other words (rewrites, not copies) and, for ECB+, another event of the same kind (hard negatives).
 */
public final class SyndicationSimulator {
    private static final DateTimeFormatter DATELINE = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter PATH_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final LocalDate UNDATED_START = LocalDate.of(2026, 1, 5);
    private static final List<String> SECTIONS = List.of("world", "news", "national", "politics", "business");
    /** An update borrows a paragraph only from a report with at least this many. */
    private static final int DETAIL_SOURCE_MIN_PARAGRAPHS = 8;
    private static final List<String> TITLE_PREFIXES = List.of("Report: ", "Update: ", "Latest: ");

    /**
     * @param originals         source documents to syndicate
     * @param copiesPerOriginal republished versions of each (agency updates included)
     * @param updateShare       probability that one of those versions is an agency update instead of a copy
     * @param uncopiedShare     share of source documents nobody republishes (their agency original only)
     */
    public record Params(int originals, int copiesPerOriginal, double updateShare, double uncopiedShare, long seed) {
    }

    private final PublisherTemplates templates;
    private final Params params;
    private final SplittableRandom rng;
    private final Map<String, List<SourceDoc>> byStory = new TreeMap<>();
    private final List<SourceDoc> all;
    private int sequence;
    /** The copy group of the document being syndicated. */
    private String copyGroup;

    private SyndicationSimulator(List<SourceDoc> docs, PublisherTemplates templates, Params params) {
        this.templates = templates;
        this.params = params;
        this.rng = new SplittableRandom(params.seed());
        this.all = docs;
        docs.forEach(d -> byStory.computeIfAbsent(d.story(), s -> new ArrayList<>()).add(d));
    }

    public static List<SimArticle> simulate(List<SourceDoc> docs, PublisherTemplates templates, Params params) {
        return new SyndicationSimulator(docs, templates, params).run();
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> o = Options.parse(args);
        if (!o.containsKey("source") || !o.containsKey("out")) {
            System.err.println("usage: SyndicationSimulator --source FILE[,FILE] --out SIM.jsonl [--seed 42] [--originals 200] "
                    + "[--copies-per-original 5] [--update-share 0.15] [--uncopied-share 0.15]");
            System.exit(2);
        }
        List<SourceDoc> docs = new ArrayList<>();
        for (String f : o.get("source").split(",")) {
            docs.addAll(SourceDocs.read(Path.of(f.strip())));
        }
        Params p = new Params(Integer.parseInt(o.getOrDefault("originals", "200")), Integer.parseInt(o.getOrDefault("copies-per-original", "5")),
                Double.parseDouble(o.getOrDefault("update-share", "0.15")), Double.parseDouble(o.getOrDefault("uncopied-share", "0.15")),
                Long.parseLong(o.getOrDefault("seed", "42")));
        List<SimArticle> out = simulate(docs, PublisherTemplates.load(), p);
        write(out, Path.of(o.get("out")));
        long groups = out.stream().map(SimArticle::copyGroup).distinct().count();
        long stories = out.stream().map(SimArticle::story).distinct().count();
        long html = out.stream().filter(a -> RawArticle.HTML.equals(a.contentType())).count();
        System.out.printf("%d articles (%d html), %d copy groups, %d stories -> %s%n", out.size(), html, groups, stories, o.get("out"));
    }

    public static void write(List<SimArticle> articles, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (SimArticle a : articles) {
                w.write(Json.MAPPER.writeValueAsString(a));
                w.write('\n');
            }
        }
    }

    private List<SimArticle> run() {
        List<String> stories = new ArrayList<>(byStory.keySet());
        shuffle(stories);
        List<SourceDoc> chosen = new ArrayList<>();
        for (String s : stories) {
            for (SourceDoc d : byStory.get(s)) {
                if (chosen.size() < params.originals()) {
                    chosen.add(d);
                }
            }
        }
        Map<String, LocalDate> storyDay = new LinkedHashMap<>();
        for (SourceDoc d : chosen) {
            storyDay.computeIfAbsent(d.story(), s -> byStory.get(s).stream().map(SourceDoc::published).filter(x -> x != null)
                    .min(Comparator.naturalOrder()).orElse(UNDATED_START.plusDays(rng.nextInt(120))));
        }
        Map<String, String> group = TextCopies.groups(chosen);
        List<SimArticle> out = new ArrayList<>();
        for (SourceDoc d : chosen) {
            syndicate(d, storyDay.get(d.story()), group.get(d.id()), out);
        }
        out.sort(Comparator.comparing(SimArticle::receivedAt).thenComparing(SimArticle::id));
        return out;
    }

    private void syndicate(SourceDoc d, LocalDate storyDay, String copyGroup, List<SimArticle> out) {
        this.copyGroup = copyGroup;
        Agency agency = templates.agencies().get(rng.nextInt(templates.agencies().size()));
        LocalDate day = d.published() != null ? d.published() : storyDay.plusDays(rng.nextInt(3));
        Instant filed = day.atStartOfDay().toInstant(ZoneOffset.UTC).plus(rng.nextInt(6 * 60, 20 * 60), ChronoUnit.MINUTES);
        out.add(agencyReport(d, agency, filed, null, d.paragraphs(), SimArticle.ORIGINAL));
        int copies = rng.nextDouble() < params.uncopiedShare() ? 0 : params.copiesPerOriginal();
        List<Publisher> publishers = new ArrayList<>(templates.publishers());
        shuffle(publishers);
        int updates = 0;
        for (int i = 0; i < copies; i++) {
            if (updates < agency.updates().size() && rng.nextDouble() < params.updateShare()) {
                Instant at = filed.plus(rng.nextInt(30, 6 * 60), ChronoUnit.MINUTES);
                out.add(agencyReport(d, agency, at, agency.updates().get(updates++), withDetail(d), SimArticle.UPDATE));
            } else {
                Instant at = filed.plus(rng.nextInt(5, 36 * 60), ChronoUnit.MINUTES);
                out.add(copy(d, agency, publishers.get(i % publishers.size()), at));
            }
        }
    }

    /** The agency's own report on its site: dateline, paragraphs, copyright; an update carries its prefix and one more paragraph. */
    private SimArticle agencyReport(SourceDoc d, Agency a, Instant published, String updatePrefix, List<String> paragraphs, String kind) {
        String title = updatePrefix == null ? d.title() : updatePrefix + d.title();
        StringBuilder body = new StringBuilder();
        body.append(dateline(a, published)).append(paragraphs.get(0)).append("\n\n");
        paragraphs.subList(1, paragraphs.size()).forEach(p -> body.append(p).append("\n\n"));
        body.append(a.copyright()).append('\n');
        String url = "https://" + a.domain() + "/view/" + PageRenderer.slug(title) + "-" + (++sequence);
        return article(url, a.name(), published, DateTimeFormatter.ISO_INSTANT.format(published), RawArticle.TEXT, title, body.toString(),
                d, kind);
    }

    /**
     * The source paragraphs with one more from another report of the same event (an update adds details), taken
     * only from a report long enough that one paragraph is a small part of it: otherwise the update would contain
     * most of that other text and be, in truth, a copy of it too. Without such a report the last paragraph moves up.
     */
    private List<String> withDetail(SourceDoc d) {
        List<String> paragraphs = new ArrayList<>(d.paragraphs());
        List<SourceDoc> others = byStory.get(d.story()).stream()
                .filter(o -> !o.id().equals(d.id()) && o.paragraphs().size() >= DETAIL_SOURCE_MIN_PARAGRAPHS).toList();
        if (!others.isEmpty()) {
            List<String> from = others.get(rng.nextInt(others.size())).paragraphs();
            paragraphs.add(Math.min(1, paragraphs.size()), from.get(rng.nextInt(from.size())));
        } else if (paragraphs.size() > 2) {
            paragraphs.add(1, paragraphs.remove(paragraphs.size() - 1));
        }
        return paragraphs;
    }

    private SimArticle copy(SourceDoc d, Agency a, Publisher p, Instant published) {
        List<String> paras = new ArrayList<>(d.paragraphs());
        if (paras.size() >= 5 && rng.nextDouble() < 0.15) {
            paras.remove(1 + rng.nextInt(paras.size() - 2)); // an editor's cut
        }
        if (paras.size() >= 4 && rng.nextDouble() < p.truncate()) {
            int keep = Math.max(2, (int) Math.ceil(paras.size() * (0.5 + 0.3 * rng.nextDouble())));
            paras = new ArrayList<>(paras.subList(0, keep));
        }
        if (rng.nextDouble() < 0.3) {
            paras.replaceAll(SyndicationSimulator::straightQuotes);
        }
        List<String> footerLines = new ArrayList<>();
        String byline = null;
        switch (p.credit()) {
            case "dateline" -> paras.set(0, dateline(a, published) + paras.get(0));
            case "suffix" -> paras.set(paras.size() - 1, paras.get(paras.size() - 1) + " " + a.credit());
            case "copyright" -> footerLines.add(a.copyright());
            default -> byline = rng.nextBoolean() ? "By " + a.name() + " staff" : a.name() + " | " + p.name();
        }
        if (paras.size() >= 3 && rng.nextDouble() < p.ads()) {
            paras.add(1 + rng.nextInt(paras.size() - 1), PageRenderer.AD);
        }
        String section = SECTIONS.get(rng.nextInt(SECTIONS.size()));
        String headline = rng.nextDouble() < p.retitle() ? retitle(d.title()) : d.title();
        String pageTitle = p.titles().get(rng.nextInt(p.titles().size()))
                .replace("{title}", headline).replace("{name}", p.name()).replace("{section}", capitalize(section));
        List<String> relatedTitles = new ArrayList<>();
        List<String> relatedUrls = new ArrayList<>();
        for (int i = 0; i < p.relatedCount(); i++) {
            SourceDoc other = all.get(rng.nextInt(all.size()));
            if (!other.story().equals(d.story())) {
                relatedTitles.add(other.title());
                relatedUrls.add("https://" + p.domain() + "/" + section + "/" + PageRenderer.slug(other.title()));
            }
        }
        String iso = DateTimeFormatter.ISO_INSTANT.format(published);
        String timestamp = p.timestamp().replace("{datetime}", DATETIME.format(published)).replace("{date}", DATE.format(published))
                .replace("{time}", TIME.format(published));
        CopyDraft draft = new CopyDraft(p.html() ? pageTitle : headline, headline, timestamp, iso, byline, paras, footerLines,
                relatedTitles, relatedUrls);
        String url = "https://" + p.domain() + "/" + section + "/" + PATH_DATE.format(published) + "/" + PageRenderer.slug(headline)
                + "-" + (++sequence);
        String titleField = p.html() || rng.nextBoolean() ? null : pageTitle;
        return article(url, p.name(), published, p.feedsPublishedAt() ? iso : null, p.html() ? RawArticle.HTML : RawArticle.TEXT,
                titleField, PageRenderer.render(p, draft), d, SimArticle.COPY);
    }

    private SimArticle article(String url, String publisher, Instant published, String publishedField, String type, String title,
                               String body, SourceDoc d, String kind) {
        Instant received = published.plusSeconds(rng.nextInt(10, 15 * 60));
        return new SimArticle(RawArticle.SCHEMA, ArticleIds.of(url, body), url, publisher, received, publishedField, type, title, body,
                copyGroup, d.story(), kind);
    }

    /** A site's own headline: the part before a colon or dash, a prefix, title case, or the first words. */
    private String retitle(String title) {
        String[] parts = title.split("\\s*(:| - | — | – )\\s*", 2);
        return switch (rng.nextInt(4)) {
            case 0 -> parts.length == 2 && parts[0].split("\\s+").length >= 3 ? parts[0] : TITLE_PREFIXES.get(0) + title;
            case 1 -> TITLE_PREFIXES.get(rng.nextInt(TITLE_PREFIXES.size())) + title;
            case 2 -> titleCase(title);
            default -> {
                String[] words = title.split("\\s+");
                yield words.length > 8 ? String.join(" ", List.of(words).subList(0, 7)) + " ..." : titleCase(title);
            }
        };
    }

    private static String dateline(Agency a, Instant at) {
        return a.dateline().replace("{date}", DATELINE.format(at));
    }

    private static String straightQuotes(String s) {
        return s.replace('“', '"').replace('”', '"').replace('’', '\'').replace('‘', '\'');
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = Character.isWhitespace(c);
        }
        return b.toString();
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, rng.nextInt(i + 1));
        }
    }
}
