package org.kaname.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.i18n.Messages;
import org.kaname.io.InvalidPlanException;
import org.kaname.io.PlanValidator;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.RenamePlan;
import org.kaname.service.PlanEditor;
import org.kaname.service.PlanService;
import org.kaname.service.Services;
import org.kaname.store.CommitInDoubtException;
import org.kaname.store.ConnectionLostException;
import org.kaname.store.PlanDamagedException;
import org.kaname.store.PlanSummary;
import org.kaname.store.StorageFailureException;
import org.kaname.store.StoredPlan;
import org.kaname.ui.history.HistoryContext;
import org.kaname.ui.recovery.StorageFailureCause;
import org.kaname.ui.task.TaskExecutor;

/**
 * State and actions of the main window: the plan list and its commands (new, duplicate, rename, delete with undo,
 * import, export), the open plan's editor with undo/redo, and the status line ("保存済み").
 * <p>
 * Two kinds of damage are told apart. A plan whose stored content no longer matches its digest cannot be opened; the
 * plan is named, the other plans stay usable, and a restore from a backup is offered. A write that failed (full disk,
 * read-only folder) means the database refuses all further work until Kaname restarts: from then on the window says
 * so and never shows 「保存済み」 again.
 */
public final class MainViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainViewModel.class);
    /** Where a save stands. */
    public enum SaveState { SAVED, SAVING, FAILED }

    private final PlanService plans;
    /** All services, where the app gave them (history and versions need more than plans); null otherwise. */
    private final Services services;
    private final TaskExecutor executor;
    private final Executor saver;
    private final Executor fxThread;
    private final DialogService dialogs;
    private final Messages messages;
    private final Locale locale;

    private final ObservableList<PlanSummary> planList = FXCollections.observableArrayList();
    private final ObjectProperty<PlanSummary> selectedPlan = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<PlanEditor> editor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Plan> deletedPlan = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<PlanSummary> damagedPlan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper storageFailure = new ReadOnlyStringWrapper("");
    private final java.util.function.Consumer<PlanSummary> offerRestore;
    /** Where the plans live, for the status bar: 「ローカル: …」 or 「共有: user@host:port/db」 with the user's role. */
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connectionLost = new ReadOnlyBooleanWrapper();
    private org.kaname.ui.shared.SharedSession shared = org.kaname.ui.shared.SharedSession.LOCAL;
    private java.util.function.Supplier<String> typing = () -> null;
    /** Shows the conflict dialog (set by the main view, which owns the window); keeps theirs until then. */
    private org.kaname.ui.shared.SharedSession.ConflictChooser conflicts =
            rows -> org.kaname.ui.shared.ConflictDialog.Choice.KEEP_THEIRS;
    private long preferredPlanId = -1;
    /** When the open plan's data last changed in storage: shown on the printed report's cover. */
    private java.time.Instant lastChange = java.time.Instant.now();

    /**
     * @param saver    where saves run (one background thread in the app; the calling thread in tests)
     * @param fxThread hands save results back to the FX thread ({@code Platform::runLater} in the app)
     */
    public MainViewModel(PlanService plans, TaskExecutor executor, Executor saver, Executor fxThread,
                         DialogService dialogs, Locale locale) {
        this(plans, executor, saver, fxThread, dialogs, locale, damaged -> { });
    }

    /**
     * @param offerRestore opens the restore dialog for a damaged plan (the app closes and reopens the data folder
     *                     around a restore, which is beyond this view model)
     */
    public MainViewModel(PlanService plans, TaskExecutor executor, Executor saver, Executor fxThread,
                         DialogService dialogs, Locale locale,
                         java.util.function.Consumer<PlanSummary> offerRestore) {
        this(plans, null, executor, saver, fxThread, dialogs, locale, offerRestore);
    }

    /**
     * The app's view model: with all of {@code services}, so the open plan's history, versions and comparison can be
     * shown (the constructors with a {@link PlanService} alone leave those unavailable).
     */
    public MainViewModel(Services services, TaskExecutor executor, Executor saver, Executor fxThread,
                         DialogService dialogs, Locale locale,
                         java.util.function.Consumer<PlanSummary> offerRestore) {
        this(services.plans(), services, executor, saver, fxThread, dialogs, locale, offerRestore);
    }

    private MainViewModel(PlanService plans, Services services, TaskExecutor executor, Executor saver,
                          Executor fxThread, DialogService dialogs, Locale locale,
                          java.util.function.Consumer<PlanSummary> offerRestore) {
        this.services = services;
        this.offerRestore = offerRestore;
        if (services != null) {
            shared = org.kaname.ui.shared.SharedSession.of(services);
        }
        this.plans = plans;
        this.executor = executor;
        this.saver = saver;
        this.fxThread = fxThread;
        this.dialogs = dialogs;
        this.locale = locale;
        this.messages = Messages.of("org.kaname.ui.messages", locale);
        selectedPlan.addListener((obs, old, now) -> open(now));
        updateDatabase("");
    }

    /** The plan to select after the first refresh (the one open when the app was last closed). */
    public void preferPlan(long id) {
        preferredPlanId = id;
    }

    /** Loads the plan list off the FX thread; keeps the selection, else selects the preferred or first plan. */
    public void refreshPlans() {
        refreshPlans(-1);
    }

    private void refreshPlans(long select) {
        status.set(messages.get("status.loading"));
        executor.submit(progress -> plans.plans(), list -> {
            long keep = select >= 0 ? select
                    : selectedPlan.get() != null ? selectedPlan.get().id() : preferredPlanId;
            planList.setAll(list);
            status.set(messages.get("status.ready"));
            PlanSummary target = list.stream().filter(p -> p.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (target == null || selectedPlan.get() == null || target.id() != selectedPlan.get().id()) {
                selectedPlan.set(target);
            }
        }, this::fail);
    }

    private void open(PlanSummary summary) {
        if (summary == null) {
            closeEditor();
            editor.set(null);
            updateUndo();
            return;
        }
        if (editor.get() != null && editor.get().planId() == summary.id()) {
            return;
        }
        // The editor reads the plan's journal to rebuild undo and redo: that read happens here too, not on the FX thread.
        long chosen = System.nanoTime();
        org.kaname.ui.shared.SharedSession session = shared;
        executor.submit(progress -> {
            boolean sharedPlan = services != null && services.isShared();
            // Shared: the journal seq is read before the plan, so no change of others' made meanwhile is missed.
            long seq = sharedPlan ? plans.journalSeq(summary.id()) : -1;
            StoredPlan stored = plans.open(summary.id());
            PlanEditor opened = sharedPlan ? services.editor(stored.id(), stored.plan(), seq, saver, fxThread)
                    : new PlanEditor(plans, stored.id(), stored.plan(), saver, locale);
            // The role is read from the server with the plan, not on the FX thread.
            return new Opened(stored, opened, session.role().apply(stored.id()), System.nanoTime());
        }, opened -> {
            long screens = System.nanoTime();
            edit(opened.stored(), opened.editor());
            updateDatabase(opened.role());
            logOpened(opened.stored().plan(), chosen, opened.read(), screens, System.nanoTime());
        }, error -> openFailed(summary, error));
    }

    /** A plan read from storage and its editor, built together off the FX thread, and when that was done. */
    private record Opened(StoredPlan stored, PlanEditor editor, String role, long read) {
    }

    /**
     * Logs how long opening took, from choosing the plan to its screens being filled (docs/benchmarks.md reads it):
     * reading it with its editor off the FX thread, the wait for the FX thread, and filling the screens on it.
     */
    private static void logOpened(Plan plan, long chosen, long read, long screensStart, long screensDone) {
        LOG.info("plan \"{}\" ({} measures, {} scores) opened in {} ms: read {} ms, wait {} ms, screens {} ms",
                plan.title(), plan.measures().size(), plan.scores().size(), (screensDone - chosen) / 1_000_000,
                (read - chosen) / 1_000_000, (screensStart - read) / 1_000_000, (screensDone - screensStart) / 1_000_000);
    }

    /** A damaged plan is named and closed; the list and every other plan stay as they were. */
    private void openFailed(PlanSummary summary, Throwable error) {
        if (!(error instanceof PlanDamagedException)) {
            fail(error);
            return;
        }
        closeEditor();
        editor.set(null);
        updateUndo();
        damagedPlan.set(summary);
        status.set(messages.get("status.planDamaged", summary.title()));
        if (dialogs.ask(messages.get("planDamaged.title"),
                messages.get("planDamaged.message", summary.title(), String.valueOf(summary.id())),
                messages.get("planDamaged.restore"), messages.get("planDamaged.later"))) {
            offerRestore.accept(summary);
        }
    }

    /** Offers the restore dialog for the damaged plan shown (the button on its placeholder). */
    public void restoreDamagedPlan() {
        if (damagedPlan.get() != null) {
            offerRestore.accept(damagedPlan.get());
        }
    }

    private void edit(StoredPlan stored, PlanEditor e) {
        e.addListener(new PlanEditor.Listener() {
            /** The save state before the last change, put back when that change was others' (a refresh). */
            private SaveState beforeChange = SaveState.SAVED;
            private String statusBeforeChange = "";

            @Override
            public void planChanged(Plan plan) {
                beforeChange = saveState.get();
                statusBeforeChange = status.get();
                if (storageFailed()) {
                    // Nothing more can be saved until a restart: never suggest otherwise.
                    status.set(messages.get("status.notSaved"));
                } else {
                    saveState.set(SaveState.SAVING);
                    status.set(messages.get("status.saving"));
                }
                updateUndo();
                deletedPlan.set(null);
            }

            @Override
            public void saved(Optional<Throwable> error) {
                runOnFx(() -> savedResult(e, error));
            }

            @Override
            public void refreshed(Plan plan, java.util.List<String> byUsers) {
                // Others' changes are stored already: nothing of this person's started saving with them.
                saveState.set(beforeChange);
                status.set(statusBeforeChange);
                // Empty: only a refused change of this person's was taken back, which its own message explains.
                if (!byUsers.isEmpty() && editor.get() == e) {
                    MainViewModel.this.refreshed(byUsers);
                }
                refreshSummary(e);
            }

            @Override
            public void conflicted(java.util.List<org.kaname.store.ValueConflict> found, org.kaname.edit.Edit edit) {
                if (editor.get() == e) {
                    MainViewModel.this.conflicted(found.stream().map(c -> new org.kaname.ui.shared.ConflictRow(
                            c.target(), c.theirs(), c.theirUser(), c.theirTime(), c.mine())).toList(), edit);
                }
            }
        });
        lastChange = stored.updatedAt();
        damagedPlan.set(null);
        closeEditor();
        editor.set(e);
        updateUndo();
        status.set(messages.get("status.opened", stored.plan().title()));
    }

    /** What a commit's result does to the window, as the editor's listener hands it over; for tests. */
    void savedForTest(PlanEditor source, Optional<Throwable> error) {
        savedResult(source, error);
    }

    private void savedResult(PlanEditor source, Optional<Throwable> error) {
        if (error.isPresent() && error.get() instanceof StorageFailureException failure) {
            storageFailed(failure);
        } else if (storageFailed()) {
            // A later save cannot have reached the disk after a failed one (the database refuses all work then).
            saveState.set(SaveState.FAILED);
        } else if (error.isPresent() && error.get() instanceof org.kaname.store.ValueConflictException) {
            // Nothing was written and the plan shows the other person's values: the conflict dialog follows.
            saveState.set(SaveState.SAVED);
        } else if (error.isPresent() && error.get() instanceof org.kaname.store.AccessDeniedException) {
            // Refused by the plan's roles on the server: nothing changed, and the plan went back to what is stored.
            saveState.set(SaveState.SAVED);
            status.set(saveFailure(error.get()));
            dialogs.showError(messages.get("error.saveTitle"), saveFailure(error.get()));
        } else if (error.isPresent() && org.kaname.ui.shared.ConnectionLoss.is(error.get())) {
            connectionLost(error.get());
        } else if (error.isEmpty()) {
            connectionLost.set(false);
            lastChange = java.time.Instant.now();
            saveState.set(SaveState.SAVED);
            status.set(messages.get("status.saved"));
            refreshSummary(source);
        } else {
            saveState.set(SaveState.FAILED);
            status.set(messages.get("status.saveFailed"));
            dialogs.showError(messages.get("error.saveTitle"), saveFailure(error.get()));
        }
    }

    /** Why a save failed, for a person: a lost connection to the shared database in words, anything else as it came. */
    private String saveFailure(Throwable error) {
        if (error instanceof CommitInDoubtException e) {
            return messages.get("shared.commitInDoubt", e.server());
        }
        if (error instanceof ConnectionLostException e) {
            return messages.get("shared.connectionLost", e.server());
        }
        if (error instanceof org.kaname.store.ServerBusyException e) {
            return messages.get("shared.serverBusy", e.server());
        }
        if (error instanceof org.kaname.store.AccessDeniedException e) {
            // The server refused it by this login's role in the plan (which may have changed since it was opened).
            return org.kaname.service.AccessTexts.of(messages.locale()).refusal(e);
        }
        return String.valueOf(error.getMessage());
    }

    private boolean storageFailed() {
        return !storageFailure.get().isEmpty();
    }

    /**
     * The disk refused a write: the change is not saved, and the database refuses all further work until Kaname is
     * restarted. Said once in a dialog (what was lost, why, what to do), then kept in the status line and the banner.
     */
    private void storageFailed(StorageFailureException failure) {
        saveState.set(SaveState.FAILED);
        status.set(messages.get("status.notSaved"));
        if (storageFailed()) {
            return;
        }
        String cause = StorageFailureCause.describe(failure, messages);
        storageFailure.set(messages.get("storageFailure.banner", cause));
        dialogs.showError(messages.get("storageFailure.title"), messages.get("storageFailure.message", cause,
                StorageFailureCause.advice(failure, messages)));
    }

    /**
     * The server could not be reached for a save: the edit was refused (docs/shared-mode.md: refused, not queued),
     * so the status says it is not saved, and a dialog offers 「再接続」.
     */
    private void connectionLost(Throwable error) {
        saveState.set(SaveState.FAILED);
        connectionLost.set(true);
        status.set(messages.get("status.connectionLost"));
        if (dialogs.ask(messages.get("connectionLost.title"), saveFailure(error),
                messages.get("connectionLost.reconnect"), messages.get("connectionLost.later"))) {
            reconnect();
        }
    }

    /**
     * 「再接続」: reads the plan list and the open plan from the server again (the database connects anew on the
     * next use, with the login it was opened with). While the server is still away, that failure is said instead.
     */
    public void reconnect() {
        PlanSummary open = selectedPlan.get();
        closeEditor();
        editor.set(null);
        connectionLost.set(false);
        refreshPlans();
        if (open != null) {
            open(open);
        }
    }

    /** Stops the open plan's editor hearing of others' changes (the plan is closed or replaced). */
    private void closeEditor() {
        if (editor.get() != null) {
            editor.get().close();
        }
    }

    /** Closes what this view model opened (the open plan's editor); called when the window is rebuilt. */
    public void dispose() {
        closeEditor();
    }

    /**
     * Says where the plans live and how to reach the server again; the app calls it once after building the view
     * model. The role on the open plan is looked up again with each plan opened.
     */
    public void setSession(org.kaname.ui.shared.SharedSession session) {
        this.shared = session;
        updateDatabase("");
    }

    /** The status bar's database label; {@code role}: the user's role on the open plan, empty when none. */
    private void updateDatabase(String role) {
        database.set(org.kaname.ui.shared.SharedTexts.database(messages, shared.isShared(), shared.display(), role));
    }

    /**
     * Others' changes arrived and the open plan's screens show them: the field the user is typing in gets the user's
     * text back ({@link #setTypingGuard}), and a short note goes to the status line (「山田さんの変更を反映しました」,
     * naming the other person's value when a typed text was kept).
     */
    public void refreshed(java.util.List<String> byUsers) {
        String kept = typing.get();
        if (kept != null && editor.get() != null) {
            // The typed text will be this person's edit of a value someone else has just changed: it must meet
            // their value as a conflict when it is saved, not replace it unseen.
            editor.get().resolveNextAgainstPlanBeforeRefresh();
        }
        String people = org.kaname.ui.shared.SharedTexts.people(messages, byUsers);
        status.set(kept == null ? messages.get("status.refreshed", people)
                : messages.get("status.refreshedKept", people, kept));
        connectionLost.set(false);
        updateUndo();
    }

    /**
     * A change was refused because someone else changed the same values first: the user sees both and chooses;
     * 「自分の値で上書き」 applies {@code edit} again on the plan as the server has it now.
     */
    public void conflicted(java.util.List<org.kaname.ui.shared.ConflictRow> rows, org.kaname.edit.Edit edit) {
        saveState.set(SaveState.SAVED);
        updateUndo();
        if (conflicts.choose(rows) == org.kaname.ui.shared.ConflictDialog.Choice.OVERWRITE) {
            if (apply(edit)) {
                status.set(messages.get("status.conflictOverwritten"));
            }
        } else {
            status.set(messages.get("status.conflictKept"));
        }
    }

    /** After a save the list's title and measure count may have changed. */
    private void refreshSummary(PlanEditor source) {
        Plan p = source.plan();
        for (int i = 0; i < planList.size(); i++) {
            PlanSummary s = planList.get(i);
            if (s.id() == source.planId() && (!s.title().equals(p.title()) || s.measureCount() != p.measures().size())) {
                PlanSummary updated = new PlanSummary(s.id(), p.title(), p.measures().size(), s.updatedAt());
                planList.set(i, updated);
                if (selectedPlan.get() != null && selectedPlan.get().id() == s.id()) {
                    selectedPlan.set(updated);
                }
            }
        }
    }

    /** Saves report on the saver's thread; the view model's state belongs to the FX thread. */
    private void runOnFx(Runnable r) {
        fxThread.execute(r);
    }

    private void updateUndo() {
        PlanEditor e = editor.get();
        canUndo.set(e != null && e.canUndo() || deletedPlan.get() != null);
        canRedo.set(e != null && e.canRedo());
        undoText.set(deletedPlan.get() != null ? messages.get("undo.deletePlan")
                : e == null ? "" : e.undoDescription().orElse(""));
        redoText.set(e == null ? "" : e.redoDescription().orElse(""));
    }

    /** Applies an edit to the open plan; a refused edit is reported in the status line. */
    public boolean apply(org.kaname.edit.Edit edit) {
        PlanEditor e = editor.get();
        if (e == null) {
            return false;
        }
        try {
            e.apply(edit);
            return true;
        } catch (EditRefusedException ex) {
            status.set(e.texts().refusal(ex));
            return false;
        }
    }

    /** Undo: a plan deletion if that was the last action, else the open plan's last edit. */
    public void undo() {
        if (deletedPlan.get() != null) {
            Plan restored = deletedPlan.get();
            deletedPlan.set(null);
            updateUndo();
            executor.submit(progress -> plans.create(restored), id -> {
                status.set(messages.get("status.restored", restored.title()));
                refreshPlans(id);
            }, this::fail);
            return;
        }
        if (editor.get() != null) {
            editor.get().undo().ifPresent(status::set);
        }
    }

    public void redo() {
        if (editor.get() != null) {
            editor.get().redo().ifPresent(status::set);
        }
    }

    public void newPlan(String title) {
        newPlan(title, org.kaname.service.PlanStart.empty());
    }

    /**
     * A new plan for the five fiscal years from next year, empty or with criteria to start from (the standard five,
     * or another plan's); it is opened once stored.
     */
    public void newPlan(String title, org.kaname.service.PlanStart start) {
        int fy = fiscalYearOf(LocalDate.now());
        Plan plan = Plan.empty(title.isBlank() ? messages.get("plan.untitled") : title.strip(),
                new FiscalYears(fy + 1, fy + 5));
        executor.submit(progress -> plans.create(plan, start), this::refreshPlans, this::fail);
    }

    /** 年度 starts in April: January–March belong to the previous fiscal year. */
    static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    public void duplicateSelected() {
        PlanEditor e = editor.get();
        if (e == null) {
            return;
        }
        Plan copy = RenamePlan.copyTitled(e.plan(), messages.get("plan.copyOf", e.plan().title()));
        executor.submit(progress -> plans.create(copy), this::refreshPlans, this::fail);
    }

    public void renameSelected(String title) {
        if (title == null || title.isBlank()) {
            status.set(messages.get("plan.titleRequired"));
            return;
        }
        apply(new RenamePlan(title));
    }

    /** Deletes the selected plan after confirmation; it can be restored with undo until the next edit. */
    public void deleteSelected() {
        PlanEditor e = editor.get();
        if (e == null || !dialogs.confirm(messages.get("delete.title"),
                messages.get("delete.message", e.plan().title()))) {
            return;
        }
        Plan gone = e.plan();
        long id = e.planId();
        executor.submit(progress -> {
            plans.delete(id);
            return id;
        }, deleted -> {
            closeEditor();
            editor.set(null);
            selectedPlan.set(null);
            deletedPlan.set(gone);
            updateUndo();
            status.set(messages.get("status.deleted", gone.title()));
            refreshPlans();
        }, this::fail);
    }

    public void importPlan(Path file) {
        busy.set(true);
        executor.submit(progress -> plans.importPlan(file), id -> {
            busy.set(false);
            status.set(messages.get("status.imported", file.getFileName()));
            refreshPlans(id);
        }, error -> {
            busy.set(false);
            if (error instanceof InvalidPlanException invalid) {
                dialogs.showError(messages.get("import.failedTitle"), invalid.getMessage());
                status.set(messages.get("import.failedTitle"));
            } else {
                fail(error);
            }
        });
    }

    public void exportPlan(Path file) {
        PlanEditor e = editor.get();
        if (e == null) {
            return;
        }
        executor.submit(progress -> {
            plans.exportPlan(e.planId(), file);
            return file;
        }, f -> status.set(messages.get("status.exported", f.getFileName())), this::fail);
    }

    /** Writes the open plan's ranking, roadmap or workbook for Excel, off the FX thread. */
    public void exportForExcel(org.kaname.service.ExportService.Kind kind, Path file) {
        PlanEditor e = editor.get();
        if (e == null) {
            return;
        }
        Plan plan = e.plan();
        executor.submit(progress -> {
            new org.kaname.service.ExportService(new org.kaname.engine.RankingService()).export(plan, kind, file,
                    locale);
            return file;
        }, f -> status.set(messages.get("status.exported", f.getFileName())), this::fail);
    }

    /**
     * The 年度 the 評価シート are first offered for: the latest year in which any indicator has an actual, else the
     * plan's first year; empty without an open plan.
     */
    public java.util.OptionalInt evaluationYearDefault() {
        PlanEditor e = editor.get();
        if (e == null || e.plan().fiscalYears() == null) {
            return java.util.OptionalInt.empty();
        }
        Plan plan = e.plan();
        java.util.OptionalInt latest = org.kaname.engine.evaluation.IndicatorResults.indicators(plan).stream()
                .flatMap(o -> o.indicator().actuals().stream()).mapToInt(org.kaname.model.IndicatorActual::year)
                .filter(y -> plan.fiscalYears().contains(y)).max();
        return latest.isPresent() ? latest : java.util.OptionalInt.of(plan.fiscalYears().start());
    }

    /**
     * The 年度 typed for the 評価シート ("2027", "２０２７", "2027年度"), when it is one of the plan's years; otherwise
     * says which years are allowed and gives nothing.
     */
    public java.util.OptionalInt evaluationYear(String typed) {
        PlanEditor e = editor.get();
        if (e == null || e.plan().fiscalYears() == null) {
            return java.util.OptionalInt.empty();
        }
        FiscalYears years = e.plan().fiscalYears();
        String digits = java.text.Normalizer.normalize(typed == null ? "" : typed, java.text.Normalizer.Form.NFKC)
                .strip().replaceFirst("年度$", "").strip();
        java.util.OptionalInt year = digits.matches("[0-9]{4}")
                ? java.util.OptionalInt.of(Integer.parseInt(digits)) : java.util.OptionalInt.empty();
        if (year.isPresent() && years.contains(year.getAsInt())) {
            return year;
        }
        String message = messages.get("evaluationSheets.badYear", typed == null ? "" : typed.strip(),
                FiscalYears.label(years.start(), locale), FiscalYears.label(years.end(), locale));
        status.set(message);
        dialogs.showError(messages.get("evaluationSheets.title"), message);
        return java.util.OptionalInt.empty();
    }

    private org.kaname.sheets.ActualsService actuals() {
        return new org.kaname.sheets.ActualsService(plans, locale, java.time.Clock.systemDefaultZone());
    }

    /** Writes the protected actuals workbook (one sheet per 担当課) of the default 年度 into {@code dir}. */
    public void writeActualSheets(Path dir) {
        PlanEditor e = editor.get();
        if (e == null) {
            return;
        }
        long planId = e.planId();
        executor.submit(progress -> actuals().writeSheets(planId, dir, null),
                w -> status.set(messages.get("actuals.written", w.file().getFileName(),
                        FiscalYears.label(w.year(), locale), w.indicators())), this::fail);
    }

    /**
     * Reads a filled actuals workbook or CSV; when every row is valid and something changes, asks, then stores all of
     * it as one edit (in the history, undoable). A file with any problem stores nothing and lists every problem
     * with its file, sheet, cell and reason.
     */
    public void importActuals(Path file) {
        PlanEditor e = editor.get();
        if (e == null) {
            return;
        }
        long planId = e.planId();
        executor.submit(progress -> actuals().read(planId, file), report -> {
            String title = messages.get("actuals.import.title");
            if (!report.clean()) {
                java.util.List<String> lines = report.problems().stream().limit(20)
                        .map(p -> messages.get("actuals.problem", p.file().getFileName(), p.location(), p.reason()))
                        .toList();
                String more = report.problems().size() > 20
                        ? "\n" + messages.get("actuals.problems.more", report.problems().size() - 20) : "";
                status.set(messages.get("actuals.rejected", report.problems().size()));
                dialogs.showError(title, messages.get("actuals.rejected", report.problems().size()) + "\n\n"
                        + String.join("\n", lines) + more);
                return;
            }
            long changed = actuals().changes(e.plan(), report).stream().filter(c -> !c.unchanged()).count();
            if (changed == 0) {
                status.set(messages.get("actuals.nothingChanged"));
                return;
            }
            if (dialogs.confirm(title, messages.get("actuals.confirm", file.getFileName(), changed))
                    && apply(new org.kaname.edit.SetActuals(report.entries(),
                    String.valueOf(file.getFileName())))) {
                status.set(messages.get("actuals.imported", changed));
            }
        }, this::fail);
    }

    /** Writes the 評価シート of every measure for {@code year} as one PDF, in the language of the screens. */
    public void exportEvaluationSheets(int year, Path file) {
        PlanEditor e = editor.get();
        if (e == null) {
            return;
        }
        Plan plan = e.plan();
        java.time.Instant changed = lastChange();
        org.kaname.report.ReportOptions options = org.kaname.report.ReportOptions.defaults()
                .withLanguage(org.kaname.report.ReportLanguage.of(locale));
        executor.submit(progress -> {
            new org.kaname.report.EvaluationSheetService().writeFile(plan, changed, year, java.util.List.of(), options,
                    file);
            return file;
        }, f -> status.set(messages.get("status.exported", f.getFileName())), this::fail);
    }

    private void fail(Throwable error) {
        if (error instanceof StorageFailureException failure) {
            storageFailed(failure);
            return;
        }
        if (error instanceof PlanDamagedException damaged) {
            String title = planList.stream().filter(p -> p.id() == damaged.planId()).map(PlanSummary::title)
                    .findFirst().orElse("");
            status.set(messages.get("status.planDamaged", title));
            dialogs.showError(messages.get("planDamaged.title"),
                    messages.get("planDamaged.short", title, String.valueOf(damaged.planId())));
            return;
        }
        status.set(messages.get("status.error"));
        dialogs.showError(messages.get("error.title"), String.valueOf(error.getMessage()));
    }

    public ObservableList<PlanSummary> planList() {
        return planList;
    }

    public ObjectProperty<PlanSummary> selectedPlanProperty() {
        return selectedPlan;
    }

    public ReadOnlyObjectProperty<PlanEditor> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The plan that was found damaged when it was opened (its placeholder is shown instead); null otherwise. */
    public ReadOnlyObjectProperty<PlanSummary> damagedPlanProperty() {
        return damagedPlan.getReadOnlyProperty();
    }

    /** Empty while storage works; after a failed write, what happened and that Kaname must be restarted. */
    public ReadOnlyStringProperty storageFailureProperty() {
        return storageFailure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public java.time.Instant lastChange() {
        return lastChange;
    }

    public Messages messages() {
        return messages;
    }

    public Locale locale() {
        return locale;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** Whether the open plan's history, versions and comparison can be shown (the app gives every service). */
    public boolean hasHistory() {
        return services != null;
    }

    /**
     * What the history and versions window needs for the open plan: its editor, the journal, versions and users
     * services, and this view model's executors, dialogs, language and status line. Empty without an open plan, or
     * when this view model was given the plan service alone.
     */
    public Optional<HistoryContext> historyContext() {
        PlanEditor e = editor.get();
        if (e == null || services == null) {
            return Optional.empty();
        }
        return Optional.of(new HistoryContext(e, services.history(), services.versions(), services.users(),
                executor, saver, fxThread, dialogs, locale, java.time.ZoneId.systemDefault(), this::showStatus));
    }

    /**
     * After others' changes reached the screens: puts back what the user was typing and returns the value it hid
     * (null when nothing was typed over). Set by the main view, which knows the focused field.
     */
    public void setTypingGuard(java.util.function.Supplier<String> guard) {
        this.typing = guard;
    }

    /** How a conflict is decided: the main view shows the conflict dialog; tests answer directly. */
    public void setConflictChooser(org.kaname.ui.shared.SharedSession.ConflictChooser chooser) {
        this.conflicts = chooser;
    }

    /** Where the plans live, with the user's role on the open plan when shared; for the status bar. */
    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    /** Whether the last save could not reach the server (the status bar offers 「再接続」 then). */
    public ReadOnlyBooleanProperty connectionLostProperty() {
        return connectionLost.getReadOnlyProperty();
    }

    /** Whether the plans are on a shared database server. */
    public boolean isShared() {
        return shared.isShared();
    }

    /** Shows a message in the status line (used by screens through their context). */
    public void showStatus(String message) {
        status.set(message);
    }
}
