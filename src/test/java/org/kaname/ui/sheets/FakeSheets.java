package org.kaname.ui.sheets;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kaname.model.Rater;

/** Choosers and dialogs for tests: answer as told, record what was shown. */
final class FakeSheets implements SheetFiles, SheetsUi {
    final Deque<Path> folders = new ArrayDeque<>();
    final Deque<List<Path>> fileChoices = new ArrayDeque<>();
    Path jsonToOpen;
    Path jsonToSave;
    String proposedJsonName;
    Function<ExportModel, Optional<ExportRequest>> export = m -> m.request();
    final Deque<CollectDecision> decisions = new ArrayDeque<>();
    final List<CollectModel> reviewed = new ArrayList<>();
    String raterId;
    final List<String> infos = new ArrayList<>();
    int busyOpened;
    int busyClosed;
    final List<Double> progress = new ArrayList<>();
    /** The stop button of the last busy window. */
    Runnable stop;

    @Override
    public Optional<Path> folder(String title) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public List<Path> scoreFiles(String title) {
        List<Path> next = fileChoices.poll();
        return next == null ? List.of() : next;
    }

    @Override
    public Optional<Path> openJson(String title) {
        return Optional.ofNullable(jsonToOpen);
    }

    @Override
    public Optional<Path> saveJson(String title, String proposedName) {
        proposedJsonName = proposedName;
        return Optional.ofNullable(jsonToSave);
    }

    @Override
    public Optional<ExportRequest> chooseExport(ExportModel model) {
        return export.apply(model);
    }

    @Override
    public CollectDecision review(CollectModel model) {
        reviewed.add(model);
        CollectDecision d = decisions.poll();
        return d == null ? CollectDecision.CANCEL : d;
    }

    @Override
    public Optional<Rater> chooseRater(List<Rater> raters) {
        return raters.stream().filter(r -> r.id().equals(raterId)).findFirst();
    }

    @Override
    public void inform(String title, String message) {
        infos.add(message);
    }

    @Override
    public Busy busy(String title) {
        busyOpened++;
        return new Busy() {
            @Override
            public void progress(double fraction) {
                progress.add(fraction);
            }

            @Override
            public void onCancel(Runnable cancel) {
                stop = cancel;
            }

            @Override
            public void close() {
                busyClosed++;
            }
        };
    }
}
