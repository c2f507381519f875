package org.kaname.store;

import java.util.List;
import org.kaname.edit.EditTarget;

/**
 * What the journal records about one user action besides its change: who, which kind of edit with its wording's
 * arguments, what it is about, the reason, the action it undoes, redoes or reverts ({@code refersTo}, else null), and
 * for a change of parts other than scores a short text of what they were and became.
 */
public record JournalRecord(String user, String kind, List<String> arguments, EditTarget target, String reason,
                            Long refersTo, String partsBefore, String partsAfter) {
    public JournalRecord {
        arguments = List.copyOf(arguments);
        reason = reason == null ? "" : reason;
        partsBefore = partsBefore == null ? "" : partsBefore;
        partsAfter = partsAfter == null ? "" : partsAfter;
    }
}
