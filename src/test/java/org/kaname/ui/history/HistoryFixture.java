package org.kaname.ui.history;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.RankingService;
import org.kaname.model.Criterion;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/**
 * The sample plan in a fresh data directory with a history context around its editor: saves, tasks and FX hand-offs
 * run at once on the calling thread, dialogs are recorded. Close it after the test.
 */
final class HistoryFixture implements AutoCloseable {
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    final ScreenFixture screen;
    final HistoryContext context;

    HistoryFixture(Path dir, Locale locale) throws Exception {
        screen = new ScreenFixture(dir, locale);
        context = new HistoryContext(screen.editor, screen.services.history(), screen.services.versions(),
                screen.services.users(), new CurrentThreadTaskExecutor(), Runnable::run, Runnable::run,
                screen.dialogs, locale, TOKYO, screen.statusMessages::add);
    }

    Plan plan() {
        return screen.editor.plan();
    }

    /** The first score of the plan: a cell that holds a value. */
    Score firstScore() {
        return plan().scores().get(0);
    }

    /** Another value on the scale of the score's criterion than the one it has. */
    double otherValue(Score s) {
        Criterion c = plan().criteria().stream().filter(x -> x.id().equals(s.criterion())).findFirst().orElseThrow();
        return s.value() == c.scale().max() ? c.scale().min() : c.scale().max();
    }

    void setScore(Score s, double value, String note) throws Exception {
        screen.editor.apply(new SetScore(Cell.of(s), value, note, Instant.parse("2026-11-02T01:00:00Z")));
    }

    double valueOf(Cell cell) {
        return plan().scores().stream().filter(cell::holds).findFirst().orElseThrow().value();
    }

    /** The ranked measure at the bottom of the ranking now. */
    RankedMeasure lastRanked() {
        List<RankedMeasure> ranked = new RankingService().rank(plan()).ranked();
        return ranked.stream().max(Comparator.comparingInt(m -> m.rank().getAsInt())).orElseThrow();
    }

    /** Gives every score of {@code measure} the top of its scale, so it climbs the ranking. */
    void scoreTop(String measure) throws Exception {
        for (Score s : List.copyOf(plan().scores())) {
            if (s.measure().equals(measure)) {
                Criterion c = plan().criteria().stream().filter(x -> x.id().equals(s.criterion())).findFirst()
                        .orElseThrow();
                setScore(s, c.scale().max(), null);
            }
        }
    }

    /** A value as the journal writes it ({@code 4}, {@code 3.5}). */
    static String plainNumber(double value) {
        return org.kaname.edit.ScoreValues.text(value);
    }

    @Override
    public void close() {
        screen.close();
    }
}
