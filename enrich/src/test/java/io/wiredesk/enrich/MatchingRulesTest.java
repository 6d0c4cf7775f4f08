package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.Mention;
import io.wiredesk.enrich.kb.CasePolicy;
import io.wiredesk.enrich.match.NameVariants;
import io.wiredesk.enrich.match.NormalizedText;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Alias rules over the shipped knowledge base: case, variants, boundaries, offsets, Hangul. */
class MatchingRulesTest {
    private static final LocalDate OCT_2024 = LocalDate.of(2024, 10, 22);
    private final Enricher enricher = Enricher.shared();

    private List<EntityRef> link(String text) {
        return enricher.link(text, OCT_2024);
    }

    private Optional<EntityRef> find(List<EntityRef> refs, String name) {
        return refs.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    private List<String> names(String text) {
        return link(text).stream().filter(r -> !r.id().startsWith("candidate:")).map(EntityRef::name).sorted().toList();
    }

    @Test
    void acronymsMatchUpperCaseOnly() {
        assertThat(names("The EU and the UK met.")).containsExactly("European Union", "United Kingdom");
        assertThat(names("The eu and the uk met.")).isEmpty();
        assertThat(names("Talks in the Uk.")).isEmpty();
    }

    @Test
    void namesMatchAsWrittenOrWithACapitalisedFirstLetter() {
        assertThat(names("north korea fired a missile.")).isEmpty();
        assertThat(names("North Korea fired a missile. The North said more would follow."))
                .containsExactly("North Korea");
        assertThat(find(link("North Korea fired a missile. The North said more would follow."), "North Korea").orElseThrow()
                .mentions()).extracting(Mention::text).containsExactly("North Korea", "The North");
    }

    @Test
    void shoutedHeadlinesMatchNamesInCapitals() {
        assertThat(names("YOON SUK YEOL MEETS NATO CHIEF IN SEOUL")).contains("Yoon Suk Yeol", "NATO", "Seoul", "Mark Rutte");
    }

    @Test
    void koreanNameVariants() {
        assertThat(NameVariants.eastern("Yoon Suk Yeol")).contains("Yoon Suk-yeol", "Yoon Sukyeol", "Yoon Suk-Yeol");
        assertThat(NameVariants.eastern("Moon Jae-in")).contains("Moon Jae In", "Moon Jaein");
        for (String variant : List.of("Yoon Suk Yeol", "Yoon Suk-yeol", "Yoon Sukyeol", "Yoon Suk-Yeol")) {
            assertThat(names(variant + " spoke.")).as(variant).containsExactly("Yoon Suk Yeol");
        }
    }

    @Test
    void possessivesAndWordBoundaries() {
        assertThat(names("Korea's exports and Russia’s war")).containsExactly("Russia", "South Korea");
        assertThat(names("Koreatown, Russian-made goods and Ukrainet")).containsExactly("Russia");
        assertThat(names("Omanis")).containsExactly("Oman");
        assertThat(names("Ukrainians and South Koreans")).containsExactly("South Korea", "Ukraine");
    }

    @Test
    void surnameOnlyAfterAFullMentionOrBehindATitle() {
        assertThat(names("Rutte said NATO was ready.")).containsExactly("NATO");
        List<EntityRef> refs = link("Mark Rutte arrived. Later Rutte said NATO was ready.");
        assertThat(find(refs, "Mark Rutte").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Mark Rutte", "Rutte");
        assertThat(names("Secretary General Rutte spoke.")).containsExactly("Mark Rutte");
        assertThat(find(link("Secretary General Rutte spoke."), "Mark Rutte").orElseThrow().mentions())
                .extracting(Mention::text).containsExactly("Secretary General Rutte");
        assertThat(names("Stoltenberg spoke, then Jens Stoltenberg left.")).containsExactly("Jens Stoltenberg");
        assertThat(find(link("Stoltenberg spoke, then Jens Stoltenberg left."), "Jens Stoltenberg").orElseThrow().mentions())
                .hasSize(1);
    }

    @Test
    void rolesResolveByDate() {
        assertThat(enricher.link("The NATO chief warned Moscow.", LocalDate.of(2024, 9, 30)).stream().map(EntityRef::name))
                .contains("Jens Stoltenberg").doesNotContain("Mark Rutte");
        assertThat(enricher.link("The NATO chief warned Moscow.", LocalDate.of(2024, 10, 1)).stream().map(EntityRef::name))
                .contains("Mark Rutte").doesNotContain("Jens Stoltenberg");
    }

    @Test
    void contextAliasesNeedTheirContext() {
        assertThat(names("the Alliance grew.")).isEmpty();
        assertThat(names("NATO met; the Alliance grew.")).containsExactly("NATO");
        assertThat(names("The Presidential Office said so.")).isEmpty();
        assertThat(names("South Korea's Presidential Office said so."))
                .containsExactly("Office of the President (South Korea)", "South Korea");
        assertThat(names("The North Korean government said so.")).containsExactly("North Korea");
    }

    @Test
    void capitalsStandForTheStateUnlessTheyArePlaces() {
        assertThat(names("Talks between Pyongyang and Moscow")).containsExactly("Moscow", "North Korea", "Pyongyang", "Russia");
        assertThat(names("The summit in Washington")).containsExactly("Washington, D.C.");
    }

    @Test
    void offsetsReferToTheTextAsGivenEvenWhenNfkcChangesIt() {
        String text = "ｆｉｌｅ: Ｓｅｏｕｌ and ﬁve  NATO members met in Ｓｅｏｕｌ.";
        List<EntityRef> refs = link(text);
        EntityRef seoul = find(refs, "Seoul").orElseThrow();
        assertThat(seoul.mentions()).hasSize(2);
        for (Mention m : seoul.mentions()) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo("Ｓｅｏｕｌ").isEqualTo(m.text());
        }
        Mention nato = find(refs, "NATO").orElseThrow().mentions().get(0);
        assertThat(text.substring(nato.start(), nato.end())).isEqualTo("NATO");
    }

    @Test
    void normalisedTextMapsBackOverLigaturesAndCollapsedSpace() {
        NormalizedText n = NormalizedText.of("ﬁ  x\u00ADy");
        assertThat(n.norm()).isEqualTo("fi xy");
        assertThat(n.originalStart(0)).isEqualTo(0);
        assertThat(n.originalEnd(2)).isEqualTo(1);
        assertThat(n.originalStart(3)).isEqualTo(3);
        assertThat(n.originalEnd(5)).isEqualTo(6);
    }

    @Test
    void hangulAliasesWithParticles() {
        String text = "윤석열 대통령은 북한의 도발에 대해 국회에서 한국 정부의 입장을 밝혔다. 대한민국은 한국어";
        assertThat(names(text)).containsExactly("National Assembly (South Korea)", "North Korea", "South Korea", "Yoon Suk Yeol");
        EntityRef sk = find(link(text), "South Korea").orElseThrow();
        assertThat(sk.mentions()).extracting(Mention::text).containsExactly("한국", "대한민국");
    }

    @Test
    void casePolicies() {
        assertThat(CasePolicy.UPPER.accepts("EU", "EU", false)).isTrue();
        assertThat(CasePolicy.UPPER.accepts("EU", "Eu", false)).isFalse();
        assertThat(CasePolicy.FIRST.accepts("the North", "The North", false)).isTrue();
        assertThat(CasePolicy.FIRST.accepts("Seoul", "seoul", false)).isFalse();
        assertThat(CasePolicy.FIRST.accepts("Seoul", "SEOUL", true)).isTrue();
        assertThat(CasePolicy.EXACT.accepts("Nato", "NATO", false)).isFalse();
        assertThat(CasePolicy.ANY.accepts("abc", "AbC", false)).isTrue();
    }

    @Test
    void unknownCapitalisedNamesBecomeCandidates() {
        List<EntityRef> refs = link("Daniel Kim met Yoon Suk Yeol at the Viewus Global Institute. On Monday The talks ended.");
        assertThat(refs).filteredOn(r -> r.id().startsWith("candidate:")).extracting(EntityRef::name, EntityRef::type)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Daniel Kim", "candidate"),
                        org.assertj.core.groups.Tuple.tuple("Viewus Global Institute", "organisation"));
        assertThat(refs).filteredOn(r -> r.name().equals("Daniel Kim")).extracting(EntityRef::id).containsExactly("candidate:daniel-kim");
    }
}
