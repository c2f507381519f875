package org.kaname.ui.history;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import org.kaname.i18n.Messages;
import org.kaname.service.HistoryService;
import org.kaname.service.PlanEditor;
import org.kaname.service.Users;
import org.kaname.service.VersionService;
import org.kaname.ui.DialogService;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.TaskExecutor;

/**
 * What the history and versions window works with: the open plan's editor, the journal, versions and users
 * services, the task executor for database work, the saver (edits are committed there, in order), the FX thread,
 * dialogs, the UI language and time zone, and the main window's status line. Built by the main view; constructor
 * injected, never global.
 *
 * @param saver    where the editor commits; waited for before reading what was stored (a version, a comparison)
 * @param fxThread hands the editor's "saved" news (from the saver's thread) back to the FX thread
 */
public record HistoryContext(PlanEditor editor, HistoryService history, VersionService versions, Users users,
                             TaskExecutor executor, Executor saver, Executor fxThread, DialogService dialogs,
                             Locale locale, ZoneId zone, ScreenContext.StatusSink status) {
    static final String BUNDLE = "org.kaname.ui.history.messages";

    public HistoryContext {
        Objects.requireNonNull(editor, "editor");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(saver, "saver");
        Objects.requireNonNull(fxThread, "fxThread");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
    }

    /** The same context with dialogs owned by another window (the history window's own). */
    public HistoryContext withDialogs(DialogService other) {
        return new HistoryContext(editor, history, versions, users, executor, saver, fxThread, other, locale, zone,
                status);
    }

    public Messages messages() {
        return Messages.of(BUNDLE, locale);
    }

    public long planId() {
        return editor.planId();
    }

    /**
     * Waits until every edit queued before now is committed, so what is read next from the database is the plan as
     * the screen shows it. Call it off the FX thread (from task work).
     */
    void awaitSaves() throws InterruptedException {
        try {
            CompletableFuture.runAsync(() -> { }, saver).get();
        } catch (ExecutionException e) {
            // The saver ran nothing of ours that could fail; a rejected task means the app is closing.
            throw new IllegalStateException(e.getCause());
        }
    }
}
