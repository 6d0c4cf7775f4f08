package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.EntityRef;
import io.wiredesk.core.model.Mention;
import io.wiredesk.enrich.kb.AliasKind;
import io.wiredesk.enrich.kb.CasePolicy;
import io.wiredesk.enrich.kb.KbAlias;
import io.wiredesk.enrich.kb.KbEntity;
import io.wiredesk.enrich.kb.KnowledgeBase;
import io.wiredesk.enrich.match.AhoCorasick;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Short forms after a full mention, legal-form suffixes, and the trie walk that replaced the full automaton scan. */
class PartialNamesAndSuffixTest {
    private static KbEntity entity(String id, String type, String name, String order) {
        return new KbEntity(id, null, type, name, List.of(new KbAlias(name, CasePolicy.EXACT, AliasKind.NAME, null, null, List.of(), null)),
                0.8, "test", null, null, order);
    }

    private static final Enricher ENRICHER = new Enricher(KnowledgeBase.of(List.of(
            entity("org/burlington", "organisation", "Burlington Industries", null),
            entity("person/chiles", "person", "Lawton Chiles", "western"),
            entity("person/lee", "person", "Lee Jon-young", "eastern"))));

    private static List<String> mentions(String text, String id) {
        return ENRICHER.link(text, null).stream().filter(e -> e.id().equals(id)).flatMap(e -> e.mentions().stream())
                .map(Mention::text).toList();
    }

    @Test
    void shortFormsLinkOnlyAfterTheFullName() {
        assertThat(mentions("Chiles spoke first. Senator Lawton Chiles said Chiles's plan stands.", "person/chiles"))
                .containsExactly("Lawton Chiles", "Chiles");
        assertThat(mentions("Lee Jon-young met reporters. Lee said talks would resume.", "person/lee"))
                .containsExactly("Lee Jon-young", "Lee");
        assertThat(mentions("Burlington Industries Inc said profits rose. Burlington shares gained.", "org/burlington"))
                .containsExactly("Burlington Industries Inc", "Burlington");
    }

    @Test
    void legalFormIsPartOfTheMentionButNotTheFullStop() {
        assertThat(mentions("Shares of Burlington Industries Corp. rose", "org/burlington")).containsExactly("Burlington Industries Corp.");
        assertThat(mentions("He sold Burlington Industries Inc. The deal closed.", "org/burlington")).containsExactly("Burlington Industries Inc");
        assertThat(mentions("Burlington Industries, which", "org/burlington")).containsExactly("Burlington Industries");
    }

    @Test
    void trieWalkFromEveryPositionFindsWhatTheAutomatonFinds() {
        Random r = new Random(7);
        List<String> patterns = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            patterns.add(word(r, 1 + r.nextInt(5)));
        }
        patterns.add(patterns.get(3)); // a duplicate pattern reports both ids
        AhoCorasick ac = new AhoCorasick(patterns);
        String text = word(r, 5000);
        List<String> full = new ArrayList<>();
        ac.find(text, (s, e, p) -> full.add(s + ":" + e + ":" + p));
        List<String> walked = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            ac.startingAt(text, i, (s, e, p) -> walked.add(s + ":" + e + ":" + p));
        }
        assertThat(walked).isNotEmpty().containsExactlyInAnyOrderElementsOf(full);
    }

    private static String word(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + r.nextInt(3)));
        }
        return sb.toString();
    }
}
