package org.kaname.ui.sheets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.stage.Window;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.edit.Cell;
import org.kaname.edit.CollectScores;
import org.kaname.model.Score;
import org.kaname.service.PlanEditor;
import org.kaname.sheets.CollectionReport;
import org.kaname.sheets.ScoreMerge;
import org.kaname.sheets.ScoreSheetWriter;
import org.kaname.sheets.SheetException;
import org.kaname.ui.DialogService;
import org.kaname.ui.EditRunner;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.TaskExecutor;

/**
 * Score sheets out and back from the app's File menu, on the open plan: write sheets for raters or a department,
 * collect filled sheets (files or a folder) and score files, and export one rater's scores as a score file. Reading
 * and writing run on the task executor; nothing collected is stored before the planner has seen the report and
 * chosen, and what is stored goes through the plan's editor as one edit — one undo step, saved like any edit, and
 * every open screen refreshes.
 */
public final class ScoreSheetActions {
    private final PlanEditor editor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Locale locale;
    private final ScreenContext.StatusSink status;
    private final SheetFiles files;
    private final SheetsUi ui;
    private final Clock clock;
    private final Messages messages;
    private final SheetsWork work;

    /** For the main window: choosers and dialogs owned by {@code owner}. */
    public ScoreSheetActions(Window owner, PlanEditor editor, TaskExecutor executor, DialogService dialogs,
                             Locale locale, ScreenContext.StatusSink status) {
        this(editor, executor, dialogs, locale, status, new FxSheetFiles(owner, locale), new FxSheetsUi(owner, locale),
                Clock.systemUTC());
    }

    /** For a screen of the open plan. */
    public ScoreSheetActions(Window owner, ScreenContext context) {
        this(owner, context.editor(), context.executor(), context.dialogs(), context.locale(), context.status());
    }

    ScoreSheetActions(PlanEditor editor, TaskExecutor executor, DialogService dialogs, Locale locale,
                      ScreenContext.StatusSink status, SheetFiles files, SheetsUi ui, Clock clock) {
        this.editor = editor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.locale = locale;
        this.status = status;
        this.files = files;
        this.ui = ui;
        this.clock = clock;
        this.messages = Messages.of(SheetsTexts.BUNDLE, locale);
        this.work = new SheetsWork(locale);
    }

    /** 採点表を作成: raters and layout, then a folder; the workbooks are written in the background. */
    public void exportSheets() {
        String title = messages.get("export.title");
        Plan plan = editor.plan();
        if (!scorable(plan, title)) {
            return;
        }
        if (!ScoreSheetWriter.fits(plan)) {
            // The command line refuses it the same way (exit 3); a worksheet holds at most 1,048,576 rows.
            dialogs.showError(title, work.tooManyRows(plan));
            return;
        }
        Optional<ExportRequest> chosen = ui.chooseExport(new ExportModel(plan.raters(), messages));
        if (chosen.isEmpty()) {
            return;
        }
        ExportRequest request = chosen.get();
        Optional<Path> folder = files.folder(messages.get("export.folder"));
        if (folder.isEmpty()) {
            return;
        }
        Path dir = folder.get();
        List<Path> targets = request.mode() == ExportRequest.Mode.PER_RATER
                ? request.raters().stream().map(r -> dir.resolve(work.sheetFileName(r))).toList()
                : List.of(dir.resolve(work.workbookFileName(request.department())));
        List<String> existing = targets.stream().filter(Files::exists).map(p -> p.getFileName().toString()).toList();
        if (!existing.isEmpty() && !dialogs.confirm(title,
                messages.get("export.overwrite", String.join(System.lineSeparator(), existing)))) {
            return;
        }
        long planId = editor.planId();
        Instant now = clock.instant();
        run(title, progress -> request.mode() == ExportRequest.Mode.PER_RATER
                        ? work.writeSheets(plan, planId, request.raters(), dir, now, progress)
                        : List.of(work.writeWorkbook(plan, planId, request.raters(), dir, request.department(), now)),
                written -> {
                    ui.inform(title, messages.get("export.done", written.size(), dir, names(written)));
                    status.show(messages.get("export.status", written.size(), dir));
                });
    }

    /** 採点表を回収（ファイル）: choose sheets and score files, see the report, then choose what to store. */
    public void collectSheets() {
        List<Path> chosen = files.scoreFiles(messages.get("collect.chooseFiles"));
        if (!chosen.isEmpty()) {
            collect(chosen, messages.get("collect.title"));
        }
    }

    /** 採点表を回収（フォルダ）: every .xlsx and .json directly in a folder. */
    public void collectFolder() {
        files.folder(messages.get("collect.chooseFolder")).ifPresent(d -> collect(List.of(d),
                messages.get("collect.title")));
    }

    /** 評点ファイルを書き出す: one rater's scores as a score file (JSON) for a PC that has Kaname. */
    public void exportScoresJson() {
        String title = messages.get("json.export.title");
        Plan plan = editor.plan();
        if (!scorable(plan, title)) {
            return;
        }
        Optional<Rater> rater = ui.chooseRater(plan.raters());
        if (rater.isEmpty()) {
            return;
        }
        Optional<Path> file = files.saveJson(title, work.scoreFileName(rater.get()));
        if (file.isEmpty()) {
            return;
        }
        long planId = editor.planId();
        Instant now = clock.instant();
        run(title, progress -> work.exportScores(plan, planId, rater.get(), file.get(), now), count -> {
            ui.inform(title, messages.get("json.export.done", rater.get().name(), count, file.get()));
            status.show(messages.get("json.export.status", file.get().getFileName()));
        });
    }

    /** 評点ファイルを取り込む: the same report and choice as collecting sheets. */
    public void importScoresJson() {
        files.openJson(messages.get("json.import.choose")).ifPresent(f -> collect(List.of(f),
                messages.get("json.import.title")));
    }

    private void collect(List<Path> paths, String title) {
        Plan plan = editor.plan();
        long planId = editor.planId();
        Instant now = clock.instant();
        run(title, progress -> work.preview(plan, planId, paths, now), report -> review(report, title));
    }

    private void review(CollectionReport report, String title) {
        CollectModel model = new CollectModel(report, locale);
        CollectDecision decision = ui.review(model);
        boolean allowed = decision == CollectDecision.IMPORT_ALL && model.canImportAll()
                || decision == CollectDecision.IMPORT_VALID && model.canImportValid();
        if (!allowed) {
            status.show(messages.get("collect.cancelled"));
            return;
        }
        store(report, decision == CollectDecision.IMPORT_VALID, title)
                .ifPresent(result -> {
                    String done = messages.get("collect.done", result.added(), result.changed(), result.removed(),
                            result.unchanged());
                    status.show(done);
                    ui.inform(title, done + System.lineSeparator() + messages.get("collect.undoHint"));
                });
    }

    /** Stores the chosen rows as one edit of the open plan; empty (and the reason shown) if refused. */
    Optional<ScoreMerge.Result> store(CollectionReport report, boolean acceptPartial, String title) {
        Instant now = clock.instant();
        ScoreMerge.Result result;
        try {
            result = SheetsWork.merge(editor.plan(), report, acceptPartial, now, messages.get("collect.planChanged"));
        } catch (SheetException e) {
            dialogs.showError(title, e.getMessage());
            return Optional.empty();
        }
        // The same rows the merge counted, as one edit named by the sheets it came from.
        List<CollectScores.Entry> entries = SheetsWork.rows(report, acceptPartial).stream()
                .map(e -> e.empty() ? CollectScores.Entry.emptied(new Cell(e.measure(), e.criterion(), e.rater()))
                        : CollectScores.Entry.filled(new Score(e.measure(), e.criterion(), e.rater(), e.value(),
                        e.note(), now)))
                .toList();
        List<String> files = report.files().stream().filter(f -> !f.storedRows(acceptPartial).isEmpty())
                .map(f -> String.valueOf(f.file().getFileName())).toList();
        Optional<String> refused = new EditRunner(editor).apply(new CollectScores(files, entries));
        if (refused.isPresent()) {
            dialogs.showError(title, refused.get());
            return Optional.empty();
        }
        return Optional.of(result);
    }

    private boolean scorable(Plan plan, String title) {
        if (plan.measures().isEmpty() || plan.criteria().isEmpty()) {
            dialogs.showError(title, messages.get("error.noMeasures"));
            return false;
        }
        if (plan.raters().isEmpty()) {
            dialogs.showError(title, messages.get("error.noRaters"));
            return false;
        }
        return true;
    }

    private <T> void run(String title, TaskExecutor.Work<T> task, java.util.function.Consumer<T> then) {
        SheetsUi.Busy busy = ui.busy(title);
        boolean[] cancelled = {false};
        TaskExecutor.Handle handle = executor.submit(task, result -> {
            busy.close();
            then.accept(result);
        }, error -> {
            busy.close();
            // Stopping may interrupt file access; that is what the planner asked for, not an error to show.
            if (!cancelled[0]) {
                failed(title, error);
            }
        }, busy::progress);
        busy.onCancel(() -> {
            cancelled[0] = true;
            handle.cancel();
            busy.close();
            status.show(messages.get("busy.cancelled"));
        });
    }

    private void failed(String title, Throwable error) {
        if (error instanceof SheetException || error instanceof java.io.IOException) {
            dialogs.showError(title, messages.get("error.failed", error.getMessage()));
        } else {
            java.io.StringWriter trace = new java.io.StringWriter();
            error.printStackTrace(new java.io.PrintWriter(trace));
            dialogs.showUnexpected(title, messages.get("error.unexpected", String.valueOf(error.getMessage())),
                    trace.toString());
        }
    }

    private static String names(List<Path> written) {
        return written.stream().map(p -> "・" + p.getFileName()).collect(Collectors.joining(System.lineSeparator()));
    }
}
