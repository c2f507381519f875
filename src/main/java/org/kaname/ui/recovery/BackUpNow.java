package org.kaname.ui.recovery;

import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.StorageFailureException;
import org.kaname.ui.DialogService;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.TaskExecutor;

/** 「今すぐバックアップ」: writes a verified backup of every plan on the task executor and says which file it wrote. */
public final class BackUpNow {
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ScreenContext.StatusSink status;

    public BackUpNow(TaskExecutor executor, DialogService dialogs, Messages messages, ScreenContext.StatusSink status) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.status = status;
    }

    public void run(Services services) {
        status.show(messages.get("backup.running"));
        executor.submit(progress -> services.backUp(null), made -> {
            status.show(messages.get("backup.done.status", made.name()));
            dialogs.inform(messages.get("backup.done.title"),
                    messages.get("backup.done", made.path(), BackupRow.size(made.size())));
        }, error -> {
            String cause = error instanceof StorageFailureException ? StorageFailureCause.describe(error, messages)
                    : StorageFailureCause.rootMessage(error);
            status.show(messages.get("backup.failed.title"));
            dialogs.showError(messages.get("backup.failed.title"), messages.get("backup.failed", cause));
        });
    }
}
