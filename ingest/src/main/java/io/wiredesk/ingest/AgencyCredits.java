package io.wiredesk.ingest;

import io.wiredesk.core.Agencies;
import io.wiredesk.core.Agencies.Agency;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which news agency an article credits: "(Yonhap)", a "Yonhap News" credit line, "SEOUL (AP) --", "— Reuters". */
public final class AgencyCredits {
    private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()]{2,40})\\)");
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:(?i:source|credit|sources|via|copyright|\\(c\\)|©)\\s*[:\\-]?\\s*|[-–—]\\s*)?(.{2,40}?)\\.?$");

    private AgencyCredits() {
    }

    /** The agency a short standalone line credits ("Yonhap News", "Source: AFP", "— Reuters"). */
    public static Optional<Agency> fromCreditLine(String line) {
        Matcher m = CREDIT_LINE.matcher(line.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return match(m.group(1).trim());
    }

    /** The first agency credited in parentheses in running text: "... News Agency (Yonhap).", "WASHINGTON (AP) --". */
    public static Optional<Agency> fromText(String text) {
        if (text.indexOf('(') < 0) {
            return Optional.empty();
        }
        Matcher m = PARENTHESISED.matcher(text);
        while (m.find()) {
            for (String part : m.group(1).split("\\s*[/,;]\\s*|\\s+and\\s+")) {
                Optional<Agency> a = match(part.trim());
                if (a.isPresent()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** The first agency a paragraph credits, in paragraph order. */
    public static Optional<Agency> fromParagraphs(List<String> paragraphs) {
        for (String p : paragraphs) {
            Optional<Agency> a = fromText(p);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    /** An agency whose credit is exactly this text (short all-caps credits like "AP" must match in case). */
    public static Optional<Agency> match(String text) {
        for (Agency agency : Agencies.ALL) {
            for (String credit : agency.credits()) {
                boolean acronym = credit.length() <= 4 && credit.equals(credit.toUpperCase(Locale.ROOT));
                if (acronym ? text.equals(credit) : text.equalsIgnoreCase(credit)) {
                    return Optional.of(agency);
                }
            }
        }
        return Optional.empty();
    }
}
