package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.enrich.link.Titles;
import io.wiredesk.enrich.match.AhoCorasick;
import io.wiredesk.enrich.match.NormalizedText;
import io.wiredesk.enrich.match.RegexScan;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scanners written by hand for speed agree with the simple definitions they replace, on random text
 * built to hit their edges: the trie walk with every pattern tested by {@code startsWith}, the title scan
 * with the regular expression it replaced, the regex scan tried at word starts only with {@code find()}, the
 * offset map with one entry per char.
 */
class HandWrittenScannersTest {
    private final Random random = new Random(42);

    @Test
    void trieWalkFindsExactlyThePatternsThatStartAtEachPosition() {
        // a small alphabet with many branches, so that nodes of many children (direct tables) occur, plus non-ASCII
        String alphabet = "abcdefghij -'ké";
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            patterns.add(randomString(alphabet, 1 + random.nextInt(6)));
        }
        patterns.add("z");
        AhoCorasick ac = new AhoCorasick(patterns);
        for (int round = 0; round < 20; round++) {
            String text = randomString(alphabet + "z", 200);
            char[] chars = (text + "\0\0").toCharArray();
            List<AhoCorasick.Hit> viaFind = new ArrayList<>();
            ac.find(text, (s, e, p) -> viaFind.add(new AhoCorasick.Hit(s, e, p)));
            for (int start = 0; start < text.length(); start++) {
                List<AhoCorasick.Hit> expected = new ArrayList<>();
                for (int p = 0; p < patterns.size(); p++) {
                    if (text.startsWith(patterns.get(p), start)) {
                        expected.add(new AhoCorasick.Hit(start, start + patterns.get(p).length(), p));
                    }
                }
                List<AhoCorasick.Hit> walked = new ArrayList<>();
                ac.startingAt(chars, start, text.length(), (s, e, p) -> walked.add(new AhoCorasick.Hit(s, e, p)));
                List<AhoCorasick.Hit> walkedSequence = new ArrayList<>();
                ac.startingAt(text, start, (s, e, p) -> walkedSequence.add(new AhoCorasick.Hit(s, e, p)));
                int at = start;
                assertThat(walked).as("at %d of %s", start, text).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(walkedSequence).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(viaFind.stream().filter(h -> h.start() == at).toList()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    /** The regular expression the title scan replaced, applied as it was: to the 40 chars before the name. */
    private static final String TITLE = "(?:Vice President|President|Prime Minister|Premier|Chancellor|Secretary[- ]General"
            + "|Foreign Secretary|Foreign Minister|Defen[cs]e Minister|Defen[cs]e Secretary|Minister|Secretary|Mr\\.?|Mrs\\.?"
            + "|Ms\\.?|Dr\\.?|King|Queen|Crown Prince|Chairman|Chairwoman|Chair|Leader|Senator|Governor|Ambassador|General"
            + "|Gen\\.|Envoy|Adviser|Advisor|Speaker|Pope|Director|Commissioner|Spokesperson|Spokesman|Spokeswoman)";
    private static final Pattern BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])" + TITLE + " $");
    private static final Pattern BEFORE_ANY_CASE = Pattern.compile("(?<![\\p{L}\\p{N}])" + TITLE + " $", Pattern.CASE_INSENSITIVE);

    private static int titleByRegex(String text, int pos, boolean anyCase) {
        int from = Math.max(0, pos - 40);
        Matcher m = (anyCase ? BEFORE_ANY_CASE : BEFORE).matcher(text.substring(from, pos));
        return m.find() ? from + m.start() : -1;
    }

    @Test
    void titleScanAgreesWithTheRegularExpression() {
        String[] pieces = {"President ", "Vice President ", "vice president ", "PRIME MINISTER ", "Secretary-General ",
            "Secretary General ", "Defense Minister ", "Mr. ", "Mr ", "Dr.", "Gen. ", "Ex-", "x", "1", "é", "Gen ",
            " ", "\n", "Kim ", "General ", "Foreign Secretary ", "Queen", "ß", "\u0130", "Chair "};
        int checked = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            sb.append("Yoon");
            String text = sb.toString();
            for (int pos = 0; pos <= text.length(); pos++) {
                for (boolean anyCase : new boolean[] {false, true}) {
                    assertThat(Titles.titleStartBefore(text, pos, anyCase)).as("%s at %d, any case %s", text, pos, anyCase)
                            .isEqualTo(titleByRegex(text, pos, anyCase));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    @Test
    void prefilteredRegexScanFindsWhatFindFinds() {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\d])(?:(?:[Oo]n|[Ll]ast) )?(Monday|May|Mayday|(\\d{1,2}) May)(?![\\p{L}\\d])");
        String[] pieces = {"on ", "On ", "last ", "Monday", "May", "Mayday", "12 ", "3", " ", "x", "é", ".", "\n", "\uD83D\uDE00"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            List<String> expected = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + ":" + m.group(1) + "/" + m.group(2));
            }
            List<String> scanned = new ArrayList<>();
            RegexScan.forEachAtWordStart(pattern, text, c -> "OoLlM0123456789".indexOf(c) >= 0,
                    r -> scanned.add(r.start() + "-" + r.end() + ":" + r.group(1) + "/" + r.group(2)));
            assertThat(scanned).as(text).isEqualTo(expected);
        }
    }

    @Test
    void offsetMapAgreesWithAMapOfEveryChar() {
        String alphabet = "ab  \n\t\r\u00A0\u00AD\uFB01\u0301\u2019x.\u3000K\u2028\uD83D\uDE00";
        for (int round = 0; round < 2000; round++) {
            String text = randomString(alphabet, random.nextInt(30));
            NormalizedText n = NormalizedText.of(text);
            Reference ref = Reference.of(text);
            assertThat(n.norm()).as("%s", text).isEqualTo(ref.norm.toString());
            for (int i = 0; i <= n.length(); i++) {
                assertThat(n.originalStart(i)).as("start %d of %s", i, text).isEqualTo(ref.start(i, text));
                assertThat(n.originalEnd(i)).as("end %d of %s", i, text).isEqualTo(ref.end(i));
            }
        }
    }

    /** Normalisation as first written: NFKC per cluster, white space runs as one, a start and an end per char. */
    private record Reference(StringBuilder norm, List<Integer> starts, List<Integer> ends) {
        static Reference of(String src) {
            Reference r = new Reference(new StringBuilder(), new ArrayList<>(), new ArrayList<>());
            int i = 0;
            while (i < src.length()) {
                int end = i + Character.charCount(src.codePointAt(i));
                while (end < src.length() && NormalizedText.isMark(src.codePointAt(end))) {
                    end += Character.charCount(src.codePointAt(end));
                }
                String cluster = Normalizer.normalize(src.substring(i, end), Normalizer.Form.NFKC);
                for (int k = 0; k < cluster.length(); k++) {
                    r.append(NormalizedText.map(cluster.charAt(k)), i, end);
                }
                i = end;
            }
            return r;
        }

        void append(char c, int start, int end) {
            if (c == 0) {
                return;
            }
            int len = norm.length();
            if ((c == ' ' || c == '\n') && len > 0 && (norm.charAt(len - 1) == ' ' || norm.charAt(len - 1) == '\n')) {
                if (c == '\n') {
                    norm.setCharAt(len - 1, '\n');
                }
                ends.set(len - 1, end);
                return;
            }
            norm.append(c);
            starts.add(start);
            ends.add(end);
        }

        int start(int i, String src) {
            return i >= starts.size() ? src.length() : starts.get(i);
        }

        int end(int end) {
            return end <= 0 ? 0 : ends.get(end - 1);
        }
    }

    private String randomString(String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            if (Character.isHighSurrogate(c)) {
                sb.append(c).append(alphabet.charAt(alphabet.indexOf(c) + 1));
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
