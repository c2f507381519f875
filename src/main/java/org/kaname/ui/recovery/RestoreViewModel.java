package org.kaname.ui.recovery;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.BackupFile;
import org.kaname.store.BackupPolicy;
import org.kaname.store.Restore;
import org.kaname.store.StorageUnavailableException;
import org.kaname.ui.DialogService;
import org.kaname.ui.task.TaskExecutor;

/**
 * The restore dialog's state: what happened (damaged file, damaged plan, or a request), the backups newest first with
 * the newest selected, and the restore itself, which runs on the task executor (closing, restoring and reopening the
 * data folder is the {@link Restorer}'s job). After a restore the dialog says where the previous file was kept.
 */
public final class RestoreViewModel {
    /** Where the dialog stands. */
    public enum State { CHOOSING, RESTORING, DONE, FAILED }

    /** Puts {@code backup} back and opens the data folder again; runs off the FX thread. */
    @FunctionalInterface
    public interface Restorer {
        Restored restore(BackupFile backup) throws Exception;
    }

    /** What a restore did, and the data folder opened again. */
    public record Restored(Restore.Result result, Services services) {
    }

    private final Situation situation;
    private final Messages messages;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Restorer restorer;
    private final Consumer<Restored> onRestored;
    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CHOOSING);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper closeText = new ReadOnlyStringWrapper();

    /**
     * @param onRestored called on the FX thread once the backup is back and the data folder open again
     */
    public RestoreViewModel(Situation situation, List<BackupFile> found, Messages messages, ZoneId zone,
                            TaskExecutor executor, DialogService dialogs, Restorer restorer,
                            Consumer<Restored> onRestored) {
        this.situation = situation;
        this.messages = messages;
        this.executor = executor;
        this.dialogs = dialogs;
        this.restorer = restorer;
        this.onRestored = onRestored;
        found.forEach(b -> backups.add(BackupRow.of(b, messages, zone)));
        selected.set(backups.isEmpty() ? null : backups.get(0));
        closeText.set(messages.get(situation.kind() == Situation.Kind.DAMAGED_DATABASE ? "restore.quit"
                : "restore.cancel"));
    }

    public Situation.Kind kind() {
        return situation.kind();
    }

    public String title() {
        return messages.get(switch (situation.kind()) {
            case DAMAGED_DATABASE -> "restore.title.damagedDatabase";
            case DAMAGED_PLAN -> "restore.title.damagedPlan";
            case ON_REQUEST -> "restore.title";
        });
    }

    public String headline() {
        return switch (situation.kind()) {
            case DAMAGED_DATABASE -> messages.get("restore.headline.damagedDatabase");
            case DAMAGED_PLAN -> messages.get("restore.headline.damagedPlan", situation.subject(), situation.detail());
            case ON_REQUEST -> messages.get("restore.headline.request");
        };
    }

    /** The facts under the headline: which file, that nothing was written to it; or that the other plans are fine. */
    public String facts() {
        return switch (situation.kind()) {
            case DAMAGED_DATABASE -> messages.get("restore.facts.damagedDatabase", situation.subject());
            case DAMAGED_PLAN -> messages.get("restore.facts.damagedPlan");
            case ON_REQUEST -> messages.get("restore.facts.request", situation.dataDirectory());
        };
    }

    /** What the check found, for support (technical, in English); empty unless the database file is damaged. */
    public String technicalDetail() {
        return situation.kind() == Situation.Kind.DAMAGED_DATABASE && !situation.detail().isBlank()
                ? messages.get("restore.technical", situation.detail()) : "";
    }

    /** What a restore does to all plans; empty when there is nothing to restore from. */
    public String note() {
        if (backups.isEmpty()) {
            return "";
        }
        String note = messages.get("restore.note");
        return situation.kind() == Situation.Kind.DAMAGED_PLAN
                ? String.join("\n", note, messages.get("restore.note.otherPlans"), messages.get("restore.note.older"))
                : note;
    }

    /** Said plainly when there is no backup: what was kept and what to do instead. */
    public String noBackups() {
        return switch (situation.kind()) {
            case DAMAGED_DATABASE -> messages.get("restore.none.damagedDatabase",
                    situation.dataDirectory().resolve("backups"), situation.dataDirectory());
            case DAMAGED_PLAN -> messages.get("restore.none.damagedPlan");
            case ON_REQUEST -> messages.get("restore.none.request",
                    String.valueOf(BackupPolicy.APP.editingInterval().toMinutes()));
        };
    }

    public boolean hasBackups() {
        return !backups.isEmpty();
    }

    public ObservableList<BackupRow> backups() {
        return backups;
    }

    public ObjectProperty<BackupRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "復元しています…", what was restored and where the old file is, or why it failed. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** 「終了」 at start, 「キャンセル」 otherwise, 「閉じる」 once restored. */
    public ReadOnlyStringProperty closeTextProperty() {
        return closeText.getReadOnlyProperty();
    }

    public BooleanBinding canRestore() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && (state.get() == State.CHOOSING || state.get() == State.FAILED), selected, state);
    }

    /** The window may close (and the app quit) at any time except while a restore runs. */
    public boolean canClose() {
        return state.get() != State.RESTORING;
    }

    public boolean restored() {
        return state.get() == State.DONE;
    }

    /**
     * Restores the selected backup. While Kaname is running, asks first: every plan goes back to that moment. At
     * start, with a damaged file, there is nothing newer to lose, so it goes ahead.
     */
    public void restore() {
        BackupRow row = selected.get();
        if (row == null || !canRestore().get()) {
            return;
        }
        String label = row.label(messages);
        if (situation.kind() != Situation.Kind.DAMAGED_DATABASE && !dialogs.ask(messages.get("restore.title"),
                messages.get("restore.confirm", label), messages.get("restore.confirm.yes"),
                messages.get("restore.cancel"))) {
            return;
        }
        state.set(State.RESTORING);
        outcome.set(messages.get("restore.running", label));
        executor.submit(progress -> restorer.restore(row.file()), done -> {
            state.set(State.DONE);
            Restore.Result r = done.result();
            outcome.set(r.previousKeptAt() == null ? messages.get("restore.done.noPrevious", label)
                    : messages.get("restore.done", label, r.previousKeptAt()));
            closeText.set(messages.get("restore.close"));
            onRestored.accept(done);
        }, error -> {
            state.set(State.FAILED);
            outcome.set(messages.get("restore.failed", error instanceof StorageUnavailableException
                    ? StorageTexts.unavailable(messages, error) : StorageFailureCause.rootMessage(error)));
        });
    }
}
