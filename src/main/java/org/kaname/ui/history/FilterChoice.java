package org.kaname.ui.history;

/**
 * One item of a filter's combo box: the value the journal is filtered by (a measure or rater id, a person's name),
 * or null for 「すべて」, and the text shown.
 */
public record FilterChoice(String value, String label) {
    public static FilterChoice all(String label) {
        return new FilterChoice(null, label);
    }

    public boolean isAll() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
