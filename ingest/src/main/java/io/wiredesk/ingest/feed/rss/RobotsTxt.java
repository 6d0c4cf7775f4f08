package io.wiredesk.ingest.feed.rss;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of a robots.txt (RFC 9309) for one user agent: the group naming our product token, else the
 * {@code *} group; the longest matching Allow/Disallow pattern wins, Allow on a tie; {@code *} and
 * {@code $} in patterns. Also the group's Crawl-delay, which a polite fetcher honours.
 */
public final class RobotsTxt {
    public static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of(), null);
    public static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/", Pattern.compile("/.*"))), null);

    private record Rule(boolean allow, String pattern, Pattern regex) {
    }

    private final List<Rule> rules;
    private final Duration crawlDelay;

    private RobotsTxt(List<Rule> rules, Duration crawlDelay) {
        this.rules = rules;
        this.crawlDelay = crawlDelay;
    }

    /** @param productToken our user agent's name, e.g. "wiredesk" */
    public static RobotsTxt parse(String text, String productToken) {
        String token = productToken.toLowerCase(Locale.ROOT);
        List<Rule> mine = null;
        List<Rule> star = null;
        Duration myDelay = null;
        Duration starDelay = null;
        List<String> agents = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        Duration delay = null;
        boolean inRules = false;
        for (String raw : (text + "\nuser-agent: <end>").split("\\r?\\n|\\r")) {
            String line = raw.replaceFirst("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (field.equals("user-agent")) {
                if (inRules) {
                    // a group ends: keep it if it names us or everyone
                    for (String a : agents) {
                        if (!a.equals("*") && token.contains(a)) {
                            mine = mine == null ? new ArrayList<>() : mine;
                            mine.addAll(rules);
                            myDelay = delay != null ? delay : myDelay;
                        } else if (a.equals("*")) {
                            star = star == null ? new ArrayList<>() : star;
                            star.addAll(rules);
                            starDelay = delay != null ? delay : starDelay;
                        }
                    }
                    agents = new ArrayList<>();
                    rules = new ArrayList<>();
                    delay = null;
                    inRules = false;
                }
                agents.add(value.toLowerCase(Locale.ROOT));
            } else if (field.equals("allow") || field.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) {
                    rules.add(new Rule(field.equals("allow"), value, regex(value)));
                }
            } else if (field.equals("crawl-delay")) {
                inRules = true;
                try {
                    delay = Duration.ofMillis((long) (Double.parseDouble(value) * 1000));
                } catch (NumberFormatException ignored) {
                    // a malformed delay is no delay
                }
            }
        }
        if (mine != null) {
            return new RobotsTxt(mine, myDelay);
        }
        return star != null ? new RobotsTxt(star, starDelay) : ALLOW_ALL;
    }

    /** Whether the path (with its query) may be fetched. */
    public boolean allows(String pathAndQuery) {
        String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        Rule best = null;
        for (Rule r : rules) {
            if (r.regex().matcher(path).lookingAt()
                    && (best == null || r.pattern().length() > best.pattern().length()
                    || (r.pattern().length() == best.pattern().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    public Duration crawlDelay() {
        return crawlDelay;
    }

    private static Pattern regex(String pattern) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '$' && i == pattern.length() - 1) {
                re.append("$");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
