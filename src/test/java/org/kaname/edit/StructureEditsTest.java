package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Score;
import org.kaname.model.Stakeholder;

/** The pure structure functions on a small hand-made plan: references stay whole. */
class StructureEditsTest {
    // A ← B ← C (C depends on B, B on A); A and B in group G1 of pillar X, C in G2 of pillar Y.
    static Plan plan() {
        Measure a = Measure.of("A", "G1", "a").withDependsOn(List.of());
        Measure b = Measure.of("B", "G1", "b").withDependsOn(List.of("A"));
        Measure c = MeasureDraft.change(Measure.of("C", "G2", "c").withDependsOn(List.of("B", "A")),
                d -> d.addresses = List.of("P1", "P2"));
        Plan p = Plan.empty("t", new FiscalYears(2026, 2030))
                .withStructure(List.of(new Pillar("X", "x", ""), new Pillar("Y", "y", "")),
                        List.of(new MeasureGroup("G1", "X", "g1", "", null, null),
                                new MeasureGroup("G2", "Y", "g2", "", null, null)),
                        List.of(a, b, c))
                .withProblems(List.of(new Problem("P1", Stakeholder.RESIDENTS, "p1", "", "", null),
                        new Problem("P2", Stakeholder.COMMUNITY, "p2", "", "", null)))
                .withScores(List.of(Score.of("A", "k", "r", 3), Score.of("B", "k", "r", 4),
                        Score.of("C", "k", "r", 5)));
        return PlanHead.withCases(p, List.of(new PeerCase("m", "t", "", "", "", null, List.of("G1", "G2"))));
    }

    @Test
    void removingAMeasureRemovesItsScoresAndThePrerequisitesNamingIt() {
        Plan p = StructureEdits.removeMeasures(plan(), List.of("B"));
        assertThat(p.measures()).extracting(Measure::id).containsExactly("A", "C");
        assertThat(p.measure("C").orElseThrow().dependsOn()).containsExactly("A");
        assertThat(p.scores()).extracting(Score::measure).containsExactly("A", "C");
    }

    @Test
    void removingAGroupRemovesItsMeasuresAndThePeerCasesLinks() {
        Plan p = StructureEdits.removeGroups(plan(), List.of("G1"));
        assertThat(p.groups()).extracting(MeasureGroup::id).containsExactly("G2");
        assertThat(p.measures()).extracting(Measure::id).containsExactly("C");
        assertThat(p.measure("C").orElseThrow().dependsOn()).isEmpty();
        assertThat(p.cases().get(0).groups()).containsExactly("G2");
        assertThat(p.scores()).extracting(Score::measure).containsExactly("C");
    }

    @Test
    void removingAPillarRemovesEverythingUnderIt() {
        Plan p = StructureEdits.removePillar(plan(), "Y");
        assertThat(p.pillars()).extracting(Pillar::id).containsExactly("X");
        assertThat(p.groups()).extracting(MeasureGroup::id).containsExactly("G1");
        assertThat(p.measures()).extracting(Measure::id).containsExactly("A", "B");
    }

    @Test
    void aNewMeasureIdIsCarriedIntoPrerequisitesAndScores() {
        Plan p = StructureEdits.changeMeasure(plan(), "A", m -> MeasureDraft.change(m, d -> d.id = "A2"));
        assertThat(p.measures()).extracting(Measure::id).containsExactly("A2", "B", "C");
        assertThat(p.measure("B").orElseThrow().dependsOn()).containsExactly("A2");
        assertThat(p.measure("C").orElseThrow().dependsOn()).containsExactly("B", "A2");
        assertThat(p.scores().get(0).measure()).isEqualTo("A2");
    }

    @Test
    void problemsRenamedOrRemovedKeepTheMeasuresLinksWhole() {
        Plan renamed = StructureEdits.changeProblem(plan(), "P1",
                x -> new Problem("P9", x.stakeholder(), x.title(), "", "", null));
        assertThat(renamed.measure("C").orElseThrow().addresses()).containsExactly("P9", "P2");
        Plan removed = StructureEdits.removeProblem(plan(), "P2");
        assertThat(removed.problems()).extracting(Problem::id).containsExactly("P1");
        assertThat(removed.measure("C").orElseThrow().addresses()).containsExactly("P1");
    }

    @Test
    void newIdsSkipTakenOnes() {
        assertThat(Lookup.newId("S1-", 4, List.of("S1-4", "S1-5"))).isEqualTo("S1-6");
        assertThat(Lookup.newId("P", 1, List.of())).isEqualTo("P1");
    }

    @Test
    void insertedAfterTheLastOfItsKindOrAtTheEnd() {
        assertThat(StructureEdits.insertAfterLast(List.of("a1", "b1", "a2", "b2"), "a3", s -> s.startsWith("a")))
                .containsExactly("a1", "b1", "a2", "a3", "b2");
        assertThat(StructureEdits.insertAfterLast(List.of("a1"), "c1", s -> s.startsWith("c")))
                .containsExactly("a1", "c1");
    }
}
