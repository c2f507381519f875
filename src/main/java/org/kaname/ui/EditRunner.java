package org.kaname.ui;

import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kaname.edit.Edit;
import org.kaname.edit.EditRefusedException;
import org.kaname.engine.EngineException;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way screens change the open plan: applies a named {@link Edit} and turns a refusal into a message in the
 * user's language ({@link org.kaname.edit.EditTexts#refusal}), for the view to show at the field, and — when the
 * runner has a status sink — in the status line. The last refusal is also a property, for screens that bind it. The
 * engine's own exceptions are in English: should one escape an edit, it is logged and the person sees a general
 * refusal in their language, never the engine's words.
 */
public final class EditRunner {
    private static final Logger LOG = LoggerFactory.getLogger(EditRunner.class);
    private final PlanEditor editor;
    private final ScreenContext.StatusSink status;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** A runner whose refusals are returned (and kept in {@link #errorProperty()}) but not shown elsewhere. */
    public EditRunner(PlanEditor editor) {
        this(editor, message -> {
        });
    }

    /** A runner that also shows each refusal in {@code status}. */
    public EditRunner(PlanEditor editor, ScreenContext.StatusSink status) {
        this.editor = editor;
        this.status = status;
    }

    public PlanEditor editor() {
        return editor;
    }

    public Plan plan() {
        return editor.plan();
    }

    /** The last refusal's message; empty after an edit was applied. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Empty when applied (or when it changed nothing), else why not, in the user's language (also shown). */
    public Optional<String> apply(Edit edit) {
        String message;
        try {
            editor.apply(edit);
            error.set("");
            return Optional.empty();
        } catch (EditRefusedException e) {
            message = editor.texts().refusal(e);
            if (e.getCause() != null) {
                LOG.info("Edit {} {} refused: {}", edit.kind(), edit.arguments(), e.getMessage(), e.getCause());
            }
        } catch (EngineException e) {
            LOG.warn("Edit {} {} refused by the engine", edit.kind(), edit.arguments(), e);
            message = editor.texts().refusal(new EditRefusedException("unexpected"));
        }
        error.set(message);
        status.show(message);
        return Optional.of(message);
    }

    /** As {@link #apply}: true when applied (or nothing to change), false when refused (the reason shown). */
    public boolean applied(Edit edit) {
        return apply(edit).isEmpty();
    }
}
