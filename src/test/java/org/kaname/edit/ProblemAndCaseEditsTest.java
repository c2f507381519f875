package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kaname.edit.EditCheck.JA;
import static org.kaname.edit.EditCheck.apply;
import static org.kaname.edit.EditCheck.refused;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Stakeholder;

/** Problems (課題) and peer cases (先進事例). */
class ProblemAndCaseEditsTest {
    // rich(): problem P1 (addressed by B01); one case (渋谷区) related to G1.
    private final Plan plan = TestPlans.rich();

    @Test
    void problemsAreAddedRemovedAndRenumberedWithTheMeasuresLinks() throws Exception {
        assertThat(AddProblem.newId(plan)).isEqualTo("P2");
        Plan added = apply(plan, new AddProblem(new Problem("P2", Stakeholder.RESIDENTS, "待ち時間", "", "", null)));
        assertThat(added.problems()).extracting(Problem::id).containsExactly("P1", "P2");
        refused(plan, new AddProblem(new Problem("P1", Stakeholder.RESIDENTS, "x", "", "", null)), "duplicateId");
        Plan removed = apply(plan, new RemoveProblem("P1"));
        assertThat(removed.problems()).isEmpty();
        assertThat(removed.measure("B01").orElseThrow().addresses()).isEmpty();
        refused(plan, new RemoveProblem("P7"), "unknownProblem");
        Plan renumbered = apply(plan, new ChangeProblem("P1", ChangeProblem.Field.ID, "P10"));
        assertThat(renumbered.measure("B01").orElseThrow().addresses()).containsExactly("P10");
        refused(plan, new ChangeProblem("P1", ChangeProblem.Field.TITLE, " "), "titleBlank");
        Plan who = apply(plan, ChangeProblem.stakeholder("P1", Stakeholder.COMMUNITY));
        assertThat(who.problems().get(0).stakeholder()).isEqualTo(Stakeholder.COMMUNITY);
        refused(plan, new ChangeProblem("P1", ChangeProblem.Field.STAKEHOLDER, "everyone"), "unknownStakeholder");
        assertThat(JA.describe(new ChangeProblem("P1", ChangeProblem.Field.ID, "P10")))
                .isEqualTo("課題 P1 のIDを P10 に変更");
    }

    @Test
    void casesAreAddressedByPositionAndChecked() throws Exception {
        PeerCase c = new PeerCase("横須賀市", "AI議事録", "", "", "", null, List.of());
        Plan added = apply(plan, new AddCase(c));
        assertThat(added.cases()).extracting(PeerCase::municipality).containsExactly("渋谷区", "横須賀市");
        refused(plan, new AddCase(new PeerCase(" ", "t", "", "", "", null, null)), "municipalityBlank");
        Plan removed = apply(added, new RemoveCase(0, "渋谷区"));
        assertThat(removed.cases()).extracting(PeerCase::municipality).containsExactly("横須賀市");
        refused(added, new RemoveCase(1, "渋谷区"), "caseMoved");
        refused(plan, new RemoveCase(3, "渋谷区"), "unknownCase");
        Plan titled = apply(plan, ChangeCase.text(0, ChangeCase.Field.TITLE, "ノーコード開発"));
        assertThat(titled.cases().get(0).title()).isEqualTo("ノーコード開発");
        Evidence ev = new Evidence("記事", "https://example.jp/b", EvidenceKind.PEER_CASE, "");
        assertThat(apply(plan, ChangeCase.sources(0, List.of(ev))).cases().get(0).sources()).containsExactly(ev);
        Plan grouped = apply(plan, ChangeCase.groups(0, List.of("G2", "G1")));
        assertThat(grouped.cases().get(0).groups()).as("plan order").containsExactly("G1", "G2");
        refused(plan, ChangeCase.groups(0, List.of("G9")), "unknownGroup");
        refused(plan, ChangeCase.text(0, ChangeCase.Field.MUNICIPALITY, ""), "municipalityBlank");
        assertThat(ChangeCase.text(0, ChangeCase.Field.SUCCESS_FACTORS, "x").kind())
                .isEqualTo("change-case-success-factors");
        assertThat(JA.describe(new RemoveCase(0, "渋谷区"))).isEqualTo("先進事例 1 件目（渋谷区）を削除");
    }
}
