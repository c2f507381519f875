package org.kaname.ui.sheets;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.kaname.model.Rater;

/** A rater in the export dialog's checkbox list. */
public final class RaterChoice {
    private final Rater rater;
    private final BooleanProperty selected = new SimpleBooleanProperty(true);

    RaterChoice(Rater rater) {
        this.rater = rater;
    }

    public Rater rater() {
        return rater;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    @Override
    public String toString() {
        return rater.id() + "  " + rater.name();
    }
}
