package org.kaname.store;

import org.kaname.edit.Change;

/**
 * One journaled action as another session needs it to catch up: the whole change it made (as stored, so a merged
 * change says what was really written), who made it, and {@code seq}, the journal seq of its last row, after which
 * the next action starts; {@code actionSeq} is the seq of its first row, the one {@link PlanStore#apply} returned.
 */
public record JournalChange(long seq, Change change, String user, long actionSeq) {
}
