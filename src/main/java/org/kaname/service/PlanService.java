package org.kaname.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.kaname.edit.CellChange;
import org.kaname.edit.Change;
import org.kaname.edit.ScoreEdits;
import org.kaname.edit.Edit;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.EditTarget;
import org.kaname.edit.PartsText;
import org.kaname.io.InvalidPlanException;
import org.kaname.io.PlanIssue;
import org.kaname.io.PlanJson;
import org.kaname.io.PlanValidator;
import org.kaname.model.Plan;
import org.kaname.store.AccessDeniedException;
import org.kaname.store.JournalRecord;
import org.kaname.store.PlanJournal;
import org.kaname.store.PartsMerge;
import org.kaname.store.PlanStore;
import org.kaname.store.PlanSummary;
import org.kaname.store.StoreException;
import org.kaname.store.StoredPlan;

/**
 * Plans as the user handles them — list, open, import, export, change, delete — shared by the CLI and the app. Every
 * change goes through {@link #commit}: the rows it touches and its journal entry, in one durable transaction.
 */
public final class PlanService {
    static final String SAMPLE_LOADED = "sample.loaded";

    private final PlanStore store;
    private final PlanJournal journal;
    private final PlanJson json;
    private final PlanValidator validator;
    private final AccessTexts accessTexts;
    private final Users users;

    PlanService(PlanStore store, PlanJournal journal, PlanJson json, Locale locale, Users users) {
        this.store = store;
        this.journal = journal;
        this.json = json;
        this.validator = new PlanValidator(locale);
        this.accessTexts = AccessTexts.of(locale);
        this.users = users;
    }

    /** On the very first start of a data directory, stores the sample plan; never again, even if the user deletes it. */
    public void loadSampleOnFirstStart() {
        if (store.setting(SAMPLE_LOADED).isEmpty()) {
            Plan sample = SamplePlan.load(json);
            store.insertWithSetting(sample, record("create", List.of(sample.title())), SAMPLE_LOADED, "true");
        }
    }

    /** Brings plans stored before schema 4 up to date (see {@link PlanStore#upgradeLegacy(String)}). */
    public void upgradeLegacy() {
        store.upgradeLegacy(users.current());
    }

    /** How concurrent changes of parts merge (the store's rule), for a shared editor's undo. */
    PartsMerge partsMerge() {
        return store.partsMerge();
    }

    public List<PlanSummary> plans() {
        return store.list();
    }

    public StoredPlan open(long id) throws PlanNotFoundException {
        return store.load(id).orElseThrow(() -> new PlanNotFoundException(id));
    }

    /**
     * Plan {@code id} with the scores of {@code measures} only: enough for edits of those measures' score cells (the
     * CLI's {@code set-score}), at a fraction of the cost of a 300,000-score plan. Never save it as a whole plan.
     */
    public StoredPlan openForScoresOf(long id, java.util.Set<String> measures) throws PlanNotFoundException {
        return store.load(id, java.util.Set.copyOf(measures)).orElseThrow(() -> new PlanNotFoundException(id));
    }

    /**
     * The newest journal seq of plan {@code id} (0 for none): read before opening a plan for a shared editor, the
     * plan then holds at least every change up to it.
     */
    public long journalSeq(long id) {
        return journal.lastSeq(id);
    }

    /** Reads, validates and stores the file as a new plan; on any problem nothing is stored. */
    public long importPlan(Path file) throws InvalidPlanException {
        Plan plan = json.read(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return store.insert(plan, record("import", List.of(name)));
    }

    public long create(Plan plan) {
        return store.insert(plan, record("create", List.of(plan.title())));
    }

    /**
     * Stores {@code plan} (a new, empty plan) as a new plan, starting as {@code start} says: with the standard
     * criteria (read from the bundled sample plan, so they are written down once) or with another plan's criteria.
     */
    public long create(Plan plan, PlanStart start) throws PlanNotFoundException {
        Plan criteriaFrom = switch (start.kind()) {
            case EMPTY -> null;
            case STANDARD_CRITERIA -> SamplePlan.load(json);
            case CRITERIA_OF_PLAN -> open(start.sourcePlanId()).plan();
        };
        return create(criteriaFrom == null ? plan
                : plan.withCriteria(criteriaFrom.criteria()).withWeighting(criteriaFrom.weighting()));
    }

    public void exportPlan(long id, Path file) throws PlanNotFoundException, IOException {
        json.write(open(id).plan(), file);
    }

    public String exportText(long id) throws PlanNotFoundException {
        return json.write(open(id).plan());
    }

    /**
     * Opens plan {@code id}, makes {@code edit} and stores it with its journal entry: what the command line does
     * for each change. A refused edit changes nothing.
     */
    public Plan apply(long id, Edit edit) throws PlanNotFoundException, EditRefusedException {
        return apply(id, open(id).plan(), edit);
    }

    /** As {@link #apply(long, Edit)} on {@code plan}, which the caller has just opened as plan {@code id}. */
    public Plan apply(long id, Plan plan, Edit edit) throws PlanNotFoundException, EditRefusedException {
        Change change = edit.resolve(plan);
        if (change.isEmpty()) {
            return plan;
        }
        Plan after = change.applyTo(plan);
        check(change, after);
        try {
            commit(id, after, change, recordOf(edit));
        } catch (StoreException e) {
            // On a shared database the server refuses what the login's role may not change; nothing was written.
            java.util.Optional<AccessDeniedException> denied = AccessDeniedException.from(e);
            if (denied.isPresent()) {
                throw EditRefusedException.localised(accessTexts.refusal(denied.get()));
            }
            throw e;
        }
        return after;
    }

    /**
     * Saves {@code plan} as plan {@code id}: the change from what is stored, journaled as a general edit. For callers
     * that hold a whole plan rather than an edit (tests, the copy of a plan); edits should use {@link #apply}.
     */
    public void save(long id, Plan plan) throws PlanNotFoundException {
        Plan stored = open(id).plan();
        Change change = Change.between(stored, plan);
        if (!change.isEmpty()) {
            commit(id, plan, change, record("edit", List.of(plan.title())));
        }
    }

    /** Refuses a change of parts that leaves the plan invalid, with the validator's localised message. */
    void check(Change change, Plan after) throws EditRefusedException {
        if (change.cellsOnly()) {
            // A cell change made by an edit was checked by it; one rebuilt from the journal (undo, redo, revert) may
            // name a measure, criterion or rater removed since, or a scale that has changed.
            ScoreEdits.CellChecker cells = new ScoreEdits.CellChecker(after);
            for (CellChange c : change.cells()) {
                if (c.after() != null) {
                    cells.check(c.cell(), c.after());
                }
            }
            return;
        }
        List<PlanIssue> issues = validator.validate(after);
        if (!issues.isEmpty()) {
            throw EditRefusedException.localised(issues.get(0).message());
        }
    }

    /** Stores {@code change} (already made in {@code after}) with its journal entry; returns the action's seq. */
    long commit(long id, Plan after, Change change, JournalRecord record) throws PlanNotFoundException {
        return store.apply(id, after, change, withPartsText(record, change)).orElseThrow(() -> new PlanNotFoundException(id));
    }

    JournalRecord recordOf(Edit edit) {
        return new JournalRecord(users.current(), edit.kind(), edit.arguments(), edit.target(), edit.reason(), null,
                "", "");
    }

    JournalRecord record(String kind, List<String> arguments) {
        return new JournalRecord(users.current(), kind, arguments, EditTarget.PLAN, "", null, "", "");
    }

    /** The record of a change of parts, with a short text of each side; cells alone need none. */
    JournalRecord withPartsText(JournalRecord r, Change change) {
        if (change.cellsOnly()) {
            return r;
        }
        return new JournalRecord(r.user(), r.kind(), r.arguments(), r.target(), r.reason(), r.refersTo(),
                PartsText.of(change.before(), change.after()), PartsText.of(change.after(), change.before()));
    }

    PlanJournal journal() {
        return journal;
    }

    Users users() {
        return users;
    }

    PlanJson json() {
        return json;
    }

    public void delete(long id) throws PlanNotFoundException {
        if (!store.delete(id)) {
            throw new PlanNotFoundException(id);
        }
    }
}
