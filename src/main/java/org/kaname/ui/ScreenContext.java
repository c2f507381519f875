package org.kaname.ui;

import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.kaname.engine.RankingService;
import org.kaname.i18n.Messages;
import org.kaname.service.PlanEditor;
import org.kaname.ui.task.TaskExecutor;

/**
 * What every screen of an open plan gets: the editor of that plan (read {@code editor.plan()}, change it with
 * {@code editor.apply(Edit)}, listen for changes), the engine facade, the task executor for long work, dialogs,
 * the UI locale, a status sink, and whether the screen is shown now: a screen that is not shown does no plan-wide
 * work when the plan changes, it recomputes once when it is shown again ({@link Freshness}). Built by the workspace,
 * one per screen; constructor-injected, never global.
 */
public record ScreenContext(PlanEditor editor, RankingService ranking, TaskExecutor executor, DialogService dialogs,
                            Locale locale, StatusSink status, ObservableBooleanValue shown) {
    /** A context whose screen counts as always shown (tests, and screens outside the workspace). */
    public ScreenContext(PlanEditor editor, RankingService ranking, TaskExecutor executor, DialogService dialogs,
                         Locale locale, StatusSink status) {
        this(editor, ranking, executor, dialogs, locale, status, ALWAYS_SHOWN);
    }

    /** Shown, for good. */
    public static final ObservableBooleanValue ALWAYS_SHOWN = new ReadOnlyBooleanWrapper(true).getReadOnlyProperty();

    /** Where screens report short messages for the status bar (e.g. why an edit was refused). */
    @FunctionalInterface
    public interface StatusSink {
        void show(String message);
    }

    /** The same context for a screen whose visibility is {@code screenShown}. */
    public ScreenContext shownWhile(ObservableBooleanValue screenShown) {
        return new ScreenContext(editor, ranking, executor, dialogs, locale, status, screenShown);
    }

    /** A screen's own bundle, e.g. {@code messages("org.kaname.ui.scoring.messages")}. */
    public Messages messages(String bundle) {
        return Messages.of(bundle, locale);
    }
}
