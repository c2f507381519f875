package org.kaname.ui.sheets;

import java.util.List;
import java.util.Optional;
import org.kaname.model.Rater;

/** The dialogs of the score-sheet actions, so the flows can be tested without a screen. */
interface SheetsUi {
    /** A running task's window: progress and a cancel button. */
    interface Busy {
        void progress(double fraction);

        void onCancel(Runnable cancel);

        void close();
    }

    Optional<ExportRequest> chooseExport(ExportModel model);

    CollectDecision review(CollectModel model);

    Optional<Rater> chooseRater(List<Rater> raters);

    void inform(String title, String message);

    Busy busy(String title);
}
