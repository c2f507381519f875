package org.kaname.store;

/** Which journal rows to list: any of measure, rater, user and kind (null for any), the newest {@code limit}. */
public record JournalFilter(String measure, String rater, String user, String kind, int limit) {
    public static final int NO_LIMIT = Integer.MAX_VALUE;
    public static final JournalFilter ALL = new JournalFilter(null, null, null, null, NO_LIMIT);

    public JournalFilter withLimit(int newLimit) {
        return new JournalFilter(measure, rater, user, kind, newLimit);
    }
}
