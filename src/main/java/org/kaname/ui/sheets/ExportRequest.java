package org.kaname.ui.sheets;

import java.util.List;
import org.kaname.model.Rater;

/** What to write: for which raters, and either one workbook per rater or one workbook for a department. */
public record ExportRequest(List<Rater> raters, Mode mode, String department) {
    public enum Mode { PER_RATER, DEPARTMENT }

    public ExportRequest {
        raters = List.copyOf(raters);
        department = department == null ? "" : department.strip();
    }
}
