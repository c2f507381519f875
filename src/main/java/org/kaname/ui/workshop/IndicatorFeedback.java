package org.kaname.ui.workshop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.kaname.engine.evaluation.IndicatorResult;
import org.kaname.engine.evaluation.IndicatorResults;
import org.kaname.engine.evaluation.OwnedIndicator;
import org.kaname.i18n.Messages;
import org.kaname.model.FiscalYears;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.task.TaskExecutor;

/**
 * Feedback into prioritisation (issue 16 item 4): while a round is scored, each measure's latest indicator results
 * beside its row — 「KGI 92%（B）」 for each numeric indicator with an actual, at its latest 年度 — so that 客観的根拠の有無
 * and 即効性 can be scored on what was achieved. A measure without numeric indicators of its own shows its support
 * measure's, marked 「支援策」. Shown only when asked for ({@link #shownProperty()}); the texts for every measure are
 * made on the task executor, and again only when the plan's indicators or evaluations change (not for each score).
 */
public final class IndicatorFeedback {
    private final PlanEditor editor;
    private final TaskExecutor executor;
    private final Messages messages;
    private final PlanEditor.Listener listener = plan -> refresh();
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private Map<String, Line> lines = Map.of();
    private List<Measure> madeFromMeasures;
    private List<MeasureGroup> madeFromGroups;
    private long generation;
    private TaskExecutor.Handle running;

    /** A measure's feedback: the short text beside its row and the long one for its tooltip and screen readers. */
    record Line(String text, String description) {
    }

    IndicatorFeedback(PlanEditor editor, TaskExecutor executor, Messages messages) {
        this.editor = editor;
        this.executor = executor;
        this.messages = messages;
        editor.addListener(listener);
        shown.addListener((o, a, b) -> refresh());
    }

    /** Whether the results are shown (the toggle 「指標の実績を表示」). */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Increases when the texts change. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The text beside a measure's row: 「KGI 92%（B）・KPI 75%（C）」, or 「実績なし」. */
    public String text(String measureId) {
        Line l = lines.get(measureId);
        return l == null ? messages.get("feedback.none") : l.text();
    }

    /** The same in full: each indicator's id, name, 年度, 達成率 and grade. */
    public String description(String measureId) {
        Line l = lines.get(measureId);
        return l == null ? messages.get("feedback.none.long") : l.description();
    }

    /** Makes the texts anew when shown and the plan's indicators changed; nothing while hidden. */
    void refresh() {
        if (!shown.get()) {
            return;
        }
        Plan plan = editor.plan();
        if (plan.measures() == madeFromMeasures && plan.groups() == madeFromGroups) {
            return;
        }
        long thisRun = ++generation;
        if (running != null) {
            running.cancel();
        }
        TaskExecutor.Handle handle = executor.submit(progress -> lines(plan, messages), made -> {
            if (thisRun == generation) {
                running = null;
                lines = made;
                madeFromMeasures = plan.measures();
                madeFromGroups = plan.groups();
                revision.set(revision.get() + 1);
            }
        }, failure -> {
            if (thisRun == generation) {
                running = null;
            }
        });
        if (thisRun == generation && madeFromMeasures != plan.measures()) {
            running = handle;
        }
    }

    /** Every measure's line: a pure function of the plan, on the executor's thread. */
    static Map<String, Line> lines(Plan plan, Messages messages) {
        GradeRule rule = plan.followUp().gradeRule();
        Map<String, MeasureGroup> groups = new HashMap<>();
        plan.groups().forEach(g -> groups.put(g.id(), g));
        Map<String, Line> out = new HashMap<>();
        for (Measure m : plan.measures()) {
            Line own = line(m.id(), m.indicators(), rule, messages, "");
            MeasureGroup g = m.group() == null ? null : groups.get(m.group());
            if (own == null && m.indicators().stream().noneMatch(Indicator::isNumeric) && g != null) {
                own = line(g.id(), g.indicators(), rule, messages, messages.get("feedback.group") + " ");
            }
            if (own != null) {
                out.put(m.id(), own);
            }
        }
        return out;
    }

    private static Line line(String owner, List<Indicator> indicators, GradeRule rule, Messages messages,
                             String prefix) {
        List<String> texts = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (Indicator i : indicators) {
            if (!i.isNumeric() || i.actuals().isEmpty()) {
                continue;
            }
            int latest = i.actuals().stream().mapToInt(IndicatorActual::year).max().getAsInt();
            IndicatorResult r = IndicatorResults.result(new OwnedIndicator(owner, i), latest, rule);
            String kind = i.kind().name().startsWith("KPI") ? "KPI" : i.kind().name();
            String result = r.achievement().isPresent()
                    ? messages.get("feedback.result", percent(r.achievement().getAsDouble()), r.grade().orElse("—"))
                    : messages.get("feedback.noRatio");
            texts.add(kind + " " + result);
            descriptions.add(messages.get("feedback.long", i.id(), i.name(),
                    FiscalYears.label(latest, messages.locale()), result));
        }
        if (texts.isEmpty()) {
            return null;
        }
        return new Line(prefix + String.join("・", texts), prefix + String.join("\n", descriptions));
    }

    /** 達成率 with at most one decimal, cut down (as the evaluation screen shows it): 0.925 → 92.5%. */
    static String percent(double ratio) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(ratio * 100 + 1e-7)
                .setScale(1, java.math.RoundingMode.FLOOR).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString()) + "%";
    }

    void dispose() {
        editor.removeListener(listener);
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }
}
