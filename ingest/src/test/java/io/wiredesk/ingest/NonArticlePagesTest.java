package io.wiredesk.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.CleanArticle;
import io.wiredesk.core.model.RawArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Forum threads, product pages, listings and service pages: the ways they differ from articles. */
class NonArticlePagesTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String MENU = "<nav><a href='/'>Home</a> <a href='/a'>About</a> <a href='/c'>Contact</a></nav>";

    @Test
    void aThreadWhosePostsAreAllMarkedCommentKeepsThem() {
        String html = "<html><body>" + MENU + "<h1>Which heat pump for an old house?</h1><ol class='comments'>"
                + post("ana", "Our house was built in 1920 and has no insulation in the walls. Is a heat pump worth it,"
                        + " or should we insulate first and wait a winter?")
                + post("ben", "Insulate first. A heat pump sized for a leaky house runs at its limit all winter and the"
                        + " bills will disappoint you, whatever the brochure says.")
                + post("cleo", "We did both at once with a grant that paid for a third of the work, and the house is"
                        + " warmer than it has ever been; ask your council about grants.")
                + "</ol></body></html>";
        CleanArticle a = extract(html);
        assertThat(a.text()).contains("Our house was built in 1920", "Insulate first", "We did both at once")
                .doesNotContain("About", "Contact");
    }

    @Test
    void anArticlesReaderCommentsStayOutEvenWhenTheyOutweighIt() {
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            comments.append(post("reader" + i, "I disagree with this piece entirely, and here is a long explanation of"
                    + " why the council should never have approved the new bridge in the first place."));
        }
        String html = "<html><head><meta property='og:type' content='article'></head><body>" + MENU
                + "<article><h1>Council approves the new bridge</h1><p>The council approved the new bridge on Monday"
                + " by nine votes to four, after a debate that lasted most of the afternoon and evening.</p><p>Work starts"
                + " in the spring and should take two years, the city engineer said, at a cost of forty million.</p>"
                + "<p>Residents of the east bank, who now drive twenty minutes to cross the river, welcomed the vote.</p>"
                + "<p>Opponents said the money would be better spent on the schools and the hospital wing.</p>"
                + "<p>The mayor said the bridge would cut the traffic in the old town by a third once it opens, and that"
                + " the ferry would keep running for cyclists and walkers.</p></article>"
                + "<ol>" + comments + "</ol></body></html>";
        CleanArticle a = extract(html);
        assertThat(a.text()).contains("The council approved the new bridge", "Opponents said")
                .doesNotContain("I disagree");
    }

    @Test
    void aProductPageDropsItsRecommendationCarousels() {
        StringBuilder cards = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            cards.append("<div class='x7f'><a href='/itm/").append(i).append("'><h3>Vintage floral blouse size ")
                    .append(10 + i).append(" green white</h3></a><span>$").append(8 + i).append(".50</span></div>");
        }
        String html = "<html><body>" + MENU + "<main><div class='a1'><h1>Oak writing desk with two drawers</h1>"
                + "<p>Solid oak writing desk with two drawers and brass handles, made in the 1950s and refinished last"
                + " year; a few marks on the top, as the photos show.</p><p>Width 120 cm, depth 60 cm, height 76 cm."
                + " Collection only from the shop, or delivery within the county for a small charge.</p></div>"
                + "<div class='q9'><h2>People who viewed this item also viewed</h2><div class='r2'>" + cards + "</div></div>"
                + "</main></body></html>";
        CleanArticle a = extract(html);
        assertThat(a.text()).contains("Solid oak writing desk", "Width 120 cm")
                .doesNotContain("People who viewed", "floral blouse");
    }

    @Test
    void aListingKeepsEntriesWhoseTextIsAllLink() {
        StringBuilder entries = new StringBuilder();
        String[] titles = {"Roast chicken with lemon and thyme", "Slow cooked beef ragu for a crowd",
            "Spring vegetable risotto with peas and mint", "Baked salmon with a herb crust",
            "Classic apple crumble with oat topping", "Spiced lentil soup with yoghurt"};
        for (String t : titles) {
            entries.append("<li><a href='/r/").append(t.length()).append("'>").append(t).append("</a></li>");
        }
        String html = "<html><body>" + MENU + "<h1>Sunday dinner recipes</h1><p>Our favourite recipes for a long"
                + " Sunday lunch with family and friends, from roasts to puddings.</p><ul>" + entries + "</ul>"
                + "</body></html>";
        CleanArticle a = extract(html);
        assertThat(a.paragraphs()).contains("Roast chicken with lemon and thyme", "Spiced lentil soup with yoghurt");
        assertThat(a.text()).doesNotContain("About", "Contact");
    }

    @Test
    void aNegatedFurnitureClassIsNotFurniture() {
        String html = "<html><body>" + MENU + "<div id='content' class='site-elements site-not-footer'><h1>Treadmill"
                + " repair</h1><p>We repair treadmills, bikes and rowing machines of every make at your home or your gym,"
                + " usually within two days of your call.</p><p>Every repair comes with a ninety day guarantee on parts"
                + " and labour, and we give a written quote before we start.</p></div>"
                + "<div class='footer'>Opening hours Monday to Friday</div></body></html>";
        CleanArticle a = extract(html);
        assertThat(a.text()).contains("We repair treadmills", "ninety day guarantee").doesNotContain("Opening hours");
    }

    @Test
    void aConsentDialogGoesEvenWhenItOutweighsThePage() {
        StringBuilder purposes = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            purposes.append("<p>These cookies let us and our partners measure how you use the site and show you"
                    + " advertising that matches your interests, purpose ").append(i).append(".</p>");
        }
        String html = "<html><body><div id='onetrust-consent-sdk'>" + purposes + "</div><h1>Opening times</h1>"
                + "<p>The library is open from nine to six on weekdays and from ten to four on Saturdays.</p>"
                + "<p>It is closed on Sundays and public holidays, and on the first Monday of each month.</p></body></html>";
        CleanArticle a = extract(html);
        assertThat(a.text()).contains("The library is open").doesNotContain("cookies");
    }

    @Test
    void aBlockThatIsOnlyAWebAddressIsNotText() {
        String html = "<html><body><h1>Staple tee</h1><p>A regular fit tee in heavy combed cotton, with neck ribbing,"
                + " side seams and a double needle hem, in thirty colours.</p>"
                + "<div>https://cdn.example.com/images/160x160/tee_bone_thumb.jpg</div>"
                + "<p>Machine wash cold with like colours; do not tumble dry, and iron on the reverse.</p></body></html>";
        CleanArticle a = extract(html);
        assertThat(a.text()).contains("regular fit tee", "Machine wash cold").doesNotContain("cdn.example.com");
    }

    private static String post(String author, String text) {
        return "<li class='comment' id='c-" + author + "'><div class='author'>" + author + "</div><p>" + text + "</p></li>";
    }

    private static CleanArticle extract(String html) {
        return EXTRACTOR.extract(new RawArticle(RawArticle.SCHEMA, null, "https://site.example/page", null,
                Instant.parse("2025-01-01T00:00:00Z"), null, RawArticle.HTML, null, html));
    }
}
