package org.kaname.ui.sheets;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.i18n.Messages;
import org.kaname.model.Rater;

/**
 * The export dialog's state: which raters (all ticked at first), one workbook per rater or one for a department,
 * and the department's name, which becomes the file name. {@link #problem()} says what is missing, in words, while
 * the request cannot be made.
 */
public final class ExportModel {
    private final ObservableList<RaterChoice> raters;
    private final ObjectProperty<ExportRequest.Mode> mode = new SimpleObjectProperty<>(ExportRequest.Mode.PER_RATER);
    private final StringProperty department = new SimpleStringProperty("");
    private final StringBinding problem;

    public ExportModel(List<Rater> planRaters, Messages messages) {
        raters = FXCollections.observableArrayList(c -> new javafx.beans.Observable[] {c.selectedProperty()});
        planRaters.forEach(r -> raters.add(new RaterChoice(r)));
        problem = Bindings.createStringBinding(() -> {
            if (selected().isEmpty()) {
                return messages.get("export.problem.noRater");
            }
            if (mode.get() == ExportRequest.Mode.DEPARTMENT && department.get().isBlank()) {
                return messages.get("export.problem.noDepartment");
            }
            return "";
        }, raters, mode, department);
    }

    public ObservableList<RaterChoice> raters() {
        return raters;
    }

    public ObjectProperty<ExportRequest.Mode> modeProperty() {
        return mode;
    }

    public StringProperty departmentProperty() {
        return department;
    }

    public void selectAll(boolean selected) {
        raters.forEach(c -> c.selectedProperty().set(selected));
    }

    public List<Rater> selected() {
        return raters.stream().filter(c -> c.selectedProperty().get()).map(RaterChoice::rater).toList();
    }

    /** Empty while the request can be made, else what is missing. */
    public ObservableStringValue problem() {
        return problem;
    }

    public ObservableBooleanValue valid() {
        return Bindings.createBooleanBinding(() -> problem.get().isEmpty(), problem);
    }

    public Optional<ExportRequest> request() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExportRequest(selected(), mode.get(), department.get()));
    }
}
