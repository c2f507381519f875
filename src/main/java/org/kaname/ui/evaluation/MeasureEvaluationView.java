package org.kaname.ui.evaluation;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kaname.ui.Controls;
import org.kaname.ui.TableColumns;

/**
 * The measures of the year shown with their grade (derived from the indicators, or the evaluator's), and the selected
 * measure's evaluation: override grade with its reason, 今後の方向性 with its reason, a comment, and 再開 for a
 * measure that was ended. Saved with 保存 (Ctrl+Enter in a text area) as one edit.
 */
final class MeasureEvaluationView {
    private final EvaluationViewModel vm;
    private final Controls controls;
    private final ObservableList<MeasureRow> rows;
    private final SplitPane root;
    private final TableView<MeasureRow> table;

    MeasureEvaluationView(EvaluationViewModel vm, Controls controls, ObservableList<MeasureRow> rows) {
        this.vm = vm;
        this.controls = controls;
        this.rows = rows;
        table = table();
        Label label = controls.labelFor("measures", table);
        label.getStyleClass().add("section-title");
        VBox left = new VBox(4, label, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        ScrollPane form = new ScrollPane(form());
        form.setFitToWidth(true);
        form.setId("evaluationFormScroll");
        root = new SplitPane(left, form);
        root.setDividerPositions(0.55);
        rows.addListener((ListChangeListener<MeasureRow>) c -> reselect());
    }

    Node node() {
        return root;
    }

    private void reselect() {
        String id = vm.selectedMeasureProperty().get();
        if (id == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).measureId().equals(id)) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private TableView<MeasureRow> table() {
        TableView<MeasureRow> t = new TableView<>(rows);
        controls.describe(t, "measureEvaluationTable", "measures");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(controls.messages().get("measures.empty")));
        TableColumn<MeasureRow, String> id = controls.column("measureId", "column.measureId", MeasureRow::measureId,
                null);
        TableColumn<MeasureRow, String> title = controls.column("measureTitle", "column.measure", MeasureRow::title,
                null);
        TableColumns.wrap(title);
        title.setPrefWidth(220);
        TableColumn<MeasureRow, String> achievement = controls.column("measureAchievement", "column.achievement",
                r -> vm.achievementText(r.grade().achievement()), null);
        achievement.setStyle("-fx-alignment: center-right;");
        TableColumn<MeasureRow, String> derived = controls.column("measureDerived", "column.derived",
                r -> vm.gradeText(r.grade().derived()), null);
        TableColumn<MeasureRow, String> grade = controls.column("measureGrade", "column.grade",
                vm::effectiveGradeText, null);
        TableColumn<MeasureRow, String> future = controls.column("measureFuture", "column.future", vm::futureText,
                null);
        t.getColumns().setAll(List.of(id, title, achievement, derived, grade, future));
        TableColumns.keepWhole(t, id, achievement, derived, grade, future);
        TableColumns.keepHeadersWhole(t, title);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedMeasureProperty().set(row.measureId());
            }
        });
        return t;
    }

    private Node form() {
        Label title = Controls.wrapped("evaluationFormTitle", "section-title");
        title.textProperty().bind(vm.measureTitleProperty());
        Label derived = Controls.wrapped("evaluationDerived", null);
        derived.textProperty().bind(vm.derivedGradeProperty());

        ComboBox<String> grade = controls.combo("evaluationGrade", "form.grade");
        grade.setItems(vm.gradeChoices());
        grade.setConverter(converter(g -> g.isEmpty() ? controls.messages().get("form.grade.derived") : g));
        grade.valueProperty().bindBidirectional(vm.overrideGradeProperty());
        TextField gradeReason = controls.describe(new TextField(), "evaluationGradeReason", "form.gradeReason");
        gradeReason.textProperty().bindBidirectional(vm.gradeReasonProperty());

        ComboBox<String> future = controls.combo("evaluationFuture", "form.future");
        future.getItems().setAll(vm.futureChoices());
        future.setConverter(converter(vm::futureText));
        future.valueProperty().bindBidirectional(vm.futureDirectionProperty());
        TextArea futureReason = controls.describe(new TextArea(), "evaluationFutureReason", "form.futureReason");
        futureReason.setWrapText(true);
        futureReason.setPrefRowCount(2);
        futureReason.textProperty().bindBidirectional(vm.directionReasonProperty());
        TextArea comment = controls.describe(new TextArea(), "evaluationComment", "form.comment");
        comment.setWrapText(true);
        comment.setPrefRowCount(3);
        comment.textProperty().bindBidirectional(vm.commentProperty());

        Button save = controls.button("saveEvaluation", "form.save", vm::saveEvaluation);
        Button revert = controls.button("revertEvaluation", "form.revert", vm::revertEvaluation);
        Button reopen = controls.button("reopenMeasure", "form.reopen", vm::reopen);
        reopen.disableProperty().bind(vm.canReopenProperty().not());
        Label ended = Controls.wrapped("evaluationEnded", "help-text");
        ended.textProperty().bind(vm.endedTextProperty());
        ended.visibleProperty().bind(vm.endedTextProperty().isNotEmpty());
        ended.managedProperty().bind(ended.visibleProperty());
        // Tab moves on from a text area, as from the other fields (the area's own Ctrl+Tab); Ctrl+Enter saves.
        for (TextArea area : List.of(futureReason, comment)) {
            area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    save.fire();
                    e.consume();
                } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                    area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                            KeyCode.TAB, e.isShiftDown(), true, false, false));
                    e.consume();
                }
            });
        }
        gradeReason.setOnAction(e -> save.fire());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int r = 0;
        grid.addRow(r++, controls.labelFor("form.grade", grade), grade);
        grid.addRow(r++, controls.labelFor("form.gradeReason", gradeReason), gradeReason);
        grid.addRow(r++, controls.labelFor("form.future", future), future);
        grid.addRow(r++, controls.labelFor("form.futureReason", futureReason), futureReason);
        grid.addRow(r, controls.labelFor("form.comment", comment), comment);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        grade.setMaxWidth(Double.MAX_VALUE);
        future.setMaxWidth(Double.MAX_VALUE);
        // A choice is never cut to 「…」: the combo keeps the width of its longest one.
        grade.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        future.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 8, save, revert, reopen);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, title, derived, grid, buttons, ended, controls.help("form.help"));
        box.setPadding(new Insets(4, 8, 8, 8));
        box.disableProperty().bind(vm.measureShownProperty().not());
        return box;
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return s == null ? "" : text.apply(s);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
    }
}
