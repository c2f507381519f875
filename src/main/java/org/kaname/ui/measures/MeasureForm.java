package org.kaname.ui.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.overview.ValidatedField;
import org.kaname.ui.overview.YenText;

/** The details form of one measure. */
final class MeasureForm {
    /** Stands for "no earliest start" in the year choice (a real fiscal year is never 0). */
    private static final Integer NO_YEAR = 0;

    private final MeasuresViewModel vm;
    private final Messages messages;
    private final ScreenContext.StatusSink status;
    private final ValidatedField fields = new ValidatedField();
    private final VBox root;
    private final TextField id;
    private final TextField title;
    private final TextArea description;
    private final TextField owner;
    private final TextField initialCost;
    private final TextField annualCost;
    private final TextField duration;
    private final Label initialThousand = new Label();
    private final Label annualThousand = new Label();
    private final ComboBox<Integer> earliestStart = new ComboBox<>();
    private final ListView<String> prerequisites = new ListView<>();
    private final ComboBox<String> candidate = new ComboBox<>();
    private final Label candidateError;
    private final CheckListView<String> problems = new CheckListView<>();
    private final IndicatorTable indicators;
    private final EvidenceTable evidence;
    private final YearCostEditor costs;
    private String current;
    private boolean loading;

    MeasureForm(MeasuresViewModel vm, Messages messages, ScreenContext.StatusSink status) {
        this.vm = vm;
        this.messages = messages;
        this.status = status;
        FormBuilder form = new FormBuilder(messages, fields, status);
        id = form.text("measureId", "field.measure.id", t -> vm.check(MeasureField.ID, current, t),
                t -> vm.commit(MeasureField.ID, current, t));
        title = form.text("measureTitle", "field.measure.title", t -> vm.check(MeasureField.TITLE, current, t),
                t -> vm.commit(MeasureField.TITLE, current, t));
        description = form.area("measureDescription", "field.measure.description", t -> Optional.empty(),
                t -> vm.commit(MeasureField.DESCRIPTION, current, t));
        owner = form.text("measureOwner", "field.measure.owner", t -> Optional.empty(),
                t -> vm.commit(MeasureField.OWNER, current, t));
        initialCost = form.text("measureInitialCost", "field.measure.initialCost",
                t -> vm.check(MeasureField.INITIAL_COST, current, t),
                t -> vm.commit(MeasureField.INITIAL_COST, current, t));
        annualCost = form.text("measureAnnualCost", "field.measure.annualCost",
                t -> vm.check(MeasureField.ANNUAL_COST, current, t),
                t -> vm.commit(MeasureField.ANNUAL_COST, current, t));
        duration = form.text("measureDuration", "field.measure.duration",
                t -> vm.check(MeasureField.DURATION, current, t), t -> vm.commit(MeasureField.DURATION, current, t));
        money(initialCost, initialThousand, "measureInitialCostThousand");
        money(annualCost, annualThousand, "measureAnnualCostThousand");
        duration.setMaxWidth(120);

        form.control(earliestStart, "measureEarliestStart", "field.measure.earliestStart");
        earliestStart.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null || NO_YEAR.equals(year) ? messages.get("earliestStart.none")
                        : FiscalYears.label(year, messages.locale());
            }

            @Override
            public Integer fromString(String s) {
                return NO_YEAR;
            }
        });
        earliestStart.setOnAction(e -> {
            if (!loading && current != null && earliestStart.getValue() != null) {
                Integer year = NO_YEAR.equals(earliestStart.getValue()) ? null : earliestStart.getValue();
                vm.commitEarliestStart(current, year).ifPresent(status::show);
            }
        });

        candidateError = prerequisitePicker(form);

        problems.setPrefHeight(150);
        StringConverter<String> problemText = converter(pid -> vm.planProperty().get().problems().stream()
                .filter(p -> p.id().equals(pid)).findFirst()
                .map(p -> p.id() + "  [" + messages.get("stakeholder." + p.stakeholder().name()) + "] " + p.title())
                .orElse(pid));
        problems.setCellFactory(lv -> new CheckBoxListCell<>(problems::getItemBooleanProperty, problemText));
        problems.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> {
            if (!loading && current != null) {
                vm.setAddresses(current, new ArrayList<>(problems.getCheckModel().getCheckedItems()))
                        .ifPresent(status::show);
            }
        });
        form.control(problems, "measureProblems", "field.addresses");

        indicators = new IndicatorTable("measureIndicators", messages, status);
        evidence = new EvidenceTable("measureEvidence", "section.evidence", messages, status);
        costs = new YearCostEditor(vm, messages, status);
        // While costs are given by 年度, the simple form's fields are kept but not used.
        initialCost.disableProperty().bind(costs.byYearProperty());
        annualCost.disableProperty().bind(costs.byYearProperty());
        duration.disableProperty().bind(costs.byYearProperty());
        Label heading = form.controls().heading("details.measure", "section-title");
        root = new VBox(12, heading, form.grid(), costs.node(), indicators.node(), evidence.node());
    }

    private void money(TextField field, Label thousand, String id) {
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setMaxWidth(220);
        thousand.setId(id);
        thousand.getStyleClass().add("thousand-yen");
        thousand.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var yen = YenText.parse(field.getText());
            return yen.isEmpty() ? "" : messages.get("amount.thousandYen", YenText.thousands(yen.getAsLong()));
        }, field.textProperty()));
        // Put the 千円 figure beside the field, in the same grid cell.
        javafx.scene.layout.GridPane grid = (javafx.scene.layout.GridPane) field.getParent();
        Integer row = javafx.scene.layout.GridPane.getRowIndex(field);
        grid.getChildren().remove(field);
        HBox box = new HBox(8, field, thousand);
        box.setAlignment(Pos.CENTER_LEFT);
        grid.add(box, 1, row);
    }

    private Label prerequisitePicker(FormBuilder form) {
        Controls controls = form.controls();
        controls.describe(prerequisites, "measurePrerequisites", "prereq.list");
        Label label = controls.labelFor("field.prerequisites", prerequisites);
        prerequisites.setPrefHeight(96);
        StringConverter<String> measureText = converter(mid -> vm.planProperty().get().measure(mid)
                .map(m -> m.id() + "  " + m.title()).orElse(mid));
        prerequisites.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : measureText.toString(item));
            }
        });
        Label candidateLabel = controls.labelFor("prereq.candidate",
                controls.describe(candidate, "prerequisiteCandidate", "prereq.candidate"));
        candidate.setConverter(measureText);
        candidate.setMaxWidth(Double.MAX_VALUE);
        // A long measure title wraps, in the list and in the box, at the box's width rather than ending in "…".
        candidate.setCellFactory(lv -> new WrappingCell(measureText));
        candidate.setButtonCell(new WrappingCell(measureText));
        Label error = ValidatedField.messageLabel(candidate);
        fields.attachValue(candidate, error, Optional::empty);
        Button add = controls.button("prerequisiteAdd", "prereq.add", this::addPrerequisite);
        add.disableProperty().bind(candidate.valueProperty().isNull());
        Button remove = controls.button("prerequisiteRemove", "prereq.remove", () -> {
            String chosen = prerequisites.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                vm.removePrerequisite(current, chosen).ifPresent(status::show);
            }
        });
        remove.disableProperty().bind(prerequisites.getSelectionModel().selectedItemProperty().isNull());
        HBox pick = new HBox(8, candidate, add);
        HBox.setHgrow(candidate, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(4, prerequisites, remove, candidateLabel, pick, error);
        form.row(label, box);
        return error;
    }

    /** A cell of the candidate box: id and whole title, wrapped at the box's width (less its arrow). */
    private final class WrappingCell extends ListCell<String> {
        private final Text text = new Text();
        private final StringConverter<String> measureText;

        WrappingCell(StringConverter<String> measureText) {
            this.measureText = measureText;
            text.fontProperty().bind(fontProperty());
            text.fillProperty().bind(textFillProperty());
            text.wrappingWidthProperty().bind(candidate.widthProperty().subtract(48));
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            String shown = empty || item == null ? null : measureText.toString(item);
            // The cell's own text stays set (screen readers, lookups); the wrapped Text is what is drawn.
            setText(shown);
            text.setText(shown == null ? "" : shown);
            setGraphic(shown == null ? null : text);
        }
    }

    private void addPrerequisite() {
        String chosen = candidate.getValue();
        if (chosen == null || current == null) {
            return;
        }
        Optional<String> refused = vm.addPrerequisite(current, chosen);
        fields.refused(candidate, chosen, refused);
        refused.ifPresent(status::show);
    }

    Node node() {
        return root;
    }

    TextField titleField() {
        return title;
    }

    /** Shows measure {@code measureId} of {@code plan}. */
    void show(Plan plan, String measureId) {
        Measure m = plan.measure(measureId).orElse(null);
        if (m == null) {
            return;
        }
        boolean other = !measureId.equals(current);
        loading = true;
        try {
            current = measureId;
            id.setText(m.id());
            title.setText(m.title());
            description.setText(m.description());
            owner.setText(m.owner());
            initialCost.setText(YenText.format(m.initialCost()));
            annualCost.setText(YenText.format(m.annualCost()));
            duration.setText(String.valueOf(m.durationYears()));
            List<Integer> years = new ArrayList<>();
            years.add(NO_YEAR);
            plan.fiscalYears().years().forEach(years::add);
            if (m.earliestStart() != null && !years.contains(m.earliestStart())) {
                years.add(m.earliestStart());
            }
            earliestStart.getItems().setAll(years);
            earliestStart.setValue(m.earliestStart() == null ? NO_YEAR : m.earliestStart());
            prerequisites.getItems().setAll(m.dependsOn());
            String chosen = candidate.getValue();
            candidate.getItems().setAll(vm.prerequisiteCandidates(measureId).stream().map(Measure::id).toList());
            if (!other && chosen != null && candidate.getItems().contains(chosen)) {
                candidate.setValue(chosen);
            } else {
                candidate.setValue(null);
            }
            problems.getItems().setAll(plan.problems().stream().map(Problem::id).toList());
            problems.getCheckModel().clearChecks();
            m.addresses().forEach(a -> problems.getCheckModel().check(a));
            indicators.show(m.indicators(), list -> vm.setIndicators(current, list));
            evidence.show(m.evidence(), list -> vm.setEvidence(current, list));
            costs.show(m);
            if (other) {
                fields.clear();
            } else {
                fields.revalidate();
            }
        } finally {
            loading = false;
        }
    }

    String current() {
        return current;
    }

    YearCostEditor costs() {
        return costs;
    }

    Label candidateError() {
        return candidateError;
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : text.apply(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
