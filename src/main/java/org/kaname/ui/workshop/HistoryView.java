package org.kaname.ui.workshop;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.model.Measure;
import org.kaname.ui.Controls;
import org.kaname.ui.chart.ChartCanvas;

/**
 * The revealed rounds (number, title, when, mean spread, strong disagreements) and, for the chosen round, the
 * distribution of one measure's values per criterion — the same chart the projection and the report draw.
 */
final class HistoryView {
    private final VBox root = new VBox(8);
    private final TableView<HistoryRow> table = new TableView<>();
    private final ChartCanvas canvas = new ChartCanvas();

    HistoryView(RoundHistoryViewModel vm, Controls ui) {
        Messages m = ui.messages();
        root.setId("roundHistory");
        ui.describe(table, "historyTable", "history.table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(m.get("history.empty")));
        // Number and title in one column: the default title is the number, shown once.
        table.getColumns().add(column(ui, "historyRound", "history.round", 90, r -> {
            String number = m.get("history.numberText", r.number());
            String title = r.title().isBlank() || r.title().equals(number) ? number : number + " " + r.title();
            return title + (r.anonymous() ? " " + m.get("history.anonymousMark") : "");
        }));
        table.getColumns().add(column(ui, "historyRevealed", "history.revealed", 140, HistoryRow::revealed));
        table.getColumns().add(column(ui, "historySpread", "history.spread", 124, HistoryRow::meanSpread));
        table.getColumns().add(column(ui, "historyStrong", "history.strong", 84,
                r -> Integer.toString(r.strongCells())));
        table.setPrefHeight(3 * 36 + 40);
        table.setMinHeight(120);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                vm.selectedRoundProperty().set(row.number());
            }
        });
        Runnable selectFromVm = () -> table.getItems().stream()
                .filter(r -> vm.selectedRoundProperty().get() != null && r.number() == vm.selectedRoundProperty().get())
                .findFirst().ifPresent(r -> table.getSelectionModel().select(r));
        vm.selectedRoundProperty().addListener((o, a, b) -> selectFromVm.run());
        vm.rows().addListener((javafx.collections.ListChangeListener<HistoryRow>) c -> selectFromVm.run());
        selectFromVm.run();

        ComboBox<Measure> measure = ui.describe(new ComboBox<>(vm.roundMeasures()), "chartMeasure",
                "history.measure");
        measure.setCellFactory(l -> measureCell());
        measure.setButtonCell(measureCell());
        Runnable measureFromVm = () -> measure.getSelectionModel().select(vm.roundMeasures().stream()
                .filter(x -> x.id().equals(vm.chartMeasureIdProperty().get())).findFirst().orElse(null));
        vm.chartMeasureIdProperty().addListener((o, a, b) -> measureFromVm.run());
        // After the combo box has taken in the new items (it clears its selection then), select again.
        vm.roundMeasures().addListener((javafx.collections.ListChangeListener<Measure>) c ->
                javafx.application.Platform.runLater(measureFromVm));
        measure.getSelectionModel().selectedItemProperty().addListener((o, a, x) -> {
            if (x != null) {
                vm.chartMeasureIdProperty().set(x.id());
            }
        });
        measureFromVm.run();
        measure.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(measure, Priority.ALWAYS);
        HBox measureRow = new HBox(8, ui.labelFor("history.measure.label", measure), measure);
        measureRow.setAlignment(Pos.CENTER_LEFT);

        canvas.setId("distributionChart");
        canvas.setAccessibleText(m.get("history.chart.accessible"));
        canvas.chartProperty().bind(vm.chartProperty());
        Label noChart = ui.help("history.noChart");
        noChart.visibleProperty().bind(vm.chartProperty().isNull());
        noChart.managedProperty().bind(noChart.visibleProperty());
        ScrollPane chartScroll = new ScrollPane(canvas);
        chartScroll.setFitToWidth(true);
        chartScroll.setId("distributionScroll");
        VBox.setVgrow(chartScroll, Priority.ALWAYS);
        root.getChildren().addAll(ui.heading("history.heading", "workshop-heading"), table, movement(vm, ui), measureRow, noChart,
                chartScroll);
    }

    /**
     * How consensus moved since the previous revealed round: the summary line, then the cells that moved most, the
     * sd change first so a long measure title is what gives way. Hidden for the first round.
     */
    private static Node movement(RoundHistoryViewModel vm, Controls ui) {
        Messages m = ui.messages();
        Label summary = new Label();
        summary.setId("movementSummary");
        summary.getStyleClass().add("movement-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.movementSummaryProperty());
        VBox cells = new VBox(2);
        cells.setId("movementCells");
        cells.setAccessibleText(m.get("history.movement.accessible"));
        Runnable fill = () -> cells.getChildren().setAll(vm.movement().stream().map(r -> movementLine(r, m))
                .toList());
        vm.movement().addListener((javafx.collections.ListChangeListener<MovementRow>) c -> fill.run());
        fill.run();
        VBox box = new VBox(4, ui.heading("history.movement.heading", "workshop-heading"), summary, cells);
        box.setId("roundMovement");
        box.getStyleClass().add("round-movement");
        box.visibleProperty().bind(vm.movementSummaryProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Node movementLine(MovementRow row, Messages m) {
        Label sd = new Label(m.get("history.movement.sd", row.sdBefore(), row.sdAfter()));
        sd.getStyleClass().add("movement-sd");
        sd.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label where = new Label(m.get("history.movement.where", row.measure(), row.criterion()));
        where.setMinWidth(0);
        HBox line = new HBox(10, sd, where);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setAccessibleText(row.text());
        javafx.scene.control.Tooltip.install(line, new javafx.scene.control.Tooltip(row.text()));
        return line;
    }

    private ListCell<Measure> measureCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Measure x, boolean empty) {
                super.updateItem(x, empty);
                setText(empty || x == null ? null : x.id() + " " + x.title());
            }
        };
    }

    private static TableColumn<HistoryRow, String> column(Controls ui, String id, String key, double width,
                                                          java.util.function.Function<HistoryRow, String> value) {
        TableColumn<HistoryRow, String> c = ui.column(id, key, value, null);
        c.setPrefWidth(width);
        // May narrow a little, so every column stays in view at the default window size (1280 wide).
        c.setMinWidth(id.equals("historyRound") ? 70 : Math.round(width * 0.8));
        return c;
    }

    Node node() {
        return root;
    }

    TableView<HistoryRow> table() {
        return table;
    }

}
