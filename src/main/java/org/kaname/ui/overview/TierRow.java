package org.kaname.ui.overview;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One priority tier as typed: its name and minimum score. */
public final class TierRow {
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty minScore = new SimpleStringProperty("");

    public TierRow(String name, String minScore) {
        this.name.set(name);
        this.minScore.set(minScore);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty minScoreProperty() {
        return minScore;
    }
}
