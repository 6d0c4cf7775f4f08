package io.wiredesk.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.wiredesk.core.model.EntityRef;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Date-valid ministerial roles and Hangul aliases of the shipped knowledge base. */
class KoreanRolesTest {
    private static List<String> names(String text, String date) {
        return Enricher.shared().link(text, LocalDate.parse(date)).stream()
                .filter(e -> !e.id().startsWith("candidate:")).map(EntityRef::name).toList();
    }

    @Test
    void foreignMinisterIsWhoeverHeldTheOfficeThatDay() {
        assertThat(names("The South Korean Foreign Minister met envoys.", "2019-03-01")).contains("Kang Kyung-wha");
        assertThat(names("The South Korean Foreign Minister met envoys.", "2023-03-01")).contains("Park Jin")
                .doesNotContain("Kang Kyung-wha");
    }

    @Test
    void roleAfterAnUncertainEndLinksNobody() {
        assertThat(names("South Korea's Defense Minister spoke.", "2025-08-01"))
                .doesNotContain("Kim Yong-hyun", "Shin Won-sik", "Lee Jong-sup");
    }

    @Test
    void hangulAliasesLinkKoreanReports() {
        assertThat(names("국방부 장관은 북한의 도발을 규탄했다. 윤석열 대통령은 국회에서 연설했다.", "2024-10-01"))
                .contains("Kim Yong-hyun", "North Korea", "Yoon Suk Yeol");
    }
}
