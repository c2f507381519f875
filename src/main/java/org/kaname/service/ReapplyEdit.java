package org.kaname.service;

import java.util.List;
import org.kaname.edit.Change;
import org.kaname.edit.Edit;
import org.kaname.edit.EditTarget;
import org.kaname.model.Plan;
import org.kaname.store.JournalRecord;

/**
 * An undo, redo or revert that someone else's change refused, as an edit the person can make again: it sets what that
 * change set, against the plan as it is then (its before taken from that plan, so it replaces the other person's
 * value knowingly).
 */
record ReapplyEdit(JournalRecord record, Change change) implements Edit {
    @Override
    public String kind() {
        return record.kind();
    }

    @Override
    public EditTarget target() {
        return record.target();
    }

    @Override
    public List<String> arguments() {
        return record.arguments();
    }

    @Override
    public Change resolve(Plan plan) {
        return change.inverse().restoring(plan);
    }
}
