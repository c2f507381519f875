package org.kaname.ui.sheets;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.kaname.service.PlanEditor;
import org.kaname.sheets.CollectionReport;
import org.kaname.ui.task.TaskExecutor;

/** Collection reports from really written and filled sheets of the sample plan, for the dialog's tests. */
final class SampleReports {
    static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    private SampleReports() {
    }

    /** r1's sheet with G4 (S1-1 × speed) 8, outside 1–5, and G7 the text 高い; r2's sheet filled cleanly. */
    static CollectionReport withProblems(PlanEditor editor, Path dir, Locale locale) throws Exception {
        SheetsWork work = new SheetsWork(locale);
        List<Path> files = work.writeSheets(editor.plan(), editor.planId(), editor.plan().raters().subList(0, 2), dir,
                NOW, NO_PROGRESS);
        Workbooks.edit(files.get(0), wb -> {
            Workbooks.cell(wb.getSheetAt(0), "G4").setCellValue(8);
            Workbooks.cell(wb.getSheetAt(0), "G7").setCellValue("高い");
        });
        return work.preview(editor.plan(), editor.planId(), files, NOW);
    }

    static CollectionReport clean(PlanEditor editor, Path dir, Locale locale) throws Exception {
        SheetsWork work = new SheetsWork(locale);
        List<Path> files = work.writeSheets(editor.plan(), editor.planId(), editor.plan().raters().subList(0, 1), dir,
                NOW, NO_PROGRESS);
        return work.preview(editor.plan(), editor.planId(), files, NOW);
    }

    static final TaskExecutor.Progress NO_PROGRESS = new TaskExecutor.Progress() {
        @Override
        public void update(double fraction) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
