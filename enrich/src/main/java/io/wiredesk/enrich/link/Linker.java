package io.wiredesk.enrich.link;

import io.wiredesk.enrich.kb.AliasKind;
import io.wiredesk.enrich.kb.KbAlias;
import io.wiredesk.enrich.kb.KbEntity;
import io.wiredesk.enrich.match.AliasEntry;
import io.wiredesk.enrich.match.Gazetteer;
import io.wiredesk.enrich.match.NormalizedText;
import io.wiredesk.enrich.match.RawMatch;
import io.wiredesk.enrich.match.ShoutingLines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which alias occurrences are mentions of which entities, for one article (a body and an
 * optional title). First names and demonyms, leftmost-longest, disambiguated by prior and coherence;
 * they are the article's anchors. Then what depends on anchors: surnames after a full mention or behind
 * a title, roles held on the reference date, context aliases; these never cut into a name (a role may
 * contain one: "NATO Secretary General"). Last, capitals used as the state ("between Pyongyang and
 * Moscow") also mention the state.
 */
public final class Linker {
    private static final Comparator<RawMatch> LEFTMOST_LONGEST =
            Comparator.comparingInt(RawMatch::start).thenComparing(Comparator.comparingInt(RawMatch::length).reversed());
    /** A capital after one of these words is the place, not the state ("summit in Washington"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "outside", "into", "of", "via",
            "across", "around", "visit", "visited", "visiting", "arrived", "based", "downtown", "central", "the", "for",
            "towards", "toward", "through", "left", "leave", "reach", "reached", "northern", "southern", "eastern", "western");

    private final Gazetteer gazetteer;

    public Linker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Mentions in the body and the title, offsets into each normalised text. */
    public record Links(List<LinkedMention> body, List<LinkedMention> title) {
    }

    /**
     * @param extraAnchors entity ids known to belong to the article without a mention (byline, credited agency)
     */
    public Links link(NormalizedText body, NormalizedText title, LocalDate date, Set<String> extraAnchors) {
        List<RawMatch> bodyRaw = gazetteer.find(body);
        List<RawMatch> titleRaw = title == null ? List.of() : gazetteer.find(title);
        List<RawMatch> bodyNames = selectNames(bodyRaw);
        List<RawMatch> titleNames = selectNames(titleRaw);

        Set<String> anchors = new HashSet<>(extraAnchors);
        for (RawMatch m : concat(bodyNames, titleNames)) {
            List<KbEntity> distinct = distinctEntities(m.entries());
            if (distinct.size() == 1) {
                anchors.add(distinct.get(0).id());
            }
        }
        List<LinkedMention> bodyOut = new ArrayList<>();
        List<LinkedMention> titleOut = new ArrayList<>();
        for (RawMatch m : bodyNames) {
            bodyOut.add(named(m, body.norm(), anchors));
        }
        for (RawMatch m : titleNames) {
            titleOut.add(named(m, title.norm(), anchors));
        }
        bodyOut.addAll(PartialNames.find(body.norm(), bodyOut, bodyNames));
        bodyOut.forEach(l -> anchors.add(l.entity().id()));
        titleOut.forEach(l -> anchors.add(l.entity().id()));

        Map<String, List<Integer>> bodyFull = fullMentionStarts(bodyOut);
        Set<String> titleFull = fullMentionStarts(titleOut).keySet();
        Context bodyCtx = new Context(body.norm(), body.shoutingLines(), date, anchors, bodyFull, titleFull, false);
        Context titleCtx = title == null
                ? new Context("", ShoutingLines.of(""), date, anchors, bodyFull, titleFull, true)
                : new Context(title.norm(), title.shoutingLines(), date, anchors, bodyFull, titleFull, true);
        bodyOut.addAll(conditional(bodyRaw, bodyNames, bodyCtx));
        titleOut.addAll(conditional(titleRaw, titleNames, titleCtx));
        bodyOut.addAll(metonymy(bodyOut, body.norm()));
        titleOut.addAll(metonymy(titleOut, title == null ? "" : title.norm()));
        bodyOut.sort(Comparator.comparingInt(LinkedMention::start));
        titleOut.sort(Comparator.comparingInt(LinkedMention::start));
        return new Links(bodyOut, titleOut);
    }

    private static LinkedMention named(RawMatch m, String text, Set<String> anchors) {
        KbEntity e = choose(m, text, anchors);
        AliasKind kind = kindOf(m);
        int end = kind == AliasKind.NAME && CorporateSuffix.applies(e.type()) ? CorporateSuffix.extend(text, m.end()) : m.end();
        return new LinkedMention(e, m.start(), end, kind, false);
    }

    private record Context(String text, ShoutingLines lines, LocalDate date, Set<String> anchors,
                           Map<String, List<Integer>> bodyFull, Set<String> titleFull, boolean isTitle) {

        /** Whether the line at {@code pos} is written in capitals (none is at a line break itself). */
        boolean shoutingAt(int pos) {
            return !(pos < text.length() && text.charAt(pos) == '\n') && lines.at(pos);
        }

        /** Whether the entity is fully named before {@code pos} (in the title: anywhere in the article). */
        boolean namedBefore(String id, int pos) {
            if (titleFull.contains(id) || (isTitle && bodyFull.containsKey(id))) {
                return true;
            }
            List<Integer> starts = bodyFull.get(id);
            return !isTitle && starts != null && starts.get(0) < pos;
        }

        /** Start of the latest full mention before {@code pos}, for choosing between people of one surname. */
        int lastNamedBefore(String id, int pos) {
            int best = titleFull.contains(id) ? 0 : -1;
            for (int s : bodyFull.getOrDefault(id, List.of())) {
                if (isTitle || s < pos) {
                    best = Math.max(best, s + 1);
                }
            }
            return best;
        }
    }

    private static List<RawMatch> selectNames(List<RawMatch> raw) {
        List<RawMatch> names = new ArrayList<>();
        for (RawMatch m : raw) {
            int count = 0;
            for (AliasEntry e : m.entries()) {
                if (e.alias().kind().isName()) {
                    count++;
                }
            }
            if (count == m.entries().size()) {
                names.add(m);
            } else if (count > 0) {
                List<AliasEntry> entries = new ArrayList<>(count);
                for (AliasEntry e : m.entries()) {
                    if (e.alias().kind().isName()) {
                        entries.add(e);
                    }
                }
                names.add(new RawMatch(m.start(), m.end(), List.copyOf(entries)));
            }
        }
        return nonOverlapping(names);
    }

    private static List<RawMatch> nonOverlapping(List<RawMatch> matches) {
        List<RawMatch> sorted = new ArrayList<>(matches);
        sorted.sort(LEFTMOST_LONGEST);
        List<RawMatch> out = new ArrayList<>();
        int end = 0;
        for (RawMatch m : sorted) {
            if (m.start() >= end) {
                out.add(m);
                end = m.end();
            }
        }
        return out;
    }

    private static AliasKind kindOf(RawMatch m) {
        for (AliasEntry e : m.entries()) {
            if (e.alias().kind() != AliasKind.DEMONYM) {
                return AliasKind.NAME;
            }
        }
        return AliasKind.DEMONYM;
    }

    /** Prior, plus coherence with the article's unambiguous entities, plus type cues from the words before. */
    private static KbEntity choose(RawMatch m, String text, Set<String> anchors) {
        List<KbEntity> candidates = distinctEntities(m.entries());
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        boolean titled = Titles.titleStartBefore(text, m.start(), false) >= 0;
        String before = previousWord(text, m.start());
        KbEntity best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (KbEntity e : candidates) {
            double score = e.prior();
            if (anchors.contains(e.id())) {
                score += 0.3;
            }
            if ((e.country() != null && anchors.contains(e.country())) || (e.metonymOf() != null && anchors.contains(e.metonymOf()))) {
                score += 0.3;
            }
            if (titled && e.isPerson()) {
                score += 0.3;
            }
            if (LOCATIVE.contains(before) && e.isPlace()) {
                score += 0.2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best;
    }

    private static List<KbEntity> distinctEntities(List<AliasEntry> entries) {
        if (entries.size() == 1) {
            return List.of(entries.get(0).entity());
        }
        Map<String, KbEntity> m = new LinkedHashMap<>();
        entries.forEach(e -> m.putIfAbsent(e.entity().id(), e.entity()));
        return List.copyOf(m.values());
    }

    private static Map<String, List<Integer>> fullMentionStarts(List<LinkedMention> mentions) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (LinkedMention l : mentions) {
            if (l.kind() == AliasKind.NAME) {
                out.computeIfAbsent(l.entity().id(), k -> new ArrayList<>()).add(l.start());
            }
        }
        return out;
    }

    private List<LinkedMention> conditional(List<RawMatch> raw, List<RawMatch> names, Context ctx) {
        List<RawMatch> accepted = new ArrayList<>();
        Map<RawMatch, LinkedMention> decided = new HashMap<>();
        boolean shouting = ctx.isTitle() && ctx.shoutingAt(0);
        for (RawMatch m : raw) {
            AliasKind kind = null;
            for (AliasEntry e : m.entries()) {
                if (!e.alias().kind().isName()) {
                    kind = e.alias().kind();
                    break;
                }
            }
            if (kind == null) {
                continue; // names only: linked on their own
            }
            List<AliasEntry> sameKind = new ArrayList<>(2);
            for (AliasEntry e : m.entries()) {
                if (e.alias().kind() == kind) {
                    sameKind.add(e);
                }
            }
            sameKind = List.copyOf(sameKind);
            int start = m.start();
            KbEntity chosen = switch (kind) {
                case SURNAME -> {
                    int titleStart = Titles.titleStartBefore(ctx.text(), m.start(), shouting || ctx.shoutingAt(m.start()));
                    KbEntity e = surname(sameKind, m.start(), titleStart >= 0, ctx);
                    if (e != null && titleStart >= 0) {
                        start = titleStart;
                    }
                    yield e;
                }
                case ROLE -> role(sameKind, ctx);
                default -> contextual(sameKind, ctx);
            };
            if (chosen == null || !compatibleWithNames(start, m.end(), kind, names)) {
                continue;
            }
            RawMatch span = new RawMatch(start, m.end(), sameKind);
            accepted.add(span);
            decided.put(span, new LinkedMention(chosen, start, m.end(), kind, false));
        }
        List<LinkedMention> out = new ArrayList<>();
        for (RawMatch m : nonOverlapping(accepted)) {
            out.add(decided.get(m));
        }
        return out;
    }

    /** A dependent alias never cuts into a name; roles and descriptors may contain whole names. */
    private static boolean compatibleWithNames(int start, int end, AliasKind kind, List<RawMatch> names) {
        for (RawMatch n : names) {
            if (!n.overlaps(start, end)) {
                continue;
            }
            boolean containsName = start <= n.start() && n.end() <= end && (end - start) > n.length();
            if (!containsName || kind == AliasKind.SURNAME) {
                return false;
            }
        }
        return true;
    }

    private static KbEntity surname(List<AliasEntry> entries, int pos, boolean titled, Context ctx) {
        KbEntity best = null;
        int bestPos = 0;
        for (KbEntity e : distinctEntities(entries)) {
            if (ctx.namedBefore(e.id(), pos)) {
                int p = ctx.lastNamedBefore(e.id(), pos);
                if (best == null || p > bestPos) {
                    best = e;
                    bestPos = p;
                }
            }
        }
        if (best == null && titled) {
            List<KbEntity> all = distinctEntities(entries);
            return all.size() == 1 ? all.get(0) : null;
        }
        return best;
    }

    /**
     * A role names whoever held it on the reference date; a holder the article names outright wins, since
     * the reference date may be a crawl date rather than the publication date.
     */
    private static KbEntity role(List<AliasEntry> entries, Context ctx) {
        List<AliasEntry> usable = entries.stream().filter(e -> contextHolds(e.alias(), ctx)).toList();
        List<KbEntity> validNamed = distinctEntities(usable.stream()
                .filter(e -> e.alias().validOn(ctx.date()) && ctx.anchors().contains(e.entity().id())).toList());
        if (validNamed.size() == 1) {
            return validNamed.get(0);
        }
        List<KbEntity> named = distinctEntities(usable.stream().filter(e -> ctx.anchors().contains(e.entity().id())).toList());
        if (named.size() == 1) {
            return named.get(0);
        }
        List<KbEntity> valid = distinctEntities(usable.stream().filter(e -> e.alias().validOn(ctx.date())).toList());
        return valid.size() == 1 ? valid.get(0) : null;
    }

    /** The entity of highest prior among those whose context holds (the first of equals). */
    private static KbEntity contextual(List<AliasEntry> entries, Context ctx) {
        KbEntity best = null;
        for (AliasEntry e : entries) {
            if (contextHolds(e.alias(), ctx) && (best == null || Double.compare(e.entity().prior(), best.prior()) > 0)) {
                best = e.entity();
            }
        }
        return best;
    }

    private static boolean contextHolds(KbAlias alias, Context ctx) {
        if (alias.context().isEmpty()) {
            return true;
        }
        for (String id : alias.context()) {
            if (ctx.anchors().contains(id)) {
                return true;
            }
        }
        return false;
    }

    private List<LinkedMention> metonymy(List<LinkedMention> mentions, String text) {
        List<LinkedMention> out = new ArrayList<>();
        for (LinkedMention l : mentions) {
            String state = l.entity().metonymOf();
            if (state == null || l.metonymy() || LOCATIVE.contains(previousWord(text, l.start()))) {
                continue;
            }
            gazetteer.kb().byId(state).ifPresent(s -> out.add(new LinkedMention(s, l.start(), l.end(), AliasKind.NAME, true)));
        }
        return out;
    }

    static String previousWord(String text, int pos) {
        int end = pos;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
