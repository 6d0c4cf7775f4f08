package io.wiredesk.bench.dedupe.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CopyScoresTest {

    @Test
    void copyEdgesFormComponentsNamedByTheirSmallestId() {
        Map<String, List<String>> edges = Map.of(
                "c", List.of("b"), "b", List.of("c", "a"), "a", List.of("b"),
                "x", List.of("y"), "y", List.of("x"));
        Map<String, String> component = CopyEval.components(edges);
        assertThat(component).containsEntry("a", "a").containsEntry("b", "a").containsEntry("c", "a")
                .containsEntry("x", "x").containsEntry("y", "x").doesNotContainKey("z");
    }

    @Test
    void pairsInsidePredictedAndGoldGroupsAreCounted() {
        // gold: {1,2,3} {4,5}; predicted: {1,2} {3,4} and 5 in no copy relation
        CopyScores s = CopyScores.of(Arrays.asList("p", "p", "q", "q", null), List.of("g", "g", "g", "h", "h"));
        assertThat(s.goldPairs()).isEqualTo(4);
        assertThat(s.predictedPairs()).isEqualTo(2);
        assertThat(s.truePairs()).isEqualTo(1);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.25);
    }
}
