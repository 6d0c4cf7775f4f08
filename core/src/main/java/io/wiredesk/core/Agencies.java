package io.wiredesk.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * News agencies and broadcasters whose reports are syndicated: the name wiredesk credits, the names a
 * credit line uses, and the web domains of the agency's own site (an article published there is the
 * agency's original).
 */
public final class Agencies {
    public record Agency(String name, List<String> credits, List<String> domains) {
        public boolean publishes(String publisherOrUrl) {
            if (publisherOrUrl == null) {
                return false;
            }
            String p = publisherOrUrl.toLowerCase(Locale.ROOT);
            return domains.stream().anyMatch(d -> p.equals(d) || p.endsWith("." + d) || p.contains("//" + d)
                    || p.contains("." + d + "/") || p.contains("//www." + d));
        }
    }

    public static final List<Agency> ALL = List.of(
            new Agency("Yonhap", List.of("Yonhap", "Yonhap News Agency", "Yonhap News", "YNA"), List.of("yna.co.kr", "en.yna.co.kr")),
            new Agency("KBS", List.of("KBS", "Korean Broadcasting System", "KBS News", "KBS World"), List.of("kbs.co.kr")),
            new Agency("MBC", List.of("MBC"), List.of("imbc.com")),
            new Agency("SBS", List.of("SBS"), List.of("sbs.co.kr")),
            new Agency("Newsis", List.of("Newsis"), List.of("newsis.com")),
            new Agency("News1", List.of("News1"), List.of("news1.kr")),
            new Agency("KCNA", List.of("KCNA", "Korean Central News Agency"), List.of("kcna.kp", "kcnawatch.org")),
            new Agency("AP", List.of("AP", "Associated Press", "The Associated Press"), List.of("apnews.com")),
            new Agency("AFP", List.of("AFP", "Agence France-Presse", "Agence France Presse"), List.of("afp.com")),
            new Agency("Reuters", List.of("Reuters", "Thomson Reuters"), List.of("reuters.com")),
            new Agency("Xinhua", List.of("Xinhua", "Xinhua News Agency"), List.of("xinhuanet.com", "news.cn")),
            new Agency("Kyodo", List.of("Kyodo", "Kyodo News"), List.of("kyodonews.net")),
            new Agency("TASS", List.of("TASS"), List.of("tass.com", "tass.ru")),
            new Agency("QNA", List.of("QNA", "Qatar News Agency"), List.of("qna.org.qa")),
            new Agency("WAM", List.of("WAM", "Emirates News Agency"), List.of("wam.ae")),
            new Agency("ANI", List.of("ANI", "Asian News International"), List.of("aninews.in")),
            new Agency("PTI", List.of("PTI", "Press Trust of India"), List.of("ptinews.com")),
            new Agency("dpa", List.of("dpa", "Deutsche Presse-Agentur"), List.of("dpa.com")),
            new Agency("EFE", List.of("EFE", "Agencia EFE"), List.of("efe.com")),
            new Agency("ANSA", List.of("ANSA"), List.of("ansa.it")),
            new Agency("Ukrinform", List.of("Ukrinform"), List.of("ukrinform.net", "ukrinform.ua")),
            new Agency("Bloomberg", List.of("Bloomberg"), List.of("bloomberg.com")),
            new Agency("BBC", List.of("BBC", "BBC News"), List.of("bbc.com", "bbc.co.uk")),
            new Agency("CNN", List.of("CNN"), List.of("cnn.com")));

    private Agencies() {
    }

    public static Optional<Agency> byName(String name) {
        return ALL.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The agency whose own site published the article, if any. */
    public static Optional<Agency> publishedBy(String publisher, String url) {
        return ALL.stream().filter(a -> a.publishes(publisher) || a.publishes(url)).findFirst();
    }
}
