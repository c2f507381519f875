package org.kaname.ui.workshop;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.engine.workshop.RaterProgress;
import org.kaname.engine.workshop.Rounds;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.edit.Cell;
import org.kaname.edit.ClearRoundScore;
import org.kaname.edit.DiscardRound;
import org.kaname.edit.Edit;
import org.kaname.edit.OpenRound;
import org.kaname.edit.RevealRound;
import org.kaname.edit.SetRoundNote;
import org.kaname.edit.SetRoundScore;
import org.kaname.service.PlanEditor;
import org.kaname.ui.grid.CriterionGridKeys;
import org.kaname.ui.grid.DigitTyping;
import org.kaname.ui.DialogService;
import org.kaname.ui.EditRunner;
import org.kaname.ui.ScreenContext;

/**
 * The rounds side of the workshop screen, testable without a screen: the start form, the open round's entry grid
 * (one rater's sheet at a time), each rater's progress, reveal and discard. The history of revealed rounds is its own
 * {@link RoundHistoryViewModel}, owned here and fed from the same editor listener. Every change is one
 * {@link org.kaname.edit.Edit} through the editor (one undo step, saved at once); the view model follows the editor, so undo and
 * redo show up here.
 */
public final class WorkshopViewModel implements CriterionGridKeys.ScoreEntry {
    private final PlanEditor editor;
    private final EditRunner edits;
    private final DialogService dialogs;
    private final ScreenContext.StatusSink status;
    private final Messages messages;
    private final Supplier<Instant> clock;
    private final PlanEditor.Listener listener = this::refresh;
    private final RoundForm form;
    private final RoundHistoryViewModel history;
    private final IndicatorFeedback feedback;

    private final BooleanProperty formShown = new SimpleBooleanProperty(this, "formShown");
    private final ReadOnlyObjectWrapper<ScoringRound> openRound = new ReadOnlyObjectWrapper<>(this, "openRound");
    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<EntryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Rater> roundRaters = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedRaterId = new SimpleObjectProperty<>(this, "selectedRaterId");
    private final ObservableList<RaterProgress> progress = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<String> focusedNote = new ReadOnlyObjectWrapper<>(this, "focusedNote", "");

    private Plan plan;
    private String focusedMeasure;
    private String focusedCriterion;
    private final DigitTyping typing = new DigitTyping();

    public WorkshopViewModel(ScreenContext context, Messages messages) {
        this(context.editor(), context.dialogs(), context.status(), messages, Instant::now,
                new RoundHistoryViewModel(context, messages),
                new IndicatorFeedback(context.editor(), context.executor(), messages));
    }

    WorkshopViewModel(PlanEditor editor, DialogService dialogs, ScreenContext.StatusSink status, Messages messages,
                      Supplier<Instant> clock, ZoneId zone) {
        this(editor, dialogs, status, messages, clock, new RoundHistoryViewModel(editor.plan(), messages, zone),
                new IndicatorFeedback(editor, new org.kaname.ui.task.CurrentThreadTaskExecutor(), messages));
    }

    private WorkshopViewModel(PlanEditor editor, DialogService dialogs, ScreenContext.StatusSink status,
                              Messages messages, Supplier<Instant> clock, RoundHistoryViewModel history,
                              IndicatorFeedback feedback) {
        this.editor = editor;
        this.feedback = feedback;
        this.edits = new EditRunner(editor, status);
        this.dialogs = dialogs;
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.form = new RoundForm(messages);
        this.history = history;
        selectedRaterId.addListener((o, a, b) -> {
            typing.reset();
            changed();
        });
        editor.addListener(listener);
        refresh(editor.plan());
    }

    public void dispose() {
        editor.removeListener(listener);
        feedback.dispose();
    }

    // ---- state for the view ----

    public RoundForm form() {
        return form;
    }

    /** Whether the start form is showing (instead of the round or the history). */
    public BooleanProperty formShownProperty() {
        return formShown;
    }

    /** The open round, or null when none is open. */
    public ReadOnlyObjectProperty<ScoringRound> openRoundProperty() {
        return openRound.getReadOnlyProperty();
    }

    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    /** The open round's measures, in the round's order. */
    public ObservableList<EntryRow> rows() {
        return rows;
    }

    /** The open round's raters, whose sheets are entered in turn. */
    public ObservableList<Rater> roundRaters() {
        return roundRaters;
    }

    public ObjectProperty<String> selectedRaterIdProperty() {
        return selectedRaterId;
    }

    public ObservableList<RaterProgress> progress() {
        return progress;
    }

    /** Increases whenever what the grid cells show may have changed. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The rationale of the focused cell for the chosen rater (empty when none). */
    public ReadOnlyObjectProperty<String> focusedNoteProperty() {
        return focusedNote.getReadOnlyProperty();
    }

    /** Each measure's latest indicator results, shown beside the round's sheet when asked for (issue 16 item 4). */
    public IndicatorFeedback feedback() {
        return feedback;
    }

    /** The revealed rounds, refreshed with this view model. */
    public RoundHistoryViewModel history() {
        return history;
    }

    public Plan plan() {
        return plan;
    }

    // ---- following the plan ----

    private void refresh(Plan next) {
        plan = next;
        ScoringRound open = next.openRound().orElse(null);
        openRound.set(open);
        if (!criteria.equals(next.criteria())) {
            criteria.setAll(next.criteria());
        }
        List<EntryRow> newRows = new ArrayList<>();
        List<Rater> newRaters = new ArrayList<>();
        if (open != null) {
            for (String id : open.measures()) {
                newRows.add(new EntryRow(id, next.measure(id).map(m -> m.id() + " " + m.title()).orElse(id)));
            }
            for (String id : open.raters()) {
                newRaters.add(next.raters().stream().filter(r -> r.id().equals(id)).findFirst()
                        .orElse(new Rater(id, id)));
            }
            progress.setAll(Rounds.progress(next, open).raters());
        } else {
            progress.clear();
        }
        if (!rows.equals(newRows)) {
            rows.setAll(newRows);
        }
        if (!roundRaters.equals(newRaters)) {
            roundRaters.setAll(newRaters);
        }
        if (newRaters.stream().noneMatch(r -> r.id().equals(selectedRaterId.get()))) {
            selectedRaterId.set(newRaters.isEmpty() ? null : newRaters.get(0).id());
        }
        history.refresh(next);
        changed();
    }

    private void changed() {
        revision.set(revision.get() + 1);
        updateNote();
    }

    // ---- start, reveal, discard ----

    /** Opens the start form for the next round (refused while a round is open). */
    public boolean showForm() {
        if (plan.openRound().isPresent()) {
            status.show(messages.get("refused.roundOpen", plan.openRound().get().number()));
            return false;
        }
        form.prepare(plan);
        formShown.set(true);
        return true;
    }

    public void cancelForm() {
        formShown.set(false);
    }

    /** Starts the round described by the form; false (with the reason in the status line) when refused. */
    public boolean startRound() {
        if (plan.openRound().isPresent()) {
            status.show(messages.get("refused.roundOpen", plan.openRound().get().number()));
            return false;
        }
        List<String> measures = form.selectedMeasureIds();
        List<String> raters = form.selectedRaterIds();
        if (measures.isEmpty()) {
            status.show(messages.get("refused.noMeasures"));
            return false;
        }
        if (raters.isEmpty()) {
            status.show(messages.get("refused.noRaters"));
            return false;
        }
        // The form was filled from the plan as it was; an undo since may have taken a measure or rater away.
        for (String m : measures) {
            if (plan.measure(m).isEmpty()) {
                status.show(messages.get("refused.unknownMeasure", m));
                return false;
            }
        }
        for (String r : raters) {
            if (plan.raters().stream().noneMatch(x -> x.id().equals(r))) {
                status.show(messages.get("refused.unknownRater", r));
                return false;
            }
        }
        String title = form.titleProperty().get() == null ? "" : form.titleProperty().get().strip();
        boolean anonymous = form.anonymousProperty().get();
        boolean prefill = form.prefillProperty().get();
        Instant now = clock.get();
        boolean done = apply(new OpenRound(title, measures, raters, anonymous, prefill, now));
        if (done) {
            formShown.set(false);
            status.show(messages.get("status.opened", plan.openRound().map(ScoringRound::number).orElse(0)));
        }
        return done;
    }

    /** Reveals the open round after confirmation: its values become the plan's scores and it joins the history. */
    public boolean reveal() {
        Optional<ScoringRound> open = requireOpen();
        if (open.isEmpty()) {
            return false;
        }
        ScoringRound round = open.get();
        var p = Rounds.progress(plan, round);
        String question = p.complete() ? messages.get("reveal.confirm", round.number())
                : messages.get("reveal.confirmIncomplete", round.number(), p.entered(), p.expected());
        if (!dialogs.confirm(messages.get("reveal.title"), question)) {
            return false;
        }
        Instant now = clock.get();
        boolean done = apply(new RevealRound(round.number(), now));
        if (done) {
            history.selectedRoundProperty().set(round.number());
            status.show(messages.get("status.revealed", round.number()));
        }
        return done;
    }

    /** Discards the open round after confirmation; the plan's scores stay as they were. */
    public boolean discard() {
        Optional<ScoringRound> open = requireOpen();
        if (open.isEmpty()) {
            return false;
        }
        int number = open.get().number();
        if (!dialogs.confirm(messages.get("discard.title"), messages.get("discard.confirm", number))) {
            return false;
        }
        boolean done = apply(new DiscardRound(number));
        if (done) {
            status.show(messages.get("status.discarded", number));
        }
        return done;
    }

    private Optional<ScoringRound> requireOpen() {
        Optional<ScoringRound> open = plan.openRound();
        if (open.isEmpty()) {
            status.show(messages.get("refused.noOpenRound"));
        }
        return open;
    }

    // ---- the entry grid ----

    /** Chooses the next rater of the round (after the last, the first): sheets are entered in turn. */
    public void nextRater() {
        if (roundRaters.isEmpty()) {
            return;
        }
        int i = 0;
        for (int k = 0; k < roundRaters.size(); k++) {
            if (roundRaters.get(k).id().equals(selectedRaterId.get())) {
                i = k;
            }
        }
        selectedRaterId.set(roundRaters.get((i + 1) % roundRaters.size()).id());
    }

    /** The chosen rater's score of a cell in the open round. */
    public Optional<Score> score(String measureId, String criterionId) {
        ScoringRound open = openRound.get();
        String rater = selectedRaterId.get();
        if (open == null || rater == null) {
            return Optional.empty();
        }
        return WorkshopEdits.find(open.scores(), measureId, criterionId, rater);
    }

    /** What a grid cell shows: the value, with ※ when it has a rationale. */
    public String cellText(String measureId, String criterionId) {
        return score(measureId, criterionId).map(s -> Numbers.value(s.value()) + (s.note().isBlank() ? "" : " ※"))
                .orElse("");
    }

    /** A sentence for screen readers and tooltips. */
    public String cellDescription(String measureId, String criterionId) {
        String where = plan.measure(measureId).map(Measure::title).orElse(measureId) + " / "
                + plan.criterion(criterionId).map(Criterion::name).orElse(criterionId);
        return score(measureId, criterionId)
                .map(s -> messages.get("cell.value", where, Numbers.value(s.value()))
                        + (s.note().isBlank() ? "" : " " + messages.get("cell.hasNote")))
                .orElse(messages.get("cell.empty", where));
    }

    /** The focused cell (null: none); the rationale field follows it. Moving ends a multi-digit entry. */
    @Override
    public void focus(String measureId, String criterionId) {
        if (!Objects.equals(measureId, focusedMeasure) || !Objects.equals(criterionId, focusedCriterion)) {
            typing.reset();
        }
        focusedMeasure = measureId;
        focusedCriterion = criterionId;
        updateNote();
    }

    private void updateNote() {
        focusedNote.set(focusedMeasure == null || focusedCriterion == null ? ""
                : score(focusedMeasure, focusedCriterion).map(Score::note).orElse(""));
    }

    /** A digit typed on a cell; typed again on the same cell, two digits form one number when it is on the scale. */
    @Override
    public boolean typeDigit(String measureId, String criterionId, int digit) {
        String cell = measureId + '\u0000' + criterionId;
        int value = typing.valueFor(cell, digit, plan.criterion(criterionId).map(Criterion::scale).orElse(null));
        boolean done = setValue(measureId, criterionId, value);
        typing.typed(cell, value, done);
        return done;
    }

    /** Sets the chosen rater's value of a cell in the open round (rationale kept); one edit. */
    public boolean setValue(String measureId, String criterionId, int value) {
        Optional<String> rater = roundCell(measureId, criterionId);
        if (rater.isEmpty()) {
            return false;
        }
        Criterion c = plan.criterion(criterionId).orElseThrow();
        if (!c.scale().contains(value)) {
            status.show(messages.get("refused.outOfScale", value, c.name(), c.scale().min(), c.scale().max()));
            return false;
        }
        Instant now = clock.get();
        return apply(new SetRoundScore(new Cell(measureId, criterionId, rater.get()), value, null, now));
    }

    /** Clears the chosen rater's value (and rationale) of a cell in the open round. */
    @Override
    public boolean clear(String measureId, String criterionId) {
        typing.reset();
        Optional<String> rater = roundCell(measureId, criterionId);
        if (rater.isEmpty() || score(measureId, criterionId).isEmpty()) {
            return false;
        }
        Instant now = clock.get();
        return apply(new ClearRoundScore(new Cell(measureId, criterionId, rater.get()), now));
    }

    /** Replaces the rationale of a cell the chosen rater has scored in the open round. */
    public boolean saveNote(String measureId, String criterionId, String note) {
        Optional<String> rater = roundCell(measureId, criterionId);
        if (rater.isEmpty()) {
            return false;
        }
        Optional<Score> own = score(measureId, criterionId);
        if (own.isEmpty()) {
            status.show(messages.get("refused.noteNeedsValue"));
            return false;
        }
        String text = note == null ? "" : note.strip();
        Instant now = clock.get();
        return apply(new SetRoundNote(new Cell(measureId, criterionId, rater.get()), text, now));
    }

    /** Saves the rationale field for the focused cell. */
    public boolean saveFocusedNote(String note) {
        if (focusedMeasure == null || focusedCriterion == null) {
            status.show(messages.get("refused.noCell"));
            return false;
        }
        return saveNote(focusedMeasure, focusedCriterion, note);
    }

    /**
     * The rater entering a cell of the open round, after the checks {@link Rounds#enter} would make, so that every
     * refusal reaches the room in its own language (the engine explains in English, for the log).
     */
    private Optional<String> roundCell(String measureId, String criterionId) {
        Optional<String> rater = enteringRater();
        if (rater.isEmpty()) {
            return rater;
        }
        ScoringRound round = plan.openRound().orElseThrow();
        if (!round.measures().contains(measureId)) {
            status.show(messages.get("refused.measureNotInRound", measureLabel(measureId), round.number()));
            return Optional.empty();
        }
        if (!round.raters().contains(rater.get())) {
            status.show(messages.get("refused.raterNotInRound", raterName(rater.get()), round.number()));
            return Optional.empty();
        }
        if (plan.criterion(criterionId).isEmpty()) {
            status.show(messages.get("refused.unknownCriterion", criterionId));
            return Optional.empty();
        }
        return rater;
    }

    private String measureLabel(String measureId) {
        return plan.measure(measureId).map(m -> m.id() + " " + m.title()).orElse(measureId);
    }

    private String raterName(String raterId) {
        return plan.raters().stream().filter(r -> r.id().equals(raterId)).map(Rater::name).findFirst()
                .orElse(raterId);
    }

    private Optional<String> enteringRater() {
        if (plan.openRound().isEmpty()) {
            status.show(messages.get("refused.noOpenRound"));
            return Optional.empty();
        }
        if (selectedRaterId.get() == null) {
            status.show(messages.get("refused.noRater"));
            return Optional.empty();
        }
        return Optional.of(selectedRaterId.get());
    }

    /** A progress line for one rater: name, entered of expected, and 完了 in words (not colour only). */
    public String progressText(RaterProgress p) {
        return messages.get(p.complete() ? "progress.complete" : "progress.partial", p.name(), p.entered(),
                p.expected());
    }

    /** Applies one edit; a refusal reaches the room in its own language (in the status line), never the engine's. */
    private boolean apply(Edit edit) {
        return edits.applied(edit);
    }
}
