package org.kaname.ui.workshop;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One checkbox of the round form: a measure (with its support measure) or a rater, and whether it is chosen. */
public final class Choice {
    private final String id;
    private final String label;
    private final String groupId;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected", true);

    Choice(String id, String label, String groupId) {
        this.id = id;
        this.label = label;
        this.groupId = groupId;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** The support measure of a measure; null for a rater. */
    public String groupId() {
        return groupId;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }
}
