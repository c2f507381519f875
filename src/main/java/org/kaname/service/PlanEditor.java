package org.kaname.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kaname.edit.Change;
import org.kaname.edit.Edit;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.EditTarget;
import org.kaname.edit.EditTexts;
import org.kaname.model.Plan;
import org.kaname.store.ActionHead;
import org.kaname.store.JournalRecord;

/**
 * The open plan while the user edits it: the one editor through which the app changes a plan. Every edit resolves
 * into a {@link Change}, which is made to the in-memory plan at once and committed, with its journal entry, on the
 * {@code saver} executor (one background thread in the app, the calling thread in tests), in order, so the screen
 * never waits for the disk. A change of score cells is checked by the edit itself; a change of other parts is checked
 * against the whole plan. Undo and redo are journaled edits too, and their stacks are rebuilt from the journal when a
 * plan is opened, so they work across restarts. Not thread-safe: call it from one thread (the FX thread in the app).
 */
public final class PlanEditor {
    /** What listeners hear about. */
    public interface Listener {
        /** The plan changed (edit, undo or redo); called on the editing thread. */
        void planChanged(Plan plan);

        /** A commit finished: {@code error} is empty when it was stored. Called on the saver's thread. */
        default void saved(Optional<Throwable> error) {
        }
    }

    private static final int UNDO_LIMIT = 200;
    /** Actions that cannot be undone: a plan's start, and versions (which are never changed). */
    private static final Set<String> NOT_UNDOABLE = Set.of("import", "create", "migrated", "snapshot");

    private final PlanService service;
    private final long planId;
    private final Executor saver;
    private final EditTexts texts;
    private final Deque<Action> undo = new ArrayDeque<>();
    private final Deque<Action> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Plan plan;

    /**
     * A committed or queued user action. {@code seq} is its journal seq, set by the saver once committed (commits run
     * in order, so an undo queued after it reads it set). The change is loaded from the journal when it was made in
     * an earlier session.
     */
    private static final class Action {
        final String description;
        final AtomicLong seq;
        private Supplier<Change> source;
        private Change change;

        Action(String description, long seq, Change change, Supplier<Change> source) {
            this.description = description;
            this.seq = new AtomicLong(seq);
            this.change = change;
            this.source = source;
        }

        Change change() {
            if (change == null) {
                change = source.get();
                source = null;
            }
            return change;
        }
    }

    public PlanEditor(PlanService service, long planId, Plan plan, Executor saver, Locale locale) {
        this.service = service;
        this.planId = planId;
        this.plan = plan;
        this.saver = saver;
        this.texts = EditTexts.of(locale);
        rebuildStacks(service.journal().actions(planId));
    }

    /** The undo and redo stacks as the journal left them: undo pops, redo pushes back, a new edit clears redo. */
    private void rebuildStacks(List<ActionHead> actions) {
        for (ActionHead a : actions) {
            switch (a.kind()) {
                case "undo" -> move(a.refersTo(), undo, redo);
                case "redo" -> move(a.refersTo(), redo, undo);
                default -> {
                    if (!NOT_UNDOABLE.contains(a.kind())) {
                        long seq = a.seq();
                        push(new Action(texts.describe(a.kind(), a.arguments()), seq, null,
                                () -> service.journal().change(planId, seq, true)));
                        redo.clear();
                    }
                }
            }
        }
    }

    private static void move(Long seq, Deque<Action> from, Deque<Action> to) {
        for (Iterator<Action> it = from.iterator(); it.hasNext(); ) {
            Action a = it.next();
            if (seq != null && a.seq.get() == seq) {
                it.remove();
                to.push(a);
                return;
            }
        }
    }

    private void push(Action action) {
        undo.push(action);
        while (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
    }

    public long planId() {
        return planId;
    }

    public Plan plan() {
        return plan;
    }

    public EditTexts texts() {
        return texts;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Makes and commits {@code edit}; a refused edit changes nothing, and the refusal says why in the user's words. */
    public void apply(Edit edit) throws EditRefusedException {
        Change change = edit.resolve(plan);
        if (change.isEmpty()) {
            return;
        }
        Plan after = change.applyTo(plan);
        service.check(change, after);
        Action action = new Action(texts.describe(edit), 0, change, null);
        push(action);
        redo.clear();
        commit(after, change, service.recordOf(edit), action, null);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(a -> a.description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(a -> a.description);
    }

    /**
     * Puts back what the newest action changed (as it is now, after any later edits); journaled as an undo. Empty
     * when done, else why not, in the user's words (nothing to undo, or the plan would become invalid).
     */
    public Optional<String> undo() {
        Action action = undo.peek();
        if (action == null) {
            return Optional.of(texts.refusal(new EditRefusedException("nothingToUndo")));
        }
        Change back = action.change().restoring(plan);
        Plan after = back.applyTo(plan);
        try {
            service.check(back, after);
        } catch (EditRefusedException e) {
            return Optional.of(texts.refusal(e));
        }
        undo.pop();
        redo.push(action);
        commit(after, back, journaled("undo", action), null, action);
        return Optional.empty();
    }

    /** Makes the newest undone action again; journaled as a redo. Empty when done, else why not. */
    public Optional<String> redo() {
        Action action = redo.peek();
        if (action == null) {
            return Optional.of(texts.refusal(new EditRefusedException("nothingToRedo")));
        }
        Change again = action.change().inverse().restoring(plan);
        Plan after = again.applyTo(plan);
        try {
            service.check(again, after);
        } catch (EditRefusedException e) {
            return Optional.of(texts.refusal(e));
        }
        redo.pop();
        push(action);
        commit(after, again, journaled("redo", action), null, action);
        return Optional.empty();
    }

    /**
     * Reverts one journal entry: its score cell, or the parts it changed, go back to what they were before it, as a
     * new edit (which can itself be undone). The entry must be committed.
     */
    public void revert(long seq, String entryDescription) throws EditRefusedException {
        if (seq <= 0 || seq > service.journal().lastSeq(planId)) {
            throw new EditRefusedException("unknownEntry", String.valueOf(seq));
        }
        Change back = service.journal().change(planId, seq, false).restoring(plan);
        if (back.isEmpty()) {
            return;
        }
        Plan after = back.applyTo(plan);
        service.check(back, after);
        List<String> args = List.of(String.valueOf(seq), entryDescription);
        Action action = new Action(texts.describe("revert", args), 0, back, null);
        push(action);
        redo.clear();
        JournalRecord record = new JournalRecord(service.users().current(), "revert", args, EditTarget.PLAN, "", seq,
                "", "");
        commit(after, back, record, action, null);
    }

    private JournalRecord journaled(String kind, Action of) {
        return new JournalRecord(service.users().current(), kind, List.of(of.description), EditTarget.PLAN, "", null,
                "", "");
    }

    /**
     * Shows {@code after} at once and queues its commit. {@code made} receives its journal seq; {@code refersTo} is
     * the action an undo or redo acts on, whose seq is read when the commit runs (after the action's own commit).
     */
    private void commit(Plan after, Change change, JournalRecord record, Action made, Action refersTo) {
        plan = after;
        for (Listener l : listeners) {
            l.planChanged(after);
        }
        saver.execute(() -> {
            Optional<Throwable> error;
            try {
                JournalRecord r = refersTo == null ? record : new JournalRecord(record.user(), record.kind(),
                        record.arguments(), record.target(), record.reason(), refersTo.seq.get(), "", "");
                long seq = service.commit(planId, after, change, r);
                if (made != null) {
                    made.seq.set(seq);
                }
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
