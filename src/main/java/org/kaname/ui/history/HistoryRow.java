package org.kaname.ui.history;

import org.kaname.store.JournalEntry;

/**
 * One row of the history table, as shown: the journal entry's number, local time, who, the kind of edit and its
 * description, what it touched (measure, criterion and rater by title and name where the plan still has them),
 * before → after, and the reason. {@code revertible} is false for entries that record no change to take back
 * (a plan's creation or import, a migration, a saved version). {@code shortTarget} is the target as the table shows
 * it: a score's measure by id only, so its criterion and rater fit.
 */
public record HistoryRow(JournalEntry entry, String time, String person, String kindName, String description,
                         String target, String shortTarget, String before, String after, String reason,
                         boolean revertible) {
    public long seq() {
        return entry.seq();
    }

    /** {@code 3 → 4}: what the entry changed from and to, with 「なし」-style text for a side without a value. */
    public String change() {
        if (before.isEmpty() && after.isEmpty()) {
            return "";
        }
        return before + " → " + after;
    }
}
