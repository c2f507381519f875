package org.kaname.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.kaname.edit.Cell;
import org.kaname.edit.CellChange;
import org.kaname.edit.Change;
import org.kaname.edit.Edit;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.EditTarget;
import org.kaname.edit.EditTexts;
import org.kaname.edit.PlanParts;
import org.kaname.edit.ScoreValues;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.store.ActionHead;
import org.kaname.store.JournalChange;
import org.kaname.store.JournalRecord;
import org.kaname.store.PartsMerge;
import org.kaname.store.ValueConflict;
import org.kaname.store.ValueConflictException;

/**
 * The open plan while the user edits it: the one editor through which the app changes a plan. Every edit resolves
 * into a {@link Change}, which is made to the in-memory plan at once and committed, with its journal entry, on the
 * {@code saver} executor (one background thread in the app, the calling thread in tests), in order, so the screen
 * never waits for the disk. A change of score cells is checked by the edit itself; a change of other parts is checked
 * against the whole plan. Undo and redo are journaled edits too, and their stacks are rebuilt from the journal when a
 * plan is opened, so they work across restarts. Not thread-safe: call it from one thread (the FX thread in the app).
 */
public final class PlanEditor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanEditor.class);
    /** What listeners hear about. */
    public interface Listener {
        /** The plan changed (edit, undo or redo); called on the editing thread. */
        void planChanged(Plan plan);

        /**
         * A commit finished: {@code error} is empty when it was stored (a {@link ValueConflictException} when someone
         * else's change refused it, a lost connection…). Called on the saver's thread. In shared mode a change that
         * was not stored is taken back from the plan on screen, which is then told by {@link #planChanged}.
         */
        default void saved(Optional<Throwable> error) {
        }

        /**
         * Shared mode: {@code edit} was refused because someone else changed the same values meanwhile; the plan on
         * screen already shows their values. {@code edit} can be applied again to keep this person's values (its
         * before is then the other person's). Called on the editing thread, after {@link #refreshed}.
         */
        default void conflicted(List<ValueConflict> conflicts, Edit edit) {
        }

        /**
         * Shared mode: others' changes arrived ({@code byUsers}, who made them; empty when only a refused change of
         * this person's was taken back) and {@code plan} is the plan as it is now, with this person's changes not yet
         * stored made on top. Called on the editing thread, after {@link #planChanged}.
         */
        default void refreshed(Plan plan, List<String> byUsers) {
        }
    }

    private static final int UNDO_LIMIT = 200;
    /** Actions that cannot be undone: a plan's start, and versions (which are never changed). */
    private static final Set<String> NOT_UNDOABLE = Set.of("import", "create", "migrated", "snapshot");

    private final PlanService service;
    private final long planId;
    private final Executor saver;
    private final EditTexts texts;
    private final AccessTexts accessTexts;
    /** Null: no restriction (the local file, or a plan's owner or editor before {@link #restrictTo}). */
    private volatile PlanAccess access;
    private final Deque<Action> undo = new ArrayDeque<>();
    private final Deque<Action> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Plan plan;

    /** Shared mode (null otherwise): where others' changes are made to the plan, the editing thread. */
    private final Executor editing;
    /** Shared mode: the plan as stored at journal seq {@link #confirmedSeq}, without this person's pending changes. */
    private Plan confirmed;
    private long confirmedSeq;
    /** Shared mode: this person's changes not yet in {@link #confirmed}, in the order they were made. */
    private final List<Pending> pending = new ArrayList<>();
    /** Shared mode, saver's thread: the newest journal seq fetched; read elsewhere only to skip stale news. */
    private final AtomicLong fetchedSeq = new AtomicLong();
    private volatile AutoCloseable subscription;
    /** Shared mode: the plan as the user saw it before the newest refresh of others' changes. */
    private Plan shownBeforeRefresh;
    /** Shared mode: what the next edit is resolved against, when the user kept typing over a refresh. */
    private Plan typingBase;

    /** A change made on screen and queued for the saver; {@code seq} is set by the saver once stored. */
    private static final class Pending {
        final Change change;
        final Edit edit;
        final Action made;
        final Runnable unstack;
        volatile long seq;

        Pending(Change change, Edit edit, Action made, Runnable unstack) {
            this.change = change;
            this.edit = edit;
            this.made = made;
            this.unstack = unstack;
        }
    }

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

        /** The change as stored, when the store merged it with others' (so undo puts back what was stored). */
        void stored(Change asStored) {
            change = asStored;
            source = null;
        }
    }

    public PlanEditor(PlanService service, long planId, Plan plan, Executor saver, Locale locale) {
        this(service, planId, plan, saver, locale, null, -1);
    }

    /**
     * An editor in shared mode: others may change the plan on the server at the same time. {@code plan} is the plan
     * as stored at journal seq {@code seq} (read before the plan, so nothing is missed: making a change again is
     * harmless). After each commit, and at {@link #othersChanged}, the editor fetches the journal since the newest seq
     * it knows, on the saver, and makes those changes on {@code editing} (the FX thread in the app), with this
     * person's changes not yet stored made again on top. A change the store refuses is taken back.
     */
    public PlanEditor(PlanService service, long planId, Plan plan, long seq, Executor saver, Executor editing,
                      Locale locale) {
        this(service, planId, plan, saver, locale, java.util.Objects.requireNonNull(editing, "editing"), seq);
    }

    private PlanEditor(PlanService service, long planId, Plan plan, Executor saver, Locale locale, Executor editing,
                       long seq) {
        this.service = service;
        this.planId = planId;
        this.plan = plan;
        this.saver = saver;
        this.texts = EditTexts.of(locale);
        this.accessTexts = AccessTexts.of(locale);
        this.editing = editing;
        this.confirmed = plan;
        this.confirmedSeq = seq;
        this.fetchedSeq.set(seq);
        rebuildStacks(service.journal().actions(planId));
    }

    /**
     * Shared mode: what this login's role in the plan allows. An edit it does not allow is refused at once, in the
     * person's words, before anything is shown; the server would refuse its commit anyway (db/postgresql/V6_1).
     */
    public void restrictTo(PlanAccess allowed) {
        this.access = allowed;
    }

    /** What this login may change in the plan; the owner's everything on the local file. */
    public PlanAccess access() {
        PlanAccess a = access;
        return a == null ? PlanAccess.owner(planId) : a;
    }

    private void checkAccess(Change change) throws EditRefusedException {
        PlanAccess a = access;
        if (a != null) {
            java.util.Optional<org.kaname.store.AccessDeniedException> refused = a.refusal(change);
            if (refused.isPresent()) {
                throw EditRefusedException.localised(accessTexts.refusal(refused.get()));
            }
        }
    }

    /** True in shared mode. */
    public boolean shared() {
        return editing != null;
    }

    /**
     * Shared mode: hears of others' changes to this plan from {@code feed} (and catches up after the feed
     * reconnects) until {@link #close}.
     */
    public void listenTo(PlanFeed feed) {
        close();
        subscription = feed.subscribe(new PlanFeed.Subscriber() {
            @Override
            public void changed(long plan, long seq) {
                if (plan == planId) {
                    othersChanged(seq);
                }
            }

            @Override
            public void resync() {
                othersChanged(-1);
            }
        });
    }

    /** Stops hearing of others' changes (the plan was closed); the editor is not used afterwards. */
    public void close() {
        AutoCloseable s = subscription;
        subscription = null;
        if (s != null) {
            try {
                s.close();
            } catch (Exception e) {
                LOG.debug("closing a plan feed subscription", e);
            }
        }
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

    /** Puts {@code actions} (listed top first, as a deque iterates) back on {@code stack} in their order. */
    private static void pushAll(Deque<Action> stack, List<Action> actions) {
        for (int i = actions.size() - 1; i >= 0; i--) {
            stack.push(actions.get(i));
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
        Plan base = typingBase != null ? typingBase : plan;
        typingBase = null;
        Change change = edit.resolve(base);
        if (change.isEmpty()) {
            return;
        }
        checkAccess(change);
        Plan after = change.applyTo(plan);
        service.check(change, after);
        Action action = new Action(texts.describe(edit), 0, change, null);
        push(action);
        List<Action> cleared = new ArrayList<>(redo);
        redo.clear();
        commit(after, change, service.recordOf(edit), action, null, edit, () -> {
            undo.remove(action);
            pushAll(redo, cleared);
        });
    }

    /**
     * Shared mode: the user went on typing in a field whose value someone else changed meanwhile (the screen kept the
     * user's text over the refresh). The next edit is then resolved against the plan as the user saw it before that
     * refresh, so its before is the value the user started from: the store finds the other person's value there and
     * refuses it as a conflict, and the user sees that value, who set it and when, and chooses — rather than the typed
     * text silently replacing it.
     */
    public void resolveNextAgainstPlanBeforeRefresh() {
        if (shared() && shownBeforeRefresh != null) {
            typingBase = shownBeforeRefresh;
        }
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
        Change back;
        Plan after;
        try {
            back = restoring(action.change());
            after = back.applyTo(plan);
            service.check(back, after);
        } catch (EditRefusedException e) {
            return Optional.of(texts.refusal(e));
        }
        undo.pop();
        redo.push(action);
        commit(after, back, journaled("undo", action), null, action, null, () -> {
            redo.remove(action);
            undo.push(action);
        });
        return Optional.empty();
    }

    /** Makes the newest undone action again; journaled as a redo. Empty when done, else why not. */
    public Optional<String> redo() {
        Action action = redo.peek();
        if (action == null) {
            return Optional.of(texts.refusal(new EditRefusedException("nothingToRedo")));
        }
        Change again;
        Plan after;
        try {
            again = restoring(action.change().inverse());
            after = again.applyTo(plan);
            service.check(again, after);
        } catch (EditRefusedException e) {
            return Optional.of(texts.refusal(e));
        }
        redo.pop();
        push(action);
        commit(after, again, journaled("redo", action), null, action, null, () -> {
            undo.remove(action);
            redo.push(action);
        });
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
        Change back = restoring(service.journal().change(planId, seq, false));
        if (back.isEmpty()) {
            return;
        }
        checkAccess(back);
        Plan after = back.applyTo(plan);
        service.check(back, after);
        List<String> args = List.of(String.valueOf(seq), entryDescription);
        Action action = new Action(texts.describe("revert", args), 0, back, null);
        push(action);
        List<Action> cleared = new ArrayList<>(redo);
        redo.clear();
        JournalRecord record = new JournalRecord(service.users().current(), "revert", args, EditTarget.PLAN, "", seq,
                "", "");
        commit(after, back, record, action, null, null, () -> {
            undo.remove(action);
            pushAll(redo, cleared);
        });
    }

    /**
     * The change that puts back what {@code change} found (undo, revert; its inverse for redo), against the plan as
     * it is now. On one PC that is {@link Change#restoring}. In shared mode only the values {@code change} set are put
     * back: what others changed since in the same parts stays (merged as the store merges), and a value someone
     * changed since is refused, naming it and its value now — putting back whole parts would silently undo others'
     * later work.
     */
    private Change restoring(Change change) throws EditRefusedException {
        Change back = change.restoring(plan);
        if (!shared()) {
            return back;
        }
        List<String> changedSince = new ArrayList<>();
        if (!change.cells().isEmpty()) {
            Map<Cell, Score> now = new HashMap<>();
            for (CellChange c : back.cells()) {
                now.put(c.cell(), c.before());
            }
            for (CellChange c : change.cells()) {
                Score current = now.get(c.cell());
                if (!Score.sameValue(current, c.after())) {
                    changedSince.add(c.cell().measure() + " / " + c.cell().criterion() + " / " + c.cell().rater()
                            + "（" + ScoreValues.text(current) + "）");
                }
            }
        }
        PlanParts after = back.after();
        if (!change.parts().isEmpty()) {
            PartsMerge.Result merged = service.partsMerge().merge(change.parts(), change.after().applyTo(plan),
                    change.before().applyTo(plan), plan);
            merged.conflicts().forEach(c -> changedSince.add(c.target() + "（" + c.theirs() + "）"));
            after = PlanParts.of(merged.merged(), change.parts());
        }
        if (!changedSince.isEmpty()) {
            throw new EditRefusedException("changedSince", String.join("、", changedSince));
        }
        return new Change(back.before(), after, back.cells());
    }

    private JournalRecord journaled(String kind, Action of) {
        return new JournalRecord(service.users().current(), kind, List.of(of.description), EditTarget.PLAN, "", null,
                "", "");
    }

    /**
     * Shows {@code after} at once and queues its commit. {@code made} receives its journal seq; {@code refersTo} is
     * the action an undo or redo acts on, whose seq is read when the commit runs (after the action's own commit).
     * In shared mode, {@code edit} (null for undo, redo and revert) is what a conflict offers to make again, and
     * {@code unstack} puts the undo and redo stacks back as they were if the change is refused.
     */
    private void commit(Plan after, Change change, JournalRecord record, Action made, Action refersTo, Edit edit,
                        Runnable unstack) {
        plan = after;
        for (Listener l : listeners) {
            l.planChanged(after);
        }
        Pending queued = shared() ? new Pending(change, edit == null ? new ReapplyEdit(record, change) : edit,
                made, unstack) : null;
        if (queued != null) {
            pending.add(queued);
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
                if (queued != null) {
                    queued.seq = seq;
                }
                error = Optional.empty();
            } catch (Exception | Error e) {
                error = Optional.of(e);
            }
            for (Listener l : listeners) {
                l.saved(error);
            }
            if (queued != null) {
                Throwable failure = error.orElse(null);
                // After a refusal the server is there to tell what it holds; after a lost connection it is not, and
                // the plan goes back to what was last known to be stored.
                List<JournalChange> news = failure == null || failure instanceof ValueConflictException
                        ? fetchQuietly() : List.of();
                editing.execute(() -> catchUp(news, queued, failure));
            }
        });
    }

    /**
     * Shared mode: someone changed plan {@code planId} up to journal seq {@code seq} (or, with a negative seq, the
     * news may have been missed: a reconnected feed). Fetches on the saver what this editor has not seen, and makes
     * it on the editing thread. Any thread.
     */
    public void othersChanged(long seq) {
        if (!shared() || seq >= 0 && seq <= fetchedSeq.get()) {
            return;
        }
        saver.execute(() -> {
            List<JournalChange> news = fetchQuietly();
            if (!news.isEmpty()) {
                editing.execute(() -> catchUp(news, null, null));
            }
        });
    }

    /** The journal since the newest seq fetched (saver's thread); empty when the server cannot be reached. */
    private List<JournalChange> fetchQuietly() {
        try {
            List<JournalChange> news = service.journal().since(planId, fetchedSeq.get());
            if (!news.isEmpty()) {
                fetchedSeq.set(news.get(news.size() - 1).seq());
            }
            return news;
        } catch (RuntimeException e) {
            LOG.warn("could not fetch the changes of plan {} since seq {}", planId, fetchedSeq.get(), e);
            return List.of();
        }
    }

    /**
     * Editing thread: makes {@code news} (journal changes in seq order, possibly some already made) to the confirmed
     * plan, drops this person's changes that are now in it and {@code refused} if it was refused, and shows the
     * confirmed plan with the changes still pending made on top. Listeners hear of it only when something other than
     * this person's own stored changes arrived.
     */
    private void catchUp(List<JournalChange> news, Pending refused, Throwable failure) {
        Map<Long, Pending> mine = new HashMap<>();
        for (Pending p : pending) {
            if (p.seq > 0) {
                mine.put(p.seq, p);
            }
        }
        java.util.Set<String> users = new java.util.LinkedHashSet<>();
        boolean others = false;
        boolean ownParts = false;
        for (JournalChange jc : news) {
            if (jc.seq() <= confirmedSeq) {
                continue;
            }
            confirmed = jc.change().applyTo(confirmed);
            confirmedSeq = jc.seq();
            Pending own = mine.get(jc.actionSeq());
            if (own == null) {
                others = true;
                users.add(jc.user());
            } else if (!jc.change().cellsOnly()) {
                ownParts = true;
                if (own.made != null) {
                    own.made.stored(jc.change());
                }
            }
        }
        boolean dropped = refused != null && failure != null && pending.remove(refused);
        pending.removeIf(p -> p.seq > 0 && p.seq <= confirmedSeq);
        if (dropped) {
            refused.unstack.run();
        }
        if (!others && !dropped && !ownParts) {
            return;
        }
        Plan shown = confirmed;
        for (Pending p : pending) {
            shown = p.change.applyTo(shown);
        }
        // A change of parts of this person's may have been stored merged with others' made meanwhile.
        if (!others && !dropped && shown.equals(plan)) {
            return;
        }
        shownBeforeRefresh = plan;
        plan = shown;
        for (Listener l : listeners) {
            l.planChanged(shown);
        }
        for (Listener l : listeners) {
            l.refreshed(shown, List.copyOf(users));
        }
        if (dropped && failure instanceof ValueConflictException conflict) {
            for (Listener l : listeners) {
                l.conflicted(conflict.conflicts(), refused.edit);
            }
        }
    }
}
