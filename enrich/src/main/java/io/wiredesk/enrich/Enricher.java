package io.wiredesk.enrich;

import io.wiredesk.core.Dates;
import io.wiredesk.core.model.Attribution;
import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.EnrichedArticle;
import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.EventDate;
import io.wiredesk.core.model.Mention;
import io.wiredesk.enrich.dates.EventDateFinder;
import io.wiredesk.enrich.kb.KbEntity;
import io.wiredesk.enrich.kb.KnowledgeBase;
import io.wiredesk.enrich.link.AttributionFinder;
import io.wiredesk.enrich.link.CandidateFinder;
import io.wiredesk.enrich.link.LinkedMention;
import io.wiredesk.enrich.link.Linker;
import io.wiredesk.enrich.link.Salience;
import io.wiredesk.enrich.match.AliasEntry;
import io.wiredesk.enrich.match.Gazetteer;
import io.wiredesk.enrich.match.NormalizedText;
import io.wiredesk.enrich.match.RawMatch;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links an article's entities against the knowledge base, finds its event dates and attributions.
 * Thread-safe: the compiled knowledge base is read-only. {@link #shared()} compiles the shipped knowledge
 * base once per JVM.
 */
public final class Enricher {
    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;
    private final Linker linker;

    private static final class Shared {
        static final Enricher INSTANCE = new Enricher(KnowledgeBase.loadDefault());
    }

    public Enricher(KnowledgeBase kb) {
        this.kb = kb;
        this.gazetteer = new Gazetteer(kb);
        this.linker = new Linker(gazetteer);
    }

    /** The enricher over the shipped knowledge base, loaded and compiled on first use. */
    public static Enricher shared() {
        return Shared.INSTANCE;
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    private static final java.util.regex.Pattern STATED_YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b");

    public EnrichedArticle enrich(CleanArticle article) {
        String text = article.paragraphs() == null ? "" : article.text();
        LocalDate reference = referenceDate(article);
        NormalizedText body = NormalizedText.of(text);
        NormalizedText title = article.title() == null || article.title().isBlank() ? null : NormalizedText.of(article.title());
        List<KbEntity> credited = credited(article);
        Set<String> extra = new LinkedHashSet<>();
        credited.forEach(e -> extra.add(e.id()));

        Linker.Links links = linker.link(body, title, reference, extra);
        int leadEnd = article.paragraphs() == null || article.paragraphs().isEmpty() ? text.length() : article.paragraphs().get(0).length();
        List<EntityRef> entities = entityRefs(body, links, credited, leadEnd);
        List<EventDate> dates = new ArrayList<>(EventDateFinder.find(text, reference, leadEnd));
        boolean published = Dates.toDate(article.publishedAt()).isPresent();
        if (!published) {
            // without a publication date, "Yesterday" or "Oct. 21" were resolved against the day we received the
            // page, which may be years later: only dates that state their year are facts
            dates.removeIf(d -> d.phrase() == null || !STATED_YEAR.matcher(d.phrase()).find());
        }
        if (published && dates.stream().noneMatch(d -> !LocalDate.parse(d.date()).isAfter(reference))) {
            // no past date in the text: the report is of its publication day (phrase null, no span)
            dates.add(0, new EventDate(reference.toString(), null, -1, -1));
        }
        return new EnrichedArticle(EnrichedArticle.SCHEMA, article.id(), article, entities, List.copyOf(dates),
                attributions(text, entities));
    }

    /** Entities of a text on its own (no title, no byline), mention offsets into {@code text} as given. */
    public List<EntityRef> link(String text, LocalDate referenceDate) {
        NormalizedText body = NormalizedText.of(text);
        Linker.Links links = linker.link(body, null, referenceDate, Set.of());
        int leadEnd = text.indexOf("\n\n") < 0 ? text.length() : text.indexOf("\n\n");
        return entityRefs(body, links, List.of(), leadEnd);
    }

    static LocalDate referenceDate(CleanArticle a) {
        Optional<LocalDate> published = Dates.toDate(a.publishedAt());
        if (published.isPresent()) {
            return published.get();
        }
        return a.receivedAt() == null ? null : a.receivedAt().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** The credited agency and a byline the knowledge base knows: entities of the article without a mention. */
    private List<KbEntity> credited(CleanArticle a) {
        List<KbEntity> out = new ArrayList<>();
        if (a.agency() != null && !a.agency().isBlank()) {
            kb.byName(a.agency()).or(() -> firstNamed(a.agency(), "agency")).ifPresent(out::add);
        }
        if (a.byline() != null && !a.byline().isBlank()) {
            firstNamed(a.byline(), "person").ifPresent(out::add);
        }
        return out;
    }

    private Optional<KbEntity> firstNamed(String s, String type) {
        for (RawMatch m : gazetteer.find(NormalizedText.of(s))) {
            for (AliasEntry e : m.entries()) {
                if (e.alias().kind().isName() && e.entity().type().equals(type)) {
                    return Optional.of(e.entity());
                }
            }
        }
        return Optional.empty();
    }

    private record Acc(String id, String wikidata, String name, String type, List<Mention> mentions, boolean[] inTitle) {
    }

    private List<EntityRef> entityRefs(NormalizedText body, Linker.Links links, List<KbEntity> credited, int leadEnd) {
        Map<String, Acc> acc = new LinkedHashMap<>();
        List<int[]> covered = new ArrayList<>();
        for (LinkedMention l : links.body()) {
            int s = body.originalStart(l.start());
            int e = body.originalEnd(l.end());
            Acc a = accumulator(acc, l.entity());
            Mention m = new Mention(s, e, body.original().substring(s, e));
            if (!a.mentions().contains(m)) {
                a.mentions().add(m);
            }
            covered.add(new int[] {l.start(), l.end()});
        }
        for (LinkedMention l : links.title()) {
            accumulator(acc, l.entity()).inTitle()[0] = true;
        }
        credited.forEach(e -> accumulator(acc, e));
        for (CandidateFinder.Candidate c : CandidateFinder.find(body, covered)) {
            int s = body.originalStart(c.start());
            int e = body.originalEnd(c.end());
            Acc a = acc.computeIfAbsent(c.id(), k -> new Acc(c.id(), null, c.name(), c.type(), new ArrayList<>(), new boolean[1]));
            a.mentions().add(new Mention(s, e, body.original().substring(s, e)));
        }
        int length = body.original().length();
        List<EntityRef> out = new ArrayList<>();
        for (Acc a : acc.values()) {
            a.mentions().sort(Comparator.comparingInt(Mention::start));
            int first = a.mentions().isEmpty() ? 0 : a.mentions().get(0).start();
            boolean inLead = !a.mentions().isEmpty() && first < leadEnd; // sorted: the first is the earliest
            double salience = Salience.score(a.inTitle()[0], inLead, a.mentions().size(), first, length);
            if (a.id().startsWith("candidate:")) {
                salience = Math.round(salience * 600) / 1000.0;
            }
            out.add(new EntityRef(a.id(), a.wikidata(), a.name(), a.type(), salience, a.inTitle()[0], List.copyOf(a.mentions())));
        }
        out.sort(Comparator.comparingDouble(EntityRef::salience).reversed().thenComparing(EntityRef::name));
        return List.copyOf(out);
    }

    private static Acc accumulator(Map<String, Acc> acc, KbEntity e) {
        return acc.computeIfAbsent(e.id(), k -> new Acc(e.id(), e.wikidata(), e.name(), e.type(), new ArrayList<>(), new boolean[1]));
    }

    private static List<Attribution> attributions(String text, List<EntityRef> entities) {
        List<AttributionFinder.Speaker> speakers = new ArrayList<>();
        for (EntityRef e : entities) {
            for (Mention m : e.mentions()) {
                speakers.add(new AttributionFinder.Speaker(e.id(), e.type(), m.start(), m.end()));
            }
        }
        speakers.sort(Comparator.comparingInt(AttributionFinder.Speaker::start));
        return List.copyOf(AttributionFinder.find(text, speakers));
    }
}
