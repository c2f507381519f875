package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;

/** Each validator rule for scoring rounds, refused at its JSON pointer with a message in both languages. */
class RoundsValidatorTest {
    private final PlanValidator ja = new PlanValidator(Locale.JAPANESE);
    private final PlanValidator en = new PlanValidator(Locale.ENGLISH);

    private static ScoringRound round(int number, RoundState state, List<String> measures, List<String> raters,
                                      Score... scores) {
        Instant revealed = state == RoundState.REVEALED ? RoundFixtures.REVEALED_1 : null;
        return new ScoringRound(number, "", measures, raters, false, state, RoundFixtures.OPENED_1, revealed,
                List.of(scores));
    }

    private static Plan with(ScoringRound... rounds) {
        return PlanFixtures.rich().withRounds(List.of(rounds));
    }

    /** The only issue of {@code plan} in English; checks that Japanese reports the same pointer. */
    private PlanIssue single(Plan plan) {
        List<PlanIssue> issues = en.validate(plan);
        assertThat(issues).hasSize(1);
        assertThat(ja.validate(plan)).extracting(PlanIssue::pointer).containsExactly(issues.get(0).pointer());
        return issues.get(0);
    }

    private String japanese(Plan plan) {
        return ja.validate(plan).get(0).message();
    }

    @Test
    void aPlanWithARevealedAndAnOpenRoundIsValid() {
        assertThat(ja.validate(RoundFixtures.withRounds())).isEmpty();
    }

    @Test
    void roundNumbersStartAtOne() {
        Plan plan = with(round(0, RoundState.REVEALED, List.of("S1-1"), List.of("r1")));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/0/number");
        assertThat(issue.message()).isEqualTo("The round number 0 must be 1 or more.");
        assertThat(japanese(plan)).isEqualTo("評価ラウンドの番号 0 は 1 以上である必要があります。");
    }

    @Test
    void roundNumbersAreUnique() {
        Plan plan = with(round(3, RoundState.REVEALED, List.of("S1-1"), List.of("r1")),
                round(3, RoundState.OPEN, List.of("S1-1"), List.of("r1")));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/1/number");
        assertThat(issue.message()).isEqualTo("Duplicate round number 3 (same as /rounds/0/number).");
        assertThat(japanese(plan)).contains("評価ラウンドの番号 3 が重複", "/rounds/0/number");
    }

    @Test
    void atMostOneRoundIsOpen() {
        Plan plan = with(round(1, RoundState.OPEN, List.of("S1-1"), List.of("r1")),
                round(2, RoundState.REVEALED, List.of("S1-1"), List.of("r1")),
                round(3, RoundState.OPEN, List.of("S1-1"), List.of("r1")));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/2/state");
        assertThat(issue.message()).startsWith("Round 3 is open while round 1 is open too.");
        assertThat(japanese(plan)).contains("評価ラウンド 1 が実施中", "評価ラウンド 3 も実施中");
    }

    @Test
    void aRoundsMeasuresAndRatersExistInThePlan() {
        Plan plan = with(round(1, RoundState.OPEN, List.of("S1-1", "ZZ"), List.of("r9", "r1")));
        List<PlanIssue> issues = en.validate(plan);
        assertThat(issues).extracting(PlanIssue::pointer).containsExactly("/rounds/0/measures/1", "/rounds/0/raters/0");
        assertThat(issues.get(0).message()).isEqualTo("Refers to an unknown measure \"ZZ\".");
        assertThat(issues.get(1).message()).isEqualTo("Refers to an unknown rater \"r9\".");
        assertThat(ja.validate(plan).get(1).message()).isEqualTo("存在しない評価者 \"r9\" を参照しています。");
    }

    @Test
    void aRoundScoreNamesAKnownCriterion() {
        Plan plan = with(round(1, RoundState.OPEN, List.of("S1-1"), List.of("r1"), Score.of("S1-1", "zz", "r1", 3)));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/0/scores/0/criterion");
        assertThat(issue.message()).isEqualTo("Refers to an unknown criterion \"zz\".");
    }

    @Test
    void aRoundScoreIsForAMeasureOfThatRound() {
        // S1-4 is a measure of the plan, but not one this round asks about.
        Plan plan = with(round(1, RoundState.OPEN, List.of("S1-1"), List.of("r1"),
                Score.of("S1-1", "speed", "r1", 3), Score.of("S1-4", "speed", "r1", 3)));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/0/scores/1/measure");
        assertThat(issue.message()).isEqualTo("Measure \"S1-4\" is not one of the measures of round 1.");
        assertThat(japanese(plan)).isEqualTo("施策 \"S1-4\" は評価ラウンド 1 の対象ではありません。");
    }

    @Test
    void aRoundScoreIsByARaterOfThatRound() {
        Plan plan = with(round(2, RoundState.OPEN, List.of("S1-1"), List.of("r1"),
                Score.of("S1-1", "speed", "r2", 3)));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/0/scores/0/rater");
        assertThat(issue.message()).isEqualTo("Rater \"r2\" is not one of the raters of round 2.");
        assertThat(japanese(plan)).isEqualTo("評価者 \"r2\" は評価ラウンド 2 の評価者ではありません。");
    }

    @Test
    void anUnknownMeasureInARoundScoreIsReportedOnceAsUnknown() {
        Plan plan = with(round(1, RoundState.OPEN, List.of("S1-1"), List.of("r1"), Score.of("NO", "speed", "r1", 3)));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/0/scores/0/measure");
        assertThat(issue.message()).isEqualTo("Refers to an unknown measure \"NO\".");
    }

    @Test
    void aRoundScoreLiesOnItsCriterionsScale() {
        // speed is 1–5 and cost 0–10 in the fixture: 0 is off the first scale, fine on the second.
        Plan plan = with(round(1, RoundState.OPEN, List.of("S1-1"), List.of("r1"),
                Score.of("S1-1", "cost", "r1", 0), Score.of("S1-1", "speed", "r1", 0)));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/0/scores/1/value");
        assertThat(issue.message()).isEqualTo("The score 0 is outside the scale 1 to 5 of criterion \"speed\".");
    }

    @Test
    void aRoundHoldsOneScorePerCell() {
        Plan plan = with(round(1, RoundState.OPEN, List.of("S1-1"), List.of("r1", "r2"),
                Score.of("S1-1", "speed", "r1", 3), Score.of("S1-1", "speed", "r2", 3),
                Score.of("S1-1", "speed", "r1", 4)));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/0/scores/2");
        assertThat(issue.message()).contains("\"S1-1\"", "\"speed\"", "\"r1\"", "/rounds/0/scores/0");
    }

    @Test
    void theSameCellInTwoRoundsOrInThePlanIsNoDuplicate() {
        Plan plan = with(round(1, RoundState.REVEALED, List.of("S1-1"), List.of("r1"),
                        Score.of("S1-1", "speed", "r1", 3)),
                round(2, RoundState.OPEN, List.of("S1-1"), List.of("r1"), Score.of("S1-1", "speed", "r1", 4)));
        assertThat(plan.scores()).anyMatch(s -> s.measure().equals("S1-1") && s.criterion().equals("speed")
                && s.rater().equals("r1"));
        assertThat(en.validate(plan)).isEmpty();
    }

    @Test
    void aRevealedRoundHasARevealedTime() {
        Plan plan = with(new ScoringRound(1, "", List.of("S1-1"), List.of("r1"), false, RoundState.REVEALED,
                RoundFixtures.OPENED_1, null, List.of()));
        PlanIssue issue = single(plan);
        assertThat(issue.pointer()).isEqualTo("/rounds/0/revealed");
        assertThat(issue.message()).isEqualTo("Round 1 is revealed but has no revealed time.");
        assertThat(japanese(plan)).isEqualTo("評価ラウンド 1 は公開済みですが、公開日時（revealed）がありません。");
    }

    @Test
    void roundIssuesComeLastAndInFieldOrder() {
        Plan plan = PlanFixtures.rich().withTitle("").withRounds(List.of(
                new ScoringRound(-1, "", List.of("XX"), List.of("r1"), false, RoundState.REVEALED, null, null,
                        List.of(Score.of("S1-1", "speed", "r1", 9)))));
        assertThat(en.validate(plan)).extracting(PlanIssue::pointer).containsExactly("/title", "/rounds/0/number",
                "/rounds/0/measures/0", "/rounds/0/revealed", "/rounds/0/scores/0/measure",
                "/rounds/0/scores/0/value");
    }

    @Test
    void removingMeasuresOrRatersAsTheEditorsDoKeepsThePlanValid() {
        // The screens remove from the plan and prune the rounds in the same edit (ScoringRound.without…).
        Plan plan = RoundFixtures.withRounds();
        Plan noS11 = plan.withStructure(plan.pillars(), plan.groups(), without(plan.measures(), "S1-1"))
                .withScores(plan.scores().stream().filter(s -> !s.measure().equals("S1-1")).toList())
                .withRounds(plan.rounds().stream().map(r -> r.withoutMeasures(List.of("S1-1"))).toList());
        // S2-1 lists S1-1 as a prerequisite: the editor drops that reference too.
        noS11 = noS11.withMeasures(noS11.measures().stream()
                .map(m -> m.withDependsOn(m.dependsOn().stream().filter(d -> !d.equals("S1-1")).toList())).toList());
        assertThat(en.validate(noS11)).isEmpty();
        assertThat(noS11.rounds().get(1).measures()).isEmpty();

        Plan noR2 = plan.withRatersAndScores(plan.raters().stream().filter(r -> !r.id().equals("r2")).toList(),
                        plan.scores().stream().filter(s -> !s.rater().equals("r2")).toList())
                .withRounds(plan.rounds().stream().map(r -> r.withoutRaters(List.of("r2"))).toList());
        assertThat(en.validate(noR2)).isEmpty();
        assertThat(noR2.rounds().get(0).scores()).hasSize(1);

        Plan renamed = plan.withMeasures(plan.measures().stream().map(m -> m.id().equals("S2-1")
                        ? new org.kaname.model.Measure("S2-9", m.group(), m.title(), m.description(), m.owner(),
                        m.initialCost(), m.annualCost(), m.durationYears(), m.earliestStart(), m.dependsOn(),
                        m.addresses(), m.indicators(), m.evidence(), m.pinnedStart()) : m).toList())
                .withScores(plan.scores().stream().map(s -> s.measure().equals("S2-1")
                        ? new Score("S2-9", s.criterion(), s.rater(), s.value(), s.note(), s.time()) : s).toList())
                .withRounds(plan.rounds().stream().map(r -> r.withMeasureRenamed("S2-1", "S2-9")).toList());
        assertThat(en.validate(renamed)).isEmpty();
        // Removing a criterion (CriteriaEdits.remove) is checked with the criteria screen's edits, in ui.criteria.
    }

    private static List<org.kaname.model.Measure> without(List<org.kaname.model.Measure> measures, String id) {
        List<org.kaname.model.Measure> out = new ArrayList<>(measures);
        out.removeIf(m -> m.id().equals(id));
        return out;
    }
}
