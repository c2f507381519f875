package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaname.model.Budget;
import org.kaname.model.Criterion;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.Scenario;
import org.kaname.model.Stakeholder;
import org.kaname.model.Tier;
import org.kaname.model.WeightingMethod;
import org.kaname.model.YearCost;

/** Every kind of edit the screens make has its short name and description in Japanese and English. */
class EditKindsTest {
    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    static List<Edit> oneOfEachKind() {
        List<Edit> edits = new ArrayList<>(List.of(
                new RenamePlan("計画"), new SetFiscalYears(2026, 2030), new SetBudget(Budget.UNLIMITED),
                new SetBudget(Budget.uniform(1)), new SetBudget(Budget.byYear(Map.of(2027, 1L))),
                SetTiers.of(List.of(new Tier("高", 1))), SetTiers.add(new Tier("低", 0)), SetTiers.remove("高"),
                new AddPillar(new Pillar("p", "柱", "")), new AddGroup(new MeasureGroup("g", "p", "支援策", "", null,
                        null)), new AddMeasure(Measure.of("m", "g", "施策")), RemoveMeasures.of("m"),
                new RemoveGroup("g"), new RemovePillar("p"), SetPrerequisite.add("a", "b"),
                SetPrerequisite.remove("a", "b"), new SetAddresses("a", List.of("P1")), new PinStart("a", 2027),
                PinStart.unpin("a"), new AddProblem(new Problem("P1", Stakeholder.RESIDENTS, "課題", "", "", null)),
                new RemoveProblem("P1"), new AddCase(new PeerCase("区", "事例", "", "", "", null, null)),
                new RemoveCase(0, "区"), ChangeCase.sources(0, List.of()), ChangeCase.groups(0, List.of("g")),
                new AddCriterion(new Criterion("c", "基準", "", 1, null, null)), new RemoveCriterion("c"),
                new MoveCriterion("c", 1), new SetScale("c", 1, 5), new SetLevelText("c", 1, "低い"),
                new SetDirectPoints("c", 3), new SetSwingPoints("c", 50), new SetJudgment("a", "b", 3),
                new MoveInRanking("c", -1), new AddScenario(new Scenario("案", Map.of())),
                new RenameScenario("案", "新案"), new RemoveScenario("案"), new AddRater(new Rater("r", "課")),
                new RenameRater("r", "係"), new RemoveRater("r"),
                new OpenRound("第1回", List.of("m"), List.of("r"), false, false, T),
                new SetRoundScore(new Cell("m", "c", "r"), 3, null, T), new ClearRoundScore(new Cell("m", "c", "r"), T),
                new SetRoundNote(new Cell("m", "c", "r"), "理由", T), new RevealRound(1, T), new DiscardRound(1),
                new CollectScores(List.of("a.xlsx"), List.of()),
                new PasteScores(List.of(new PasteScores.Entry(new Cell("m", "c", "r"), 3.0)), T),
                new SetActuals(List.of(SetActuals.Entry.cleared("S1-KGI-1", 2026)), "実績.csv"),
                new SetIndicatorNumbers(Holder.MEASURE, "m", "m-KPI-1", IndicatorDirection.UP, 1.0, 2025,
                        List.of(new IndicatorTarget(2030, 2, true))),
                new SetYearCosts("m", List.of(YearCost.project(2027, 1))), new SetYearCosts("m", List.of()),
                new SetPersonnelRate(8_000_000), new SetGradeRule(GradeRule.DEFAULT),
                new SetEvaluation("m", 2027, "", "", FutureDirection.CONTINUE, "", ""),
                new ReopenMeasure("m", 2027, "再開")));
        for (SetPlanText.Field f : SetPlanText.Field.values()) {
            edits.add(new SetPlanText(f, "文"));
        }
        for (ChangeMeasure.Field f : ChangeMeasure.Field.values()) {
            edits.add(new ChangeMeasure("m", f, "1"));
        }
        for (Holder h : List.of(Holder.MEASURE, Holder.GROUP)) {
            edits.add(new SetIndicators(h, "x", List.of()));
        }
        for (Holder h : Holder.values()) {
            edits.add(new SetEvidence(h, "x", List.of()));
        }
        for (ChangeGroup.Field f : ChangeGroup.Field.values()) {
            edits.add(new ChangeGroup("g", f, "文"));
        }
        for (ChangePillar.Field f : ChangePillar.Field.values()) {
            edits.add(new ChangePillar("p", f, "文"));
        }
        for (ChangeProblem.Field f : ChangeProblem.Field.values()) {
            edits.add(new ChangeProblem("P1", f, "文"));
        }
        for (ChangeCase.Field f : ChangeCase.Field.values()) {
            edits.add(new ChangeCase(0, f, "文", null, null));
        }
        for (ChangeCriterion.Field f : ChangeCriterion.Field.values()) {
            edits.add(new ChangeCriterion("c", f, "文"));
        }
        for (WeightingMethod m : WeightingMethod.values()) {
            edits.add(new SetWeightingMethod(m));
        }
        return edits;
    }

    @Test
    void everyKindIsNamedAndDescribedInBothLanguages() {
        Set<String> kinds = new HashSet<>();
        for (Edit edit : oneOfEachKind()) {
            EditCheck.described(edit);
            kinds.add(edit.kind());
        }
        Set<String> named = new HashSet<>();
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.kaname.edit.messages",
                java.util.Locale.ROOT);
        for (String key : bundle.keySet()) {
            if (key.startsWith("kind.")) {
                named.add(key.substring("kind.".length()));
            }
        }
        assertThat(named).containsAll(kinds);
        assertThat(kinds).as("the journal's edit_kind column is VARCHAR(40)").allMatch(k -> k.length() <= 40);
        assertThat(kinds).as("distinct kinds of the screens' edits").hasSize(94).doesNotContain("edit");
    }
}
