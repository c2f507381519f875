package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ActualsTestPlans;
import org.kaname.edit.Holder;
import org.kaname.edit.SetActuals;
import org.kaname.edit.SetIndicatorNumbers;
import org.kaname.edit.SetIndicators;
import org.kaname.i18n.Messages;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.QueueingTaskExecutor;

/**
 * Issue 16 item 4: while a round is scored, each measure's latest indicator results beside its row. Plan of
 * {@link ActualsTestPlans#numeric()}: B01-KPI-1 has an actual 90 in 2026 against a target of 100 that year; G1's KGI
 * (現状値 40, target 60 in 2027) gets an actual 50 in 2027; B03's indicator has numbers but no actual.
 */
class IndicatorFeedbackTest {
    private static final Messages JA = Messages.of("org.kaname.ui.workshop.messages", Locale.JAPANESE);

    @TempDir
    Path dir;

    private static Plan plan() {
        Plan p = ActualsTestPlans.numeric();
        List<MeasureGroup> groups = p.groups().stream().map(g -> !g.id().equals("G1") ? g
                : new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), g.indicators().stream()
                        .map(i -> i.withActual(IndicatorActual.of(2027, 50))).toList(), g.evidence())).toList();
        return p.withStructure(p.pillars(), groups, p.measures());
    }

    @Test
    void eachMeasureShowsItsLatestResultsOrItsSupportMeasures() {
        Map<String, IndicatorFeedback.Line> lines = IndicatorFeedback.lines(plan(), JA);
        // 90 / 100 = 90%: B (80% or more, below 100%).
        assertThat(lines.get("B01").text()).isEqualTo("KPI 90%（B）");
        assertThat(lines.get("B01").description()).contains("B01-KPI-1").contains("2026年度（令和8年度）")
                .contains("90%（B）");
        // B02 has only a qualitative indicator: G1's KGI, (50 − 40) / (60 − 40) = 50%: C.
        assertThat(lines.get("B02").text()).isEqualTo("支援策 KGI 50%（C）");
        // B03's own numeric indicator has no actual yet: nothing, not its support measure's.
        assertThat(lines).doesNotContainKey("B03");
    }

    @Test
    void theTextsAreMadeOnTheExecutorOnlyWhenShownAndNotForEveryScore() throws Exception {
        try (ScreenFixture fixture = new ScreenFixture(dir, Locale.JAPANESE)) {
            Plan sample = fixture.editor.plan();
            fixture.editor.apply(new SetIndicators(Holder.GROUP, "S1", sample.group("S1").orElseThrow().indicators()));
            Indicator kgi = fixture.editor.plan().group("S1").orElseThrow().indicators().get(0);
            fixture.editor.apply(new SetIndicatorNumbers(Holder.GROUP, "S1", kgi.id(), IndicatorDirection.UP, 40.0,
                    2025, List.of(new IndicatorTarget(2027, 60, false), new IndicatorTarget(2030, 80, true))));
            QueueingTaskExecutor queue = new QueueingTaskExecutor();
            IndicatorFeedback feedback = new IndicatorFeedback(fixture.editor, queue, JA);
            assertThat(queue.pending()).as("hidden: nothing made").isZero();
            feedback.shownProperty().set(true);
            assertThat(queue.pending()).isEqualTo(1);
            assertThat(feedback.text("S1-1")).isEqualTo("実績なし");
            queue.runAll();
            assertThat(feedback.text("S1-1")).isEqualTo("実績なし");
            fixture.editor.apply(new SetActuals(List.of(SetActuals.Entry.of(kgi.id(), IndicatorActual.of(2027, 55)))));
            queue.runAll();
            // (55 − 40) / (60 − 40) = 75%: C.
            assertThat(feedback.text("S1-1")).isEqualTo("支援策 KGI 75%（C）");
            int revision = feedback.revisionProperty().get();
            fixture.editor.apply(new org.kaname.edit.SetScore(new org.kaname.edit.Cell("S1-1", "speed",
                    fixture.editor.plan().raters().get(0).id()), 3, "", java.time.Instant.EPOCH));
            assertThat(queue.pending()).as("a score changes no indicator: nothing to make").isZero();
            assertThat(feedback.revisionProperty().get()).isEqualTo(revision);
            feedback.dispose();
        }
    }
}
