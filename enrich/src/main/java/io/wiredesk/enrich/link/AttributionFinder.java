package io.wiredesk.enrich.link;

import io.wiredesk.core.model.Attribution;
import io.wiredesk.enrich.match.RegexScan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said what, simply: a person or organisation mention followed by a speech verb ("Rutte said",
 * "Yoon also stressed", "Chang Ho-jin, South Korea's National Security Adviser, said"), "according to X",
 * and "He said" / "She added" for the person named last.
 */
public final class AttributionFinder {
    private static final String VERB = "(said|says|added|adds|stressed|emphasized|emphasised|noted|told|explained|expressed"
            + "|declared|announced|revealed|warned|denounced|mentioned|conveyed|posted|highlighted|urged|stated|claimed"
            + "|insisted|argued|confirmed|asked|requested)";
    private static final Pattern AFTER_SPEAKER = Pattern.compile("^(?:'s?)?(?:,[^,.\\n]{1,80},)? (?:also |then |further |later |has |had )?" + VERB + "(?![\\p{L}])");
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}])(He|She) (?:also |then |further |later )?" + VERB + "(?![\\p{L}])");
    private static final Pattern ACCORDING = Pattern.compile("[Aa]ccording to (?:the )?$");

    private AttributionFinder() {
    }

    /** A mention of a speaker candidate: entity id, type, offsets into {@code text}. */
    public record Speaker(String id, String type, int start, int end) {
        boolean canSpeak() {
            return switch (type) {
                case "person", "organisation", "agency", "media", "country", "city" -> true;
                default -> false;
            };
        }
    }

    /** Speakers must be sorted by start offset. */
    public static List<Attribution> find(String text, List<Speaker> speakers) {
        List<Attribution> out = new ArrayList<>();
        for (Speaker s : speakers) {
            if (!s.canSpeak()) {
                continue;
            }
            Matcher m = AFTER_SPEAKER.matcher(text.substring(s.end(), Math.min(text.length(), s.end() + 120)));
            if (m.lookingAt()) { // anchored by ^: what find() would find
                out.add(new Attribution(s.id(), m.group(1), s.start(), s.end() + m.end()));
                continue;
            }
            Matcher a = ACCORDING.matcher(text.substring(Math.max(0, s.start() - 20), s.start()));
            if (a.find()) {
                out.add(new Attribution(s.id(), "according to", Math.max(0, s.start() - 20) + a.start(), s.end()));
            }
        }
        RegexScan.forEachAtWordStart(PRONOUN, text, c -> c == 'H' || c == 'S', p -> {
            Speaker last = null;
            for (Speaker s : speakers) {
                if (s.end() <= p.start() && "person".equals(s.type())) {
                    last = s;
                }
            }
            if (last != null) {
                out.add(new Attribution(last.id(), p.group(2), p.start(), p.end()));
            }
        });
        out.sort(java.util.Comparator.comparingInt(Attribution::start));
        return out;
    }
}
