package org.kaname.ui;

import java.util.Locale;
import org.kaname.engine.RankingService;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanEditor;
import org.kaname.ui.task.TaskExecutor;

/**
 * What every screen of an open plan gets: the editor of that plan (read {@code editor.plan()}, change it with
 * {@code editor.apply(Edit)}, listen for changes), the engine facade, the task executor for long work, dialogs,
 * the UI locale and a status sink. Built by the workspace; constructor-injected, never global.
 */
public record ScreenContext(PlanEditor editor, RankingService ranking, TaskExecutor executor, DialogService dialogs,
                            Locale locale, StatusSink status) {
    /** Where screens report short messages for the status bar (e.g. why an edit was refused). */
    @FunctionalInterface
    public interface StatusSink {
        void show(String message);
    }

    /** A screen's own bundle, e.g. {@code messages("org.kaname.ui.scoring.messages")}. */
    public Messages messages(String bundle) {
        return Messages.of(bundle, locale);
    }
}
