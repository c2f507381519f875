package org.kaname.ui.evaluation;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.FilterField;
import org.kaname.ui.TableColumns;

/**
 * The evaluation screen's controls, bound to its {@link EvaluationViewModel}: the 年度 and the filter above two tabs,
 * the indicators (a table of the year's results, the actual typed into its cell, and the selected indicator's
 * details below) and the measures' evaluations ({@link MeasureEvaluationView}). It only builds and binds.
 */
final class EvaluationView {
    private final EvaluationViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final FilterField filter;
    private final ObservableList<IndicatorRow> shownIndicators = FXCollections.observableArrayList();
    private final ObservableList<MeasureRow> shownMeasures = FXCollections.observableArrayList();
    private TableView<IndicatorRow> table;
    private TableColumn<IndicatorRow, String> actualColumn;

    EvaluationView(EvaluationViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.filter = new FilterField("evaluationFilter", messages.locale());
    }

    Parent build() {
        Label title = controls.heading("screen.title", "screen-title");
        ComboBox<Integer> year = controls.combo("evaluationYear", "year");
        year.setItems(vm.years());
        year.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer y) {
                return y == null ? "" : vm.yearLabel(y);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        year.valueProperty().bindBidirectional(vm.yearProperty());
        HBox tools = new HBox(8, controls.labelFor("year", year), year, filter.node(),
                controls.busy("evaluationBusy", "busy", vm.busyProperty()));
        tools.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filter.node(), Priority.ALWAYS);
        Label summary = Controls.wrapped("evaluationSummary", "help-text");
        summary.textProperty().bind(vm.summaryProperty());
        Label error = Controls.wrapped("evaluationError", "error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        table = indicatorTable();
        IndicatorDetailView detail = new IndicatorDetailView(vm, controls);
        Label tableLabel = controls.labelFor("indicators", table);
        tableLabel.getStyleClass().add("section-title");
        VBox top = new VBox(4, tableLabel, controls.help("help.indicators"), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(top, detail.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        Tab indicatorsTab = new Tab(messages.get("tab.indicators"), split);
        indicatorsTab.setId("evaluationIndicatorsTab");
        indicatorsTab.setClosable(false);

        MeasureEvaluationView measures = new MeasureEvaluationView(vm, controls, shownMeasures);
        Tab measuresTab = new Tab(messages.get("tab.measures"), measures.node());
        measuresTab.setId("evaluationMeasuresTab");
        measuresTab.setClosable(false);
        TabPane tabs = new TabPane(indicatorsTab, measuresTab);
        tabs.setId("evaluationTabs");
        // Ctrl+Tab (Ctrl+Shift+Tab) moves between the two tabs from wherever the focus is in them, also from a
        // table, which would otherwise take the keys for itself.
        tabs.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && e.isControlDown()) {
                int n = tabs.getTabs().size();
                int i = tabs.getSelectionModel().getSelectedIndex();
                tabs.getSelectionModel().select((i + (e.isShiftDown() ? n - 1 : 1)) % n);
                tabs.requestFocus();
                e.consume();
            }
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);

        filter.wordsProperty().addListener((o, a, b) -> fill());
        vm.indicators().addListener((ListChangeListener<IndicatorRow>) c -> fill());
        vm.measures().addListener((ListChangeListener<MeasureRow>) c -> fill());
        fill();
        VBox root = new VBox(8, title, tools, summary, error, tabs);
        filter.focusOnShortcut(root);
        return root;
    }

    /** The rows the filter lets through; the selections are kept by id. */
    private void fill() {
        List<IndicatorRow> rows = filter.isActive() ? vm.indicators().stream().filter(r -> filter.matches(r.id(),
                r.result().indicator().name(), r.ownerTitle(), vm.kindText(r.result().indicator()))).toList()
                : vm.indicators();
        String selected = vm.selectedIndicatorProperty().get();
        shownIndicators.setAll(rows);
        List<MeasureRow> ms = filter.isActive() ? vm.measures().stream()
                .filter(r -> filter.matches(r.measureId(), r.title())).toList() : vm.measures();
        shownMeasures.setAll(ms);
        filter.showCount(rows.size() + ms.size(), vm.indicators().size() + vm.measures().size());
        reselect(table, shownIndicators, selected, IndicatorRow::id, vm.selectedIndicatorProperty());
    }

    private static <T> void reselect(TableView<T> table, List<T> rows, String id,
                                     java.util.function.Function<T, String> idOf,
                                     javafx.beans.property.ObjectProperty<String> selection) {
        if (id == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (idOf.apply(rows.get(i)).equals(id)) {
                TablePosition<T, ?> focused = table.getFocusModel().getFocusedCell();
                TableColumn<T, ?> column = focused == null ? null : focused.getTableColumn();
                if (column != null) {
                    table.getSelectionModel().clearAndSelect(i, column);
                    table.getFocusModel().focus(i, column);
                } else {
                    table.getSelectionModel().clearAndSelect(i);
                }
                selection.set(id);
                return;
            }
        }
        selection.set(id); // hidden by the filter: still the one the details show
    }

    private TableView<IndicatorRow> indicatorTable() {
        TableView<IndicatorRow> t = new TableView<>(shownIndicators);
        controls.describe(t, "indicatorTable", "indicators");
        t.setEditable(true);
        t.getSelectionModel().setCellSelectionEnabled(true);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(messages.get("indicators.empty")));
        TableColumn<IndicatorRow, String> owner = controls.column("indicatorOwner", "column.owner",
                r -> r.firstOfOwner() ? r.ownerTitle() : "", IndicatorRow::ownerTitle);
        TableColumns.wrap(owner);
        owner.setPrefWidth(170);
        TableColumn<IndicatorRow, String> id = controls.column("indicatorId", "column.id", IndicatorRow::id, null);
        TableColumn<IndicatorRow, String> kind = controls.column("indicatorKind", "column.kind",
                r -> vm.kindText(r.result().indicator()), null);
        TableColumn<IndicatorRow, String> name = controls.column("indicatorName", "column.name",
                r -> r.result().indicator().name(), null);
        TableColumns.wrap(name);
        name.setPrefWidth(220);
        TableColumn<IndicatorRow, String> unit = controls.column("indicatorUnit", "column.unit",
                r -> r.result().indicator().unit(), null);
        TableColumn<IndicatorRow, String> direction = controls.column("indicatorDirection", "column.direction",
                r -> r.result().indicator().isNumeric() ? vm.directionText(r.result().indicator().direction()) : "",
                null);
        TableColumn<IndicatorRow, String> base = controls.column("indicatorBaseline", "column.baseline",
                r -> vm.baselineText(r.result().indicator()), null);
        TableColumn<IndicatorRow, String> target = controls.column("indicatorTarget", "column.target",
                r -> vm.targetText(r.result()), null);
        TableColumns.wrap(target);
        actualColumn = new TableColumn<>(messages.get("column.actual"));
        actualColumn.setId("indicatorActual");
        actualColumn.setSortable(false);
        actualColumn.setEditable(true);
        actualColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(
                vm.actualText(c.getValue().result())));
        actualColumn.setCellFactory(c -> new ActualCell());
        actualColumn.setOnEditCommit(e -> {
            int row = e.getTablePosition().getRow();
            boolean done = vm.setActual(e.getRowValue().id(), e.getNewValue() == null ? "" : e.getNewValue());
            if (!done) {
                t.refresh();
            }
            // The text field went with the edit: the focus stays in the table, on the next row's actual once typed
            // (as in a spreadsheet), on the same one when refused.
            int next = done && row + 1 < t.getItems().size() ? row + 1 : row;
            javafx.application.Platform.runLater(() -> {
                t.requestFocus();
                if (next < t.getItems().size()) {
                    t.getFocusModel().focus(next, actualColumn);
                }
            });
        });
        TableColumn<IndicatorRow, String> achievement = controls.column("indicatorAchievement",
                "column.achievement", r -> vm.achievementText(r.result()), null);
        TableColumn<IndicatorRow, String> grade = controls.column("indicatorGrade", "column.grade",
                r -> vm.gradeText(r.result().grade()), null);
        for (TableColumn<IndicatorRow, String> c : List.of(base, target, actualColumn, achievement)) {
            c.setStyle("-fx-alignment: center-right;");
        }
        t.getColumns().setAll(List.of(owner, id, kind, name, unit, direction, base, target, actualColumn, achievement,
                grade));
        TableColumns.keepWhole(t, id, kind, unit, direction, base, actualColumn, achievement, grade);
        TableColumns.keepHeadersWhole(t, owner, name, target);
        t.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedIndicatorProperty().set(row.id());
            }
        });
        // Enter or F2 on a row types its actual; a digit starts typing it at once.
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (t.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                editActual(t, null);
                e.consume();
            }
        });
        t.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (t.getEditingCell() == null && ch.length() == 1 && !e.isControlDown() && !e.isAltDown()
                    && !e.isMetaDown() && "0123456789.-０１２３４５６７８９．".contains(ch)) {
                editActual(t, ch);
                e.consume();
            }
        });
        return t;
    }

    /** Starts typing the actual of the focused row, with {@code first} typed already (or the value, selected). */
    private void editActual(TableView<IndicatorRow> t, String first) {
        int row = t.getFocusModel().getFocusedIndex();
        if (row < 0 || row >= t.getItems().size() || !t.getItems().get(row).result().indicator().isNumeric()) {
            return;
        }
        t.getSelectionModel().clearAndSelect(row, actualColumn);
        t.edit(row, actualColumn);
        pendingFirst = first;
    }

    private String pendingFirst;

    /** The actual's cell: a text field while typing; not editable for a qualitative indicator. */
    private final class ActualCell extends TextFieldTableCell<IndicatorRow, String> {
        ActualCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            IndicatorRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || !row.result().indicator().isNumeric()) {
                return;
            }
            super.startEdit();
            if (isEditing() && getGraphic() instanceof javafx.scene.control.TextField field) {
                String first = pendingFirst;
                pendingFirst = null;
                field.setAccessibleText(messages.get("column.actual.accessible", row.id(),
                        vm.yearLabel(row.result().year())));
                if (first != null) {
                    field.setText(first);
                    field.positionCaret(first.length());
                }
            }
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            IndicatorRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
            getStyleClass().remove("editable-cell");
            if (row != null && row.result().indicator().isNumeric()) {
                getStyleClass().add("editable-cell");
            }
        }
    }
}
