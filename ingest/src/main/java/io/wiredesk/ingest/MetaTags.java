package io.wiredesk.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags read in one pass: the content of the first tag of each name (property, else name,
 * else itemprop; case-insensitive), so that each lookup is a map access rather than a walk of the page.
 */
final class MetaTags {
    private final Map<String, String> first = new HashMap<>();

    private MetaTags() {
    }

    /** From the page's {@code <meta>} elements, in document order (those without content are skipped). */
    static MetaTags of(List<Element> metas) {
        MetaTags tags = new MetaTags();
        for (Element m : metas) {
            if (!m.hasAttr("content")) {
                continue;
            }
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
            tags.first.putIfAbsent(key.toLowerCase(Locale.ROOT), m.attr("content").trim());
        }
        return tags;
    }

    /** The trimmed content of the first tag of that name; null when absent or empty. */
    String get(String name) {
        String v = first.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v;
    }
}
