package org.kaname.ui.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.engine.EngineException;
import org.kaname.engine.ScoreStats;
import org.kaname.engine.ScoreTable;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;
import org.kaname.edit.AddRater;
import org.kaname.edit.Cell;
import org.kaname.edit.ClearScore;
import org.kaname.edit.Edit;
import org.kaname.edit.PasteScores;
import org.kaname.edit.RemoveRater;
import org.kaname.edit.RenameRater;
import org.kaname.edit.SetScore;
import org.kaname.edit.SetScoreNote;
import org.kaname.service.PlanEditor;
import org.kaname.ui.grid.CriterionGridKeys;
import org.kaname.ui.grid.DigitTyping;
import org.kaname.ui.DialogService;
import org.kaname.ui.EditRunner;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.CurrentThreadTaskExecutor;
import org.kaname.ui.task.TaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State and logic of the scoring grid, testable without a screen. The grid shows one rater's values (the chosen
 * rater) or, in the consensus view, every cell's mean and spread. Every value typed is one {@link org.kaname.edit.Edit}: one undo
 * step, saved at once. The view model follows the editor, so undo and redo from the shell show up here.
 */
public final class ScoringViewModel implements CriterionGridKeys.ScoreEntry {
    private static final Logger LOG = LoggerFactory.getLogger(ScoringViewModel.class);
    private final PlanEditor editor;
    private final EditRunner edits;
    private final DialogService dialogs;
    private final ScreenContext.StatusSink status;
    private final Messages messages;
    private final Supplier<Instant> clock;
    private final PlanEditor.Listener listener = p -> freshness().invalidate();
    private final Freshness freshness;

    private final ObservableList<Rater> raters = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedRaterId = new SimpleObjectProperty<>(this, "selectedRaterId");
    private final BooleanProperty consensus = new SimpleBooleanProperty(this, "consensus");
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<ScoringRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<CellDetails> details = new ReadOnlyObjectWrapper<>(this, "details");

    private Plan plan;
    /**
     * The plan's scores by cell (measure × criterion), every rater's, kept up to date cell by cell while scoring;
     * built anew on the task executor when the plan changes more than that.
     */
    private CellScores cells = new CellScores();
    /** The score list {@link #cells} holds; null while it holds none (before the first rebuild, an invalid plan). */
    private List<Score> indexedScores;
    /** The plan whose rows were last built or are being built: a change of its structure needs a rebuild. */
    private Plan structure;
    private final TaskExecutor executor;
    /** Counts rebuilds, so only the latest one's result is shown. */
    private long generation;
    private TaskExecutor.Handle running;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper roundNotice = new ReadOnlyStringWrapper("");
    private String focusedMeasure;
    private String focusedCriterion;
    private final DigitTyping typing = new DigitTyping();
    /** The plan has no rater: typed digits have nowhere to go, and the grid says what to do. */
    private final ReadOnlyBooleanWrapper noRater = new ReadOnlyBooleanWrapper(this, "noRater");
    /** Why the last thing done at the grid was refused, shown above the grid until the next edit succeeds. */
    private final ReadOnlyStringWrapper gridMessage = new ReadOnlyStringWrapper(this, "gridMessage", "");
    /** The cell whose typed value was last refused (off its scale), and why: shown at that cell. */
    private String rejectedCell;
    private String rejectedMessage;
    private String rejectedShort;

    public ScoringViewModel(ScreenContext context, Messages messages) {
        this(context.editor(), context.executor(), context.dialogs(), context.status(), messages, Instant::now,
                context.shown());
    }

    /** For tests: plan-wide work runs at once on the calling thread, the screen counts as shown. */
    ScoringViewModel(PlanEditor editor, DialogService dialogs, ScreenContext.StatusSink status, Messages messages,
                     Supplier<Instant> clock) {
        this(editor, new CurrentThreadTaskExecutor(), dialogs, status, messages, clock, ScreenContext.ALWAYS_SHOWN);
    }

    private ScoringViewModel(PlanEditor editor, TaskExecutor executor, DialogService dialogs,
                             ScreenContext.StatusSink status, Messages messages, Supplier<Instant> clock,
                             ObservableBooleanValue shown) {
        this.editor = editor;
        this.executor = executor;
        this.edits = new EditRunner(editor, status);
        this.dialogs = dialogs;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        selectedRaterId.addListener((o, a, b) -> {
            typing.reset();
            forgetRefusals();
            changed();
        });
        consensus.addListener((o, a, b) -> {
            typing.reset();
            forgetRefusals();
            changed();
        });
        editor.addListener(listener);
        freshness = new Freshness(shown, () -> refresh(editor.plan()), false);
    }

    private Freshness freshness() {
        return freshness;
    }

    /** Stops following the editor. */
    public void dispose() {
        editor.removeListener(listener);
        freshness.dispose();
        if (running != null) {
            running.cancel();
            running = null;
        }
        generation++;
        busy.set(false);
    }

    public ObservableList<Rater> raters() {
        return raters;
    }

    /** The rater whose values the grid shows and edits; null when the plan has no rater. */
    public ObjectProperty<String> selectedRaterIdProperty() {
        return selectedRaterId;
    }

    public Optional<Rater> selectedRater() {
        return raters.stream().filter(r -> r.id().equals(selectedRaterId.get())).findFirst();
    }

    public BooleanProperty consensusProperty() {
        return consensus;
    }

    /** The grid's columns; replaced only when the plan's criteria change. */
    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    /** The grid's rows; replaced only when the plan's measures or groups change, so focus stays put while scoring. */
    public ObservableList<ScoringRow> rows() {
        return rows;
    }

    /** Increases whenever what the cells show may have changed: the view redraws its cells then. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The focused cell's criterion, levels and rationales; null when no cell is focused. */
    public ReadOnlyObjectProperty<CellDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /**
     * While a workshop round is open, a sentence saying so: its scores are entered on the workshop screen and stay
     * hidden until revealed, whereas this grid changes the plan's scores at once. Empty when no round is open.
     */
    public ReadOnlyStringProperty roundNoticeProperty() {
        return roundNotice.getReadOnlyProperty();
    }

    /** True while the grid is being rebuilt on the task executor; it shows the last rebuild meanwhile. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the plan has no rater: the grid then says to add one before typing. */
    public ReadOnlyBooleanProperty noRaterProperty() {
        return noRater.getReadOnlyProperty();
    }

    /**
     * Why the last entry at the grid was refused (no rater, the consensus view), in words saying what to do; empty
     * once an edit succeeds, the rater or view changes, or {@link #dismissMessage()}.
     */
    public ReadOnlyStringProperty gridMessageProperty() {
        return gridMessage.getReadOnlyProperty();
    }

    /** The person closed the message above the grid. */
    public void dismissMessage() {
        gridMessage.set("");
    }

    private void forgetRefusals() {
        gridMessage.set("");
        rejectedCell = null;
    }

    /**
     * Follows the editor's plan. A few score cells changed (a keystroke, undo, redo): those cells at once, on this
     * thread, so a typed value shows in its cell without waiting. The raters, criteria and the round notice are small
     * and set at once too. Anything plan-wide (the rows, every cell's scores and statistics, so disagreement) is
     * rebuilt on the task executor; a newer change cancels a run that has not finished.
     */
    private void refresh(Plan next) {
        plan = next;
        boolean few = indexedScores != null && cells.update(indexedScores, next.scores());
        if (few) {
            indexedScores = next.scores();
        }
        roundNotice.set(next.openRound().map(r -> messages.get("round.notice", r.number())).orElse(""));
        if (!raters.equals(next.raters())) {
            raters.setAll(next.raters());
        }
        noRater.set(next.raters().isEmpty());
        if (next.raters().stream().noneMatch(r -> r.id().equals(selectedRaterId.get()))) {
            selectedRaterId.set(next.raters().isEmpty() ? null : next.raters().get(0).id());
        }
        if (!criteria.equals(next.criteria())) {
            criteria.setAll(next.criteria());
        }
        if (!few || structure == null || !sameStructure(structure, next)) {
            rebuild(next);
        }
        changed();
    }

    /** What a plan-wide rebuild makes off the FX thread, shown in one step. */
    private record Rebuilt(Plan plan, boolean valid, CellScores cells, List<ScoringRow> rows) {
    }

    /** Rebuilds the rows and every cell's scores and statistics of {@code next} on the task executor. */
    private void rebuild(Plan next) {
        structure = next;
        long thisRun = ++generation;
        if (running != null) {
            running.cancel();
            running = null;
        }
        String noGroup = messages.get("group.none");
        boolean[] delivered = {false};
        TaskExecutor.Handle handle = executor.submit(progress -> rebuilt(next, noGroup, progress), result -> {
            delivered[0] = true;
            if (thisRun == generation) {
                running = null;
                busy.set(false);
                show(result);
            }
        }, error -> {
            delivered[0] = true;
            if (thisRun == generation) {
                running = null;
                busy.set(false);
                if (!(error instanceof CancellationException)) {
                    LOG.error("Could not rebuild the scoring grid", error);
                }
            }
        });
        // A synchronous executor has already delivered by now; keep the handle only while the work runs.
        if (thisRun == generation && !delivered[0]) {
            running = handle;
            busy.set(true);
        }
    }

    /** The plan-wide part of a refresh: no JavaFX, no state of this view model; runs on a worker thread. */
    private static Rebuilt rebuilt(Plan next, String noGroup, TaskExecutor.Progress progress) {
        boolean valid;
        try {
            ScoreTable.of(next);
            valid = true;
        } catch (EngineException e) {
            // The editor only holds valid plans; should one slip through, show it unscored rather than fail.
            valid = false;
        }
        checkCancelled(progress);
        CellScores index = new CellScores();
        index.rebuild(valid ? next.scores() : List.of());
        checkCancelled(progress);
        index.computeStats();
        checkCancelled(progress);
        return new Rebuilt(next, valid, index, rowsOf(next, noGroup));
    }

    private static void checkCancelled(TaskExecutor.Progress progress) {
        if (progress != null && progress.isCancelled()) {
            throw new CancellationException();
        }
    }

    /** A rebuild's result, on the FX thread; cells typed meanwhile are carried over from its plan to the current. */
    private void show(Rebuilt result) {
        if (!rows.equals(result.rows())) {
            rows.setAll(result.rows());
        }
        cells = result.cells();
        indexedScores = result.valid() ? result.plan().scores() : null;
        if (plan != result.plan()) {
            if (indexedScores != null && cells.update(indexedScores, plan.scores())) {
                indexedScores = plan.scores();
            } else {
                rebuild(plan);
            }
        }
        changed();
    }

    /** Whether only scores differ between the two plans, so the grid's rows, columns and raters stay. */
    private static boolean sameStructure(Plan a, Plan b) {
        return a.measures() == b.measures() && a.criteria() == b.criteria() && a.groups() == b.groups()
                && a.raters() == b.raters() && a.rounds() == b.rounds();
    }

    private static List<ScoringRow> rowsOf(Plan plan, String noGroup) {
        List<ScoringRow> out = new ArrayList<>();
        // Measures of one support measure together, in the plan's order of groups; measures of unknown groups last.
        List<String> groupOrder = new ArrayList<>();
        plan.groups().forEach(g -> groupOrder.add(g.id()));
        plan.measures().stream().map(Measure::group).filter(g -> !groupOrder.contains(g)).distinct()
                .forEach(groupOrder::add);
        for (String groupId : groupOrder) {
            // 支援策なし heads the measures in none, unless the plan has no support measures to tell them from.
            String outside = plan.groups().isEmpty() ? "" : noGroup;
            String groupTitle = plan.group(groupId).map(MeasureGroup::title)
                    .orElse(groupId == null ? outside : groupId);
            boolean first = true;
            for (Measure m : plan.measures()) {
                if (java.util.Objects.equals(m.group(), groupId)) {
                    out.add(new ScoringRow(m.id(), m.title(), groupId, groupTitle, first));
                    first = false;
                }
            }
        }
        return out;
    }

    /** The chosen rater's score of a cell, if any. */
    private Optional<Score> raterScore(String measureId, String criterionId) {
        String rater = selectedRaterId.get();
        return rater == null ? Optional.empty() : cells.score(key(measureId, criterionId), rater);
    }

    static String key(String measure, String criterion) {
        return measure + '\u0000' + criterion;
    }

    private void changed() {
        revision.set(revision.get() + 1);
        updateDetails();
    }

    /** What the cell of {@code measureId} × {@code criterionId} shows in the current mode. */
    public ScoreCell cell(String measureId, String criterionId) {
        ScoreCell cell = plainCell(measureId, criterionId);
        return key(measureId, criterionId).equals(rejectedCell) ? cell.withProblem(rejectedMessage, rejectedShort)
                : cell;
    }

    private ScoreCell plainCell(String measureId, String criterionId) {
        Optional<Criterion> criterion = plan.criterion(criterionId);
        if (criterion.isEmpty()) {
            return ScoreCell.EMPTY;
        }
        ScoreStats stats = stats(measureId, criterionId);
        boolean disagree = Disagreement.isStrong(stats, criterion.get().scale());
        String where = measureTitle(measureId) + " / " + criterion.get().name();
        if (consensus.get()) {
            if (stats.isEmpty()) {
                return new ScoreCell("", "", false, false, messages.get("cell.unscored", where));
            }
            String spread = messages.get("cell.spread", number(stats.min()), number(stats.max()),
                    decimals(stats.sd()), stats.count());
            String description = messages.get("cell.consensus", where, decimals(stats.mean()), spread)
                    + (disagree ? " " + messages.get("cell.disagreement") : "");
            return new ScoreCell(decimals(stats.mean()), spread, false, disagree, description);
        }
        Score score = raterScore(measureId, criterionId).orElse(null);
        if (score == null) {
            return new ScoreCell("", "", false, disagree, messages.get("cell.unscored", where)
                    + (disagree ? " " + messages.get("cell.disagreement") : ""));
        }
        boolean hasNote = !score.note().isBlank();
        String description = messages.get("cell.value", where, number(score.value()))
                + (hasNote ? " " + messages.get("cell.hasNote") : "")
                + (disagree ? " " + messages.get("cell.disagreement") : "");
        return new ScoreCell(number(score.value()), "", hasNote, disagree, description);
    }

    private ScoreStats stats(String measureId, String criterionId) {
        return cells.stats(key(measureId, criterionId));
    }

    private String measureTitle(String measureId) {
        return plan.measure(measureId).map(Measure::title).orElse(measureId);
    }

    /** The focused cell (null ids: none); the side panel follows it. Moving ends a multi-digit entry. */
    @Override
    public void focus(String measureId, String criterionId) {
        if (!java.util.Objects.equals(measureId, focusedMeasure)
                || !java.util.Objects.equals(criterionId, focusedCriterion)) {
            typing.reset();
        }
        focusedMeasure = measureId;
        focusedCriterion = criterionId;
        updateDetails();
    }

    private void updateDetails() {
        if (plan == null || focusedMeasure == null || focusedCriterion == null) {
            details.set(null);
            return;
        }
        Optional<Criterion> criterion = plan.criterion(focusedCriterion);
        Optional<Measure> measure = plan.measure(focusedMeasure);
        if (criterion.isEmpty() || measure.isEmpty()) {
            details.set(null);
            return;
        }
        Criterion c = criterion.get();
        Optional<Score> own = raterScore(focusedMeasure, focusedCriterion);
        ScoreStats stats = stats(focusedMeasure, focusedCriterion);
        Integer current = consensus.get()
                ? (stats.isEmpty() ? null : (int) Math.round(stats.mean()))
                : own.map(s -> (int) Math.round(s.value())).orElse(null);
        List<CellDetails.Level> levels = new ArrayList<>();
        for (int v = c.scale().min(); v <= c.scale().max(); v++) {
            levels.add(new CellDetails.Level(v, c.scale().levelText(v), current != null && current == v));
        }
        List<CellDetails.RaterValue> values = new ArrayList<>();
        Map<String, Score> byRater = new HashMap<>();
        for (Score s : cells.scores(key(focusedMeasure, focusedCriterion))) {
            byRater.putIfAbsent(s.rater(), s);
        }
        for (Rater r : plan.raters()) {
            Optional<Score> s = Optional.ofNullable(byRater.get(r.id()));
            values.add(new CellDetails.RaterValue(r.name(), s.map(x -> number(x.value())).orElse(""),
                    s.map(Score::note).orElse("")));
        }
        details.set(new CellDetails(focusedMeasure, measure.get().title(), c.id(), c.name(), c.description(), levels,
                own.map(Score::note).orElse(""), !consensus.get() && own.isPresent(), values));
    }

    /**
     * A digit typed on a cell. Typed again on the same cell without moving, the two digits form one number when
     * that number is on the scale (1, 0 → 10 on 0–10); otherwise the new digit replaces the value. False when
     * refused (message in the status line).
     */
    @Override
    public boolean typeDigit(String measureId, String criterionId, int digit) {
        String cell = key(measureId, criterionId);
        int value = typing.valueFor(cell, digit, plan.criterion(criterionId).map(Criterion::scale).orElse(null));
        boolean done = setValue(measureId, criterionId, value);
        typing.typed(cell, value, done);
        return done;
    }

    /** Sets the chosen rater's value of a cell (one edit); refuses values off the criterion's scale. */
    public boolean setValue(String measureId, String criterionId, int value) {
        Optional<String> rater = editableRater();
        Optional<Criterion> criterion = plan.criterion(criterionId);
        if (rater.isEmpty() || criterion.isEmpty() || plan.measure(measureId).isEmpty()) {
            return false;
        }
        Criterion c = criterion.get();
        if (!c.scale().contains(value)) {
            String message = messages.get("score.outOfScale", value, c.name(), c.scale().min(), c.scale().max());
            status.show(message);
            // Said at the cell too, where the eyes are: a short mark in the cell, the sentence for screen readers.
            rejectedCell = key(measureId, criterionId);
            rejectedMessage = message;
            rejectedShort = messages.get("score.outOfScale.short", value, c.scale().min(), c.scale().max());
            changed();
            return false;
        }
        Instant now = clock.get();
        return apply(SetScore.keepingNote(new Cell(measureId, criterionId, rater.get()), value, now));
    }

    /** Removes the chosen rater's value (and rationale) of a cell; false when there was none or it was refused. */
    @Override
    public boolean clear(String measureId, String criterionId) {
        typing.reset();
        Optional<String> rater = editableRater();
        if (rater.isEmpty() || raterScore(measureId, criterionId).isEmpty()) {
            return false;
        }
        return apply(new ClearScore(new Cell(measureId, criterionId, rater.get())));
    }

    /**
     * A block copied from a spreadsheet (tab-separated text), pasted with its top-left cell on grid row {@code row},
     * criterion column {@code column}, for the chosen rater. Every cell is checked first; one bad cell refuses the
     * whole block, naming each bad cell above the grid; else the block is one edit, so one undo takes it back.
     * A blank cell clears its score. False when refused.
     */
    public boolean paste(int row, int column, String text) {
        Optional<String> rater = editableRater();
        if (rater.isEmpty() || row < 0 || row >= rows.size() || column < 0 || column >= criteria.size()) {
            return false;
        }
        // Checking 10,000 cells (2,000 measures × 5 criteria) takes 20–140 ms of CPU (docs/benchmarks.md): kept here.
        ScoreBlock.Checked checked = ScoreBlock.check(ScoreBlock.parse(text == null ? "" : text), rows, criteria,
                row, column, rater.get(), messages);
        if (!checked.ok()) {
            refuseAtGrid(checked.refusal());
            return false;
        }
        boolean done = apply(new PasteScores(checked.entries(), clock.get()));
        if (done) {
            typing.reset();
            status.show(messages.get("paste.done", checked.entries().size(), rows.get(row).measureId(),
                    criteria.get(column).name()));
        }
        return done;
    }

    /**
     * The cells of grid rows {@code top}..{@code bottom} × criterion columns {@code left}..{@code right} (inclusive)
     * as a spreadsheet takes them from the clipboard: what the cells show (the rater's values, or the means in the
     * consensus view), tab-separated, no headers; an unscored cell is empty.
     */
    public String copy(int top, int left, int bottom, int right) {
        List<List<String>> block = new ArrayList<>();
        for (int r = top; r <= bottom; r++) {
            List<String> line = new ArrayList<>();
            for (int c = left; c <= right; c++) {
                line.add(plainCell(rows.get(r).measureId(), criteria.get(c).id()).text());
            }
            block.add(line);
        }
        status.show(messages.get("copy.done", bottom - top + 1, right - left + 1));
        return ScoreBlock.format(block);
    }

    /** The chosen rater's rationale of a cell; empty when the cell has no value. */
    public Optional<String> note(String measureId, String criterionId) {
        return raterScore(measureId, criterionId).map(Score::note);
    }

    /** Replaces the rationale of a scored cell of the chosen rater (one edit). */
    public boolean saveNote(String measureId, String criterionId, String note) {
        Optional<String> rater = editableRater();
        if (rater.isEmpty()) {
            return false;
        }
        if (raterScore(measureId, criterionId).isEmpty()) {
            status.show(messages.get("note.needsValue"));
            return false;
        }
        String text = note == null ? "" : note.strip();
        return apply(new SetScoreNote(new Cell(measureId, criterionId, rater.get()), text));
    }

    /** The rater whose values may be edited now, or empty with the reason in the status line. */
    private Optional<String> editableRater() {
        if (consensus.get()) {
            refuseAtGrid(messages.get("consensus.readOnly"));
            return Optional.empty();
        }
        if (selectedRater().isEmpty()) {
            refuseAtGrid(raters.isEmpty() ? messages.get("rater.none.typed") : messages.get("rater.choose"));
            return Optional.empty();
        }
        return Optional.of(selectedRaterId.get());
    }

    /** A refusal of what was done at the grid: said above the grid, where it was done, and in the status line. */
    private void refuseAtGrid(String message) {
        // The status line holds one line: the first (a paste's refusal lists the cells on the lines after it).
        int end = message.indexOf('\n');
        status.show(end < 0 ? message : message.substring(0, end));
        gridMessage.set(message);
    }

    /** Adds a rater named {@code name} and chooses it, so scoring can start at once. */
    public boolean addRater(String name) {
        Optional<String> clean = raterName(name, null);
        if (clean.isEmpty()) {
            return false;
        }
        String id = AddRater.newId(plan);
        boolean done = apply(new AddRater(new Rater(id, clean.get())));
        if (done) {
            selectedRaterId.set(id);
        }
        return done;
    }

    /** Renames the chosen rater. */
    public boolean renameSelectedRater(String name) {
        Optional<Rater> rater = selectedRater();
        if (rater.isEmpty()) {
            status.show(messages.get("rater.none"));
            return false;
        }
        Optional<String> clean = raterName(name, rater.get().id());
        if (clean.isEmpty()) {
            return false;
        }
        return apply(new RenameRater(rater.get().id(), clean.get()));
    }

    /** Removes the chosen rater and all their scores after confirmation, as one undoable edit. */
    public boolean removeSelectedRater() {
        Optional<Rater> rater = selectedRater();
        if (rater.isEmpty()) {
            status.show(messages.get("rater.none"));
            return false;
        }
        long count = plan.scores().stream().filter(s -> s.rater().equals(rater.get().id())).count();
        if (!dialogs.confirm(messages.get("rater.remove.title"),
                messages.get("rater.remove.confirm", rater.get().name(), count))) {
            return false;
        }
        return apply(new RemoveRater(rater.get().id()));
    }

    private Optional<String> raterName(String name, String exceptId) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            status.show(messages.get("rater.nameRequired"));
            return Optional.empty();
        }
        if (plan.raters().stream().anyMatch(r -> r.name().equals(clean) && !r.id().equals(exceptId))) {
            status.show(messages.get("rater.nameTaken", clean));
            return Optional.empty();
        }
        return Optional.of(clean);
    }

    /** Applies one edit; a refusal is shown in the status line, in the user's language. */
    private boolean apply(Edit edit) {
        boolean done = edits.applied(edit);
        if (done && (rejectedCell != null || !gridMessage.get().isEmpty())) {
            forgetRefusals();
            changed();
        }
        return done;
    }

    /** A value as typed: whole numbers without decimals. */
    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : decimals(value);
    }

    static String decimals(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
