package org.kaname.ui.evaluation;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.DefaultStringConverter;
import org.kaname.model.IndicatorDirection;
import org.kaname.ui.Controls;
import org.kaname.ui.TableColumns;
import org.kaname.ui.chart.ChartCanvas;

/**
 * The selected indicator: its direction and baseline (現状値 with its 年度), its targets and actuals by 年度 (typed into
 * the table: target, final mark, actual, date, source, note), and its trend as a chart with the same values as text
 * beside it. Only builds and binds; every change goes to {@link EvaluationViewModel}.
 */
final class IndicatorDetailView {
    private final EvaluationViewModel vm;
    private final Controls controls;
    private final VBox root = new VBox(6);

    IndicatorDetailView(EvaluationViewModel vm, Controls controls) {
        this.vm = vm;
        this.controls = controls;
        root.setId("indicatorDetail");
        Label title = Controls.wrapped("indicatorDetailTitle", "section-title");
        title.textProperty().bind(vm.indicatorTitleProperty());

        TabPane tabs = new TabPane(yearsTab(), trendTab());
        tabs.setId("indicatorDetailTabs");
        tabs.disableProperty().bind(vm.indicatorShownProperty().not());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, tabs);
    }

    Node node() {
        return root;
    }

    private Tab yearsTab() {
        ComboBox<IndicatorDirection> direction = controls.combo("indicatorDirectionChoice", "detail.direction");
        direction.getItems().setAll(IndicatorDirection.values());
        direction.setConverter(new StringConverter<>() {
            @Override
            public String toString(IndicatorDirection d) {
                return d == null ? "" : vm.directionLongText(d);
            }

            @Override
            public IndicatorDirection fromString(String s) {
                return null;
            }
        });
        direction.valueProperty().bindBidirectional(vm.directionProperty());
        TextField baseline = controls.describe(new TextField(), "indicatorBaselineField", "detail.baseline");
        baseline.textProperty().bindBidirectional(vm.baselineProperty());
        baseline.setPrefColumnCount(7);
        TextField baselineYear = controls.describe(new TextField(), "indicatorBaselineYearField",
                "detail.baselineYear");
        baselineYear.textProperty().bindBidirectional(vm.baselineYearProperty());
        baselineYear.setPrefColumnCount(5);
        Button apply = controls.button("applyIndicatorNumbers", "detail.apply", vm::applyNumbers);
        baseline.setOnAction(e -> vm.applyNumbers());
        baselineYear.setOnAction(e -> vm.applyNumbers());
        FlowPane form = new FlowPane(8, 6, pair(controls.labelFor("detail.direction", direction), direction),
                pair(controls.labelFor("detail.baseline", baseline), baseline),
                pair(controls.labelFor("detail.baselineYear", baselineYear), baselineYear), apply);
        form.setAlignment(Pos.CENTER_LEFT);

        TableView<YearEntry> table = new TableView<>(vm.yearEntries());
        controls.describe(table, "indicatorYears", "detail.years");
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("—"));
        TableColumn<YearEntry, String> year = controls.column("yearsYear", "years.year", e -> vm.yearLabel(e.year()),
                null);
        TableColumn<YearEntry, String> target = text("yearsTarget", "years.target",
                e -> e.target() == null ? "" : NumberInput.format(e.target().value()),
                (e, v) -> vm.setTarget(e.year(), v), e -> true);
        TableColumn<YearEntry, Boolean> isFinal = new TableColumn<>(controls.messages().get("years.final"));
        isFinal.setId("yearsFinal");
        isFinal.setSortable(false);
        isFinal.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().target() != null
                && c.getValue().target().isFinal()));
        isFinal.setCellFactory(c -> new FinalCell());
        TableColumn<YearEntry, String> actual = text("yearsActual", "years.actual",
                e -> e.actual() == null ? "" : NumberInput.format(e.actual().value()),
                (e, v) -> vm.setActual(vm.selected().map(i -> i.id()).orElse(""), e.year(), v), e -> true);
        TableColumn<YearEntry, String> date = text("yearsDate", "years.date",
                e -> e.actual() == null || e.actual().date() == null ? "" : e.actual().date().toString(),
                (e, v) -> vm.setActualDate(e.year(), v), e -> e.actual() != null);
        TableColumn<YearEntry, String> source = text("yearsSource", "years.source",
                e -> e.actual() == null ? "" : e.actual().source(), (e, v) -> vm.setActualSource(e.year(), v),
                e -> e.actual() != null);
        TableColumn<YearEntry, String> note = text("yearsNote", "years.note",
                e -> e.actual() == null ? "" : e.actual().note(), (e, v) -> vm.setActualNote(e.year(), v),
                e -> e.actual() != null);
        target.setStyle("-fx-alignment: center-right;");
        actual.setStyle("-fx-alignment: center-right;");
        table.getColumns().setAll(List.of(year, target, isFinal, actual, date, source, note));
        TableColumns.keepWhole(table, year, target, actual, date);
        TableColumns.keepHeadersWhole(table, isFinal, source, note);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
                var pos = table.getFocusModel().getFocusedCell();
                if (pos != null && pos.getTableColumn() != null && table.getEditingCell() == null) {
                    table.edit(pos.getRow(), pos.getTableColumn());
                    e.consume();
                }
            }
        });
        Label tableLabel = controls.labelFor("detail.years", table);
        VBox box = new VBox(6, form, tableLabel, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        Tab tab = new Tab(controls.messages().get("tab.years"), box);
        tab.setId("indicatorYearsTab");
        tab.setClosable(false);
        return tab;
    }

    private static HBox pair(Label label, Node field) {
        HBox box = new HBox(4, label, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** An editable text column of the years table; {@code editable} says which rows may be typed into. */
    private TableColumn<YearEntry, String> text(String id, String key, Function<YearEntry, String> get,
                                                BiPredicate<YearEntry, String> set,
                                                java.util.function.Predicate<YearEntry> editable) {
        TableColumn<YearEntry, String> c = new TableColumn<>(controls.messages().get(key));
        c.setId(id);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(get.apply(d.getValue())));
        c.setCellFactory(col -> new TextFieldTableCell<>(new DefaultStringConverter()) {
            @Override
            public void startEdit() {
                YearEntry row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && editable.test(row)) {
                    super.startEdit();
                }
            }
        });
        c.setOnEditCommit(e -> {
            if (!set.test(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue())) {
                e.getTableView().refresh();
            }
        });
        return c;
    }

    /** 最終: a check box for a year with a target; checking it makes that target the final one. */
    private final class FinalCell extends TableCell<YearEntry, Boolean> {
        private final CheckBox box = Controls.checkBoxForData(null, "");

        FinalCell() {
            box.setOnAction(e -> {
                YearEntry row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !vm.setFinal(row.year(), box.isSelected())) {
                    box.setSelected(!box.isSelected());
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Boolean item, boolean empty) {
            super.updateItem(item, empty);
            YearEntry row = empty || getTableRow() == null ? null : getTableRow().getItem();
            if (row == null || row.target() == null) {
                setGraphic(null);
                return;
            }
            box.setSelected(Boolean.TRUE.equals(item));
            box.setAccessibleText(controls.messages().get("years.final.accessible", vm.yearLabel(row.year())));
            setGraphic(box);
        }
    }

    private Tab trendTab() {
        ChartCanvas chart = new ChartCanvas();
        chart.setId("indicatorTrendChart");
        chart.setAccessibleText(controls.messages().get("chart.accessible"));
        chart.chartProperty().bind(vm.chartProperty());
        chart.setMinWidth(240);
        Label none = new Label(controls.messages().get("chart.none"));
        none.setId("indicatorTrendNone");
        none.setWrapText(true);
        none.visibleProperty().bind(vm.chartProperty().isNull());
        chart.visibleProperty().bind(vm.chartProperty().isNotNull());
        javafx.scene.layout.StackPane chartBox = new javafx.scene.layout.StackPane(chart, none);
        HBox.setHgrow(chartBox, Priority.ALWAYS);

        TableView<TrendRow> values = new TableView<>(vm.trend());
        controls.describe(values, "indicatorTrendValues", "trend.values");
        values.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        values.setPlaceholder(new Label("—"));
        TableColumn<TrendRow, String> y = controls.column("trendYear", "trend.year", TrendRow::yearText, null);
        TableColumn<TrendRow, String> t = controls.column("trendTarget", "trend.target", TrendRow::target, null);
        TableColumn<TrendRow, String> a = controls.column("trendActual", "trend.actual", TrendRow::actual, null);
        TableColumn<TrendRow, String> r = controls.column("trendAchievement", "trend.achievement",
                TrendRow::achievement, null);
        TableColumn<TrendRow, String> g = controls.column("trendGrade", "trend.grade", TrendRow::grade, null);
        for (TableColumn<TrendRow, String> c : List.of(t, a, r)) {
            c.setStyle("-fx-alignment: center-right;");
        }
        values.getColumns().setAll(List.of(y, t, a, r, g));
        TableColumns.keepWhole(values, y, t, a, r, g);
        values.setPrefWidth(380);
        values.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(12, chartBox, values);
        box.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        Tab tab = new Tab(controls.messages().get("tab.trend"), box);
        tab.setId("indicatorTrendTab");
        tab.setClosable(false);
        return tab;
    }
}
