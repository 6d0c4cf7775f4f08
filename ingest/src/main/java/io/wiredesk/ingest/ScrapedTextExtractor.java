package io.wiredesk.ingest;

import io.wiredesk.core.Agencies.Agency;
import io.wiredesk.ingest.ScrapedLine.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Main text and metadata of text already scraped from a page (menus, teasers and widgets included): the
 * article body is the densest run of prose lines; the title, byline and date are read from the lines around it.
 */
final class ScrapedTextExtractor {
    /** Non-prose lines tolerated between two prose lines of the same body. */
    private static final int MAX_GAP = 2;
    /** A widget this close (in non-blank lines) to a date makes the date the page's clock, not the article's. */
    private static final int WIDGET_DISTANCE = 2;
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?i:date|published|posted|posted on|published on|first published|issued|입력|등록|기사입력)\\s*[:：]?\\s*\\S.*");

    Extraction extract(String body, String url, LocalDate reference) {
        List<ScrapedLine> lines = visibleLines(body);
        Block block = bestBlock(lines);
        if (block == null) {
            return new Extraction(null, List.of(), null, null, null, null);
        }
        List<ScrapedLine> head = lines.subList(0, block.from);
        List<ScrapedLine> tail = lines.subList(block.to + 1, lines.size());
        List<String> paragraphs = paragraphs(lines.subList(block.from, block.to + 1));
        int titleAt = titleIndex(head);
        String title = titleAt < 0 ? null : head.get(titleAt).text();
        return new Extraction(title, paragraphs, byline(head, tail, titleAt), published(lines, head, tail, titleAt,
                paragraphs, url, reference), agency(head, tail, paragraphs).map(Agency::name).orElse(null), null);
    }

    /** Non-blank, non-marker lines in order. */
    private static List<ScrapedLine> visibleLines(String body) {
        String[] raw = body.split("\\r\\n|\\r|\\n", -1);
        List<ScrapedLine> out = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            ScrapedLine line = ScrapedLine.of(i + 1, raw[i]);
            if (!line.is(Kind.BLANK) && !line.is(Kind.MARKER)) {
                out.add(line);
            }
        }
        return out;
    }

    private record Block(int from, int to, int chars) {
    }

    private static Block bestBlock(List<ScrapedLine> lines) {
        Block best = null;
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).is(Kind.PROSE)) {
                i++;
                continue;
            }
            int from = i;
            int to = i;
            int chars = lines.get(i).text().length();
            int gap = 0;
            for (int j = i + 1; j < lines.size(); j++) {
                ScrapedLine line = lines.get(j);
                if (line.is(Kind.SECTION_END)) {
                    break;
                }
                if (line.is(Kind.PROSE)) {
                    to = j;
                    chars += line.text().length();
                    gap = 0;
                } else if (++gap > MAX_GAP) {
                    break;
                }
            }
            if (best == null || chars > best.chars) {
                best = new Block(from, to, chars);
            }
            i = to + 1;
        }
        return best;
    }

    private static List<String> paragraphs(List<ScrapedLine> body) {
        List<String> out = new ArrayList<>();
        for (ScrapedLine line : body) {
            if (line.is(Kind.PROSE) || line.is(Kind.OTHER)) {
                out.addAll(SentenceRepair.splitRunTogether(line.text()));
            }
        }
        return out;
    }

    /** The first headline-like line before the body; -1 when there is none. */
    private static int titleIndex(List<ScrapedLine> head) {
        for (int i = 0; i < head.size(); i++) {
            ScrapedLine line = head.get(i);
            boolean strong = line.words().size() >= 4 || (LineClassifier.isCjkHeavy(line.text()) && line.text().length() >= 6);
            if ((line.is(Kind.OTHER) || line.is(Kind.PROSE)) && strong && Bylines.fromByLine(line.text()).isEmpty()
                    && AgencyCredits.fromCreditLine(line.text()).isEmpty() && !Bylines.looksLikeName(line.text())) {
                return i;
            }
        }
        return -1;
    }

    private static String byline(List<ScrapedLine> head, List<ScrapedLine> tail, int titleAt) {
        for (List<ScrapedLine> region : List.of(head, tail)) {
            for (ScrapedLine line : region) {
                Optional<String> by = Bylines.fromByLine(line.text());
                if (by.isPresent()) {
                    return by.get();
                }
            }
        }
        for (int i = titleAt + 1; i < head.size(); i++) {
            ScrapedLine line = head.get(i);
            if (line.is(Kind.OTHER) && line.words().size() <= 6 && AgencyCredits.fromCreditLine(line.text()).isEmpty()) {
                Optional<String> name = Bylines.clean(line.text());
                if (name.isPresent()) {
                    return name.get();
                }
            }
        }
        // "Daniel Kim" followed by "content@example.com": the author's signature
        for (List<ScrapedLine> region : List.of(tail, head)) {
            for (int i = 0; i + 1 < region.size(); i++) {
                if (Bylines.isEmail(region.get(i + 1).text())) {
                    Optional<String> name = Bylines.clean(region.get(i).text());
                    if (name.isPresent()) {
                        return name.get();
                    }
                }
            }
        }
        return null;
    }

    private static FoundDate published(List<ScrapedLine> all, List<ScrapedLine> head, List<ScrapedLine> tail, int titleAt,
            List<String> paragraphs, String url, LocalDate reference) {
        for (int i = 0; i < head.size(); i++) {
            ScrapedLine line = head.get(i);
            boolean labelled = DATE_LABEL.matcher(line.text()).matches();
            // before the headline only a labelled date is the article's: an unlabelled one is the page's clock
            boolean afterHeadline = line.is(Kind.DATE) && titleAt >= 0 && i > titleAt;
            if ((labelled || afterHeadline) && !nearWidget(all, line)) {
                Optional<TextDates.DateValue> d = TextDates.find(line.text());
                if (d.isPresent()) {
                    return d.get().toFound("header");
                }
            }
        }
        for (ScrapedLine line : tail) {
            if (DATE_LABEL.matcher(line.text()).matches()) {
                Optional<TextDates.DateValue> d = TextDates.find(line.text());
                if (d.isPresent()) {
                    return d.get().toFound("header");
                }
            }
        }
        if (!paragraphs.isEmpty()) {
            Optional<Datelines.Dateline> dl = Datelines.find(paragraphs.get(0));
            if (dl.isPresent() && dl.get().monthDay() != null) {
                Optional<LocalDate> d = TextDates.findMonthDay(dl.get().monthDay(), reference);
                if (d.isPresent()) {
                    return FoundDate.of(d.get(), "dateline");
                }
            }
        }
        return TextDates.fromUrl(url).map(d -> FoundDate.of(d, "url")).orElse(null);
    }

    private static boolean nearWidget(List<ScrapedLine> all, ScrapedLine line) {
        int at = all.indexOf(line);
        for (int i = Math.max(0, at - WIDGET_DISTANCE); i <= Math.min(all.size() - 1, at + WIDGET_DISTANCE); i++) {
            if (all.get(i).is(Kind.WIDGET)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Agency> agency(List<ScrapedLine> head, List<ScrapedLine> tail, List<String> paragraphs) {
        for (ScrapedLine line : head) {
            Optional<Agency> a = AgencyCredits.fromCreditLine(line.text());
            if (a.isPresent()) {
                return a;
            }
        }
        Optional<Agency> credited = AgencyCredits.fromParagraphs(paragraphs);
        if (credited.isPresent()) {
            return credited;
        }
        for (ScrapedLine line : tail) {
            if (line.words().size() <= 5) {
                Optional<Agency> a = AgencyCredits.fromCreditLine(line.text());
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }
}
