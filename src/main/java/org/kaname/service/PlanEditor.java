package org.kaname.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.kaname.io.PlanIssue;
import org.kaname.io.PlanValidator;
import org.kaname.model.Plan;

/**
 * The open plan while the user edits it. Every edit is validated, applied to the in-memory plan at once and saved
 * as one transaction on the {@code saver} executor (a background thread in the app, the calling thread in tests), so
 * nothing is ever unsaved and the screen never waits for the disk. Undo and redo restore whole plan snapshots and
 * are saved the same way. Not thread-safe: call it from one thread (the FX thread in the app).
 */
public final class PlanEditor {
    /** What listeners hear about. */
    public interface Listener {
        /** The plan changed (edit, undo or redo); called on the editing thread. */
        void planChanged(Plan plan);

        /** A save finished: {@code error} is empty when it was stored. Called on the saver's thread. */
        default void saved(Optional<Throwable> error) {
        }
    }

    private static final int UNDO_LIMIT = 200;

    private final PlanService service;
    private final long planId;
    private final PlanValidator validator;
    private final Executor saver;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicReference<Plan> pendingSave = new AtomicReference<>();
    /** The plan as the database holds it: what was opened, then each snapshot saved; read and written by the saver. */
    private final AtomicReference<Plan> stored = new AtomicReference<>();
    private Plan plan;

    private record Step(String description, Plan before, Plan after) {
    }

    public PlanEditor(PlanService service, long planId, Plan plan, PlanValidator validator, Executor saver) {
        this.service = service;
        this.planId = planId;
        this.plan = plan;
        this.stored.set(plan);
        this.validator = validator;
        this.saver = saver;
    }

    public long planId() {
        return planId;
    }

    public Plan plan() {
        return plan;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Applies and saves {@code edit}; an edit that would make the plan invalid changes nothing. */
    public void apply(PlanEdit edit) throws InvalidEditException {
        Plan after = edit.applyTo(plan);
        if (after.equals(plan)) {
            return;
        }
        List<PlanIssue> issues = validator.validate(after);
        if (!issues.isEmpty()) {
            throw new InvalidEditException(issues);
        }
        undo.push(new Step(edit.description(), plan, after));
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        change(after);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Step::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Step::description);
    }

    public void undo() {
        if (!undo.isEmpty()) {
            Step step = undo.pop();
            redo.push(step);
            change(step.before());
        }
    }

    public void redo() {
        if (!redo.isEmpty()) {
            Step step = redo.pop();
            undo.push(step);
            change(step.after());
        }
    }

    private void change(Plan next) {
        plan = next;
        for (Listener l : listeners) {
            l.planChanged(next);
        }
        save(next);
    }

    /**
     * Queues a save of {@code snapshot}. Saves replace the whole plan, so when several are queued only the newest
     * needs writing: older snapshots are skipped, never written after a newer one.
     */
    private void save(Plan snapshot) {
        pendingSave.set(snapshot);
        saver.execute(() -> {
            Plan latest = pendingSave.getAndSet(null);
            if (latest == null) {
                return;
            }
            Optional<Throwable> error;
            try {
                service.save(planId, stored.get(), latest);
                stored.set(latest);
                error = Optional.empty();
            } catch (Exception | Error e) {
                error = Optional.of(e);
            }
            for (Listener l : listeners) {
                l.saved(error);
            }
        });
    }
}
