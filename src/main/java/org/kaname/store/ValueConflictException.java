package org.kaname.store;

import java.util.List;

/**
 * A change refused because a value it replaces was changed by someone else since this person saw it (an optimistic
 * lock on that value): nothing of the change was written. Each conflict says what the value is, both sides, and who
 * changed it when, so the person can choose.
 */
public final class ValueConflictException extends StoreException {
    private final transient List<ValueConflict> conflicts;

    public ValueConflictException(List<ValueConflict> conflicts) {
        super(message(conflicts), null);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<ValueConflict> conflicts() {
        return conflicts;
    }

    private static String message(List<ValueConflict> conflicts) {
        StringBuilder text = new StringBuilder("changed by someone else meanwhile: ");
        for (int i = 0; i < conflicts.size() && i < 5; i++) {
            ValueConflict c = conflicts.get(i);
            text.append(i == 0 ? "" : "; ").append(c.target()).append(" is ").append(c.theirs())
                    .append(c.theirUser().isEmpty() ? "" : " (" + c.theirUser() + ")").append(", not ")
                    .append(c.mine());
        }
        if (conflicts.size() > 5) {
            text.append("; and ").append(conflicts.size() - 5).append(" more");
        }
        return text.toString();
    }
}
