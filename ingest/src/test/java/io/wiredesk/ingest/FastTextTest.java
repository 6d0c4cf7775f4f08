package io.wiredesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.text.TextNormalizer;
import io.wiredesk.core.text.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The extractor's fast paths must give exactly what the slow ones they replace give: whitespace collapsing and word
 * counts ({@link TextScan}), element text lengths and link densities ({@link TextLengths}) and the furniture-line
 * test of the HTML path ({@link LineClassifier#isDropped}).
 */
class FastTextTest {
    private static final String ALPHABET = "ab Z9 \t\n\r\f\u000B\u0001\u00A0\u2003\u200B\u3000'’-.,한글\uD83D\uDE00é\u0301";

    @Test
    void collapseAndWordCountMatchTheCoreHelpers() {
        List<String> samples = new ArrayList<>(List.of("", " ", "  a  ", "\u0001 a \u0001", "a\u0001 \u2000b", "don't stop",
                "'quoted' words’", "Korea’s 한국어 text", "e\u0301te\u0301", "\uD83D\uDE00 emoji", "x\u200By", " \u3000 "));
        Random random = new Random(42);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            samples.add(s.toString());
        }
        for (String s : samples) {
            assertThat(TextScan.collapse(s)).as("collapse [%s]", s).isEqualTo(TextNormalizer.collapseWhitespace(s));
            assertThat(TextScan.wordCount(s)).as("words [%s]", s).isEqualTo(Tokens.count(s));
        }
    }

    @Test
    void textLengthsMatchJsoupText() {
        List<String> pages = new ArrayList<>(List.of(
                "<div><p>talkREAL</p><small>Just learn</small></div>",
                "<li><h5>Continue browsing</h5><a href=x>See all</a></li>",
                "<div> <span> a </span><br><b>b</b>\u00A0c\u200Bd\u00ADe <pre>  keep\n  this </pre> after</div>",
                "<table><tr><td>one</td><td> two <a href=#>link <a href=#>nested</a></a></td></tr></table>",
                "<p><span><div>block in inline</div></span>tail</p><p>\u0001 control \u000B</p>",
                "<div><textarea> raw  text </textarea><p><img alt=x>  </p><a href=#>  </a></div>"));
        Random random = new Random(7);
        String[] tags = {"div", "p", "span", "a", "b", "br", "li", "td", "pre", "h2", "section", "em"};
        String[] texts = {" ", "word", " two words ", "\n", "\u00A0", "x\u200B", "", "  a  b  "};
        for (int i = 0; i < 300; i++) {
            StringBuilder html = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                String tag = tags[random.nextInt(tags.length)];
                html.append(random.nextBoolean() ? "<" + tag + ">" : "</" + tag + ">");
                html.append(texts[random.nextInt(texts.length)]);
            }
            pages.add(html.toString());
        }
        for (String page : pages) {
            Document doc = Jsoup.parse(page);
            TextLengths lengths = TextLengths.of(doc.body());
            for (Element e : doc.body().getAllElements()) {
                assertThat(lengths.length(e)).as("%s in %s", e.tagName(), page).isEqualTo(e.text().length());
                assertThat(lengths.linkDensity(e)).as("link density of %s in %s", e.tagName(), page)
                        .isEqualTo(linkDensity(e));
            }
        }
    }

    @Test
    void droppedLinesAreTheClassifiersNoiseSectionEndsAndMarkers() {
        for (String line : List.of("Related", "Related Posts", "12 comments", "Comments (3)", "Tags: a, b, c",
                "[Latest] stories from the desk", "Please donate to keep us going", "Become a member today", "Share",
                "loading.........", "Photo: AP", "© 2024 Foo Media", "Advertisement", "x", "123 views", "[LEAD]",
                "Quick access to the archive and everything else it holds for readers today", "관련기사",
                "writer@example.com", "Must-read", "Editor's picks", "MORE FROM Reuters", "Share this article on",
                "The minister said on Tuesday that talks would resume.", "Seoul", "Home", "Thousands joined the march.")) {
            List<String> words = Tokens.words(line);
            ScrapedLine.Kind kind = LineClassifier.classify(line, words);
            boolean dropped = kind == ScrapedLine.Kind.NOISE || kind == ScrapedLine.Kind.SECTION_END
                    || kind == ScrapedLine.Kind.MARKER;
            assertThat(LineClassifier.isDropped(line, words.size())).as(line).isEqualTo(dropped);
        }
        assertThat(LineClassifier.isDropped("Related", 1)).isTrue();
        assertThat(LineClassifier.isDropped("The minister said on Tuesday that talks would resume.", 9)).isFalse();
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1, (double) links / total);
    }
}
