package org.kaname.store;

import java.time.Instant;
import java.util.List;

/**
 * One row of a plan's journal as the history shows it: a score cell that changed, or the other parts of a plan. Rows
 * of one action share {@code actionSeq}; {@code before} and {@code after} are display values (a score's value, or a
 * short text of the parts).
 */
public record JournalEntry(long seq, long actionSeq, Instant time, String user, String kind, List<String> arguments,
                           String measure, String criterion, String rater, String before, String after,
                           String reason, Long refersTo) {
    public JournalEntry {
        arguments = List.copyOf(arguments);
    }
}
