package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kaname.model.Measure;

class PrerequisitesTest {

    private static Measure m(String id, String... dependsOn) {
        return Measure.of(id, "G", id).withDependsOn(List.of(dependsOn));
    }

    @Test
    void noPrerequisitesNoCycle() {
        assertThat(Prerequisites.findCycle(List.of(m("A"), m("B")))).isEmpty();
        assertThat(Prerequisites.findCycle(List.of())).isEmpty();
    }

    @Test
    void diamondIsNotACycle() {
        // D needs B and C, both need A: A is reached twice but never while on the path.
        var plan = List.of(m("D", "B", "C"), m("B", "A"), m("C", "A"), m("A"));
        assertThat(Prerequisites.findCycle(plan)).isEmpty();
    }

    @Test
    void twoMeasureCycleIsNamedFromTheFirstInPlanOrder() {
        var plan = List.of(m("B01", "B03"), m("B02"), m("B03", "B01"));
        assertThat(Prerequisites.findCycle(plan)).contains(List.of("B01", "B03", "B01"));
    }

    @Test
    void selfDependencyIsACycle() {
        assertThat(Prerequisites.findCycle(List.of(m("A"), m("X", "X")))).contains(List.of("X", "X"));
    }

    @Test
    void cycleReachedThroughATailStartsAtTheRepeatedMeasure() {
        // A → B → C → D → B: A leads into the cycle but is not part of it.
        var plan = List.of(m("A", "B"), m("B", "C"), m("C", "D"), m("D", "B"));
        assertThat(Prerequisites.findCycle(plan)).contains(List.of("B", "C", "D", "B"));
    }

    @Test
    void prerequisitesAreFollowedInListedOrder() {
        // From A, "C" is listed first, so the cycle via C is found before the one via B.
        var plan = List.of(m("A", "C", "B"), m("B", "A"), m("C", "A"));
        assertThat(Prerequisites.findCycle(plan)).contains(List.of("A", "C", "A"));
    }

    @Test
    void unknownIdsAreIgnored() {
        assertThat(Prerequisites.findCycle(List.of(m("A", "nope"), m("B", "A")))).isEmpty();
    }

    @Test
    void longChainDoesNotOverflowTheStack() {
        List<Measure> chain = new ArrayList<>();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            chain.add(i + 1 < n ? m("M" + i, "M" + (i + 1)) : m("M" + i, "M0"));
        }
        var cycle = Prerequisites.findCycle(chain).orElseThrow();
        assertThat(cycle).hasSize(n + 1);
        assertThat(cycle.get(0)).isEqualTo("M0");
        assertThat(cycle.get(n)).isEqualTo("M0");
        assertThat(cycle.get(n - 1)).isEqualTo("M" + (n - 1));
    }
}
