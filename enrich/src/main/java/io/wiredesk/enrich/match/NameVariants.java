package io.wiredesk.enrich.match;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Spellings of a family-name-first name (Korean romanisation): "Yoon Suk Yeol" is also written
 * "Yoon Suk-yeol", "Yoon Suk-Yeol" and "Yoon Sukyeol"; "Moon Jae-in" also "Moon Jae In", "Moon Jaein".
 */
public final class NameVariants {
    private NameVariants() {
    }

    public static Set<String> eastern(String name) {
        Set<String> out = new LinkedHashSet<>();
        out.add(name);
        String[] t = name.trim().split(" ");
        String family;
        String first;
        String second;
        if (t.length == 3 && !t[1].contains("-") && !t[2].contains("-")) {
            family = t[0];
            first = t[1];
            second = t[2];
        } else if (t.length == 2 && t[1].indexOf('-') > 0 && t[1].indexOf('-') < t[1].length() - 1) {
            family = t[0];
            first = t[1].substring(0, t[1].indexOf('-'));
            second = t[1].substring(t[1].indexOf('-') + 1);
        } else {
            return out;
        }
        String lower = second.substring(0, 1).toLowerCase() + second.substring(1);
        String upper = second.substring(0, 1).toUpperCase() + second.substring(1);
        out.add(family + " " + first + " " + upper);
        out.add(family + " " + first + "-" + lower);
        out.add(family + " " + first + "-" + upper);
        out.add(family + " " + first + lower);
        return out;
    }
}
