package org.kaname.ui.history;

import org.kaname.ui.Controls;
import org.kaname.ui.DisplayConverter;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.history.ComparisonRows.MovementRow;
import org.kaname.ui.history.ComparisonRows.ScoreRow;
import org.kaname.ui.history.ComparisonRows.WeightRow;

/**
 * The comparison tab: choose side A and side B (a saved version or 現在), 「比較する」, then a summary and four tabs —
 * rank movement (rank, score and tier before → after, the movement as an arrow and words: ↑3 / ↓2 / ― / 新規 / 削除,
 * coloured only in addition), changed values with who changed them, weights on both sides, and measures added and
 * removed.
 */
final class CompareView {
    private final VersionsViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final ObservableList<MovementRow> movement = FXCollections.observableArrayList();
    private final FilteredList<MovementRow> shownMovement = new FilteredList<>(movement);
    private final TableView<MovementRow> movementTable = new TableView<>(shownMovement);
    private final TableView<ScoreRow> scoreTable = new TableView<>();
    private final TableView<WeightRow> weightTable = new TableView<>();
    private final ListView<String> added = new ListView<>();
    private final ListView<String> removed = new ListView<>();
    private final Button run;

    CompareView(VersionsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.run = controls.button("compareButton", "compare.run", vm::compare);
    }

    /** The button Enter presses while this tab is shown. */
    Button runButton() {
        return run;
    }

    TableView<MovementRow> movementTable() {
        return movementTable;
    }

    Node build() {
        ComboBox<SideChoice> a = side("compareSideA", "compare.sideA", vm.sideAProperty());
        ComboBox<SideChoice> b = side("compareSideB", "compare.sideB", vm.sideBProperty());
        run.disableProperty().bind(vm.comparingProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("compareBusy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.comparingProperty());
        FlowPane choose = new FlowPane(8, 6, group("compare.sideA", a), group("compare.sideB", b), run, busy);
        choose.setAlignment(Pos.CENTER_LEFT);

        Label summary = Controls.wrapped("compareSummary", "compare-summary");
        summary.textProperty().bind(javafx.beans.binding.Bindings.when(vm.compareMessageProperty().isEmpty())
                .then(messages.get("compare.hint")).otherwise(vm.compareMessageProperty()));
        Label problems = Controls.wrapped("compareProblems", "problem-text");
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());

        TabPane results = new TabPane(tab("compareRankingTab", "compare.tab.ranking", rankingPane()),
                tab("compareScoresTab", "compare.tab.scores", scoresPane()),
                tab("compareWeightsTab", "compare.tab.weights", weightsPane()),
                tab("compareMeasuresTab", "compare.tab.measures", measuresPane()));
        results.setId("compareResults");
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        vm.resultProperty().addListener((o, old, r) -> show(r, problems));
        show(vm.resultProperty().get(), problems);

        VBox box = new VBox(8, choose, summary, problems, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        box.setPadding(new Insets(12));
        box.setId("compareTab");
        return box;
    }

    private void show(ComparisonRows r, Label problems) {
        movement.setAll(r == null ? List.of() : r.ranking());
        scoreTable.getItems().setAll(r == null ? List.of() : r.scores());
        weightTable.getItems().setAll(r == null ? List.of() : r.weights());
        added.getItems().setAll(r == null ? List.of() : r.added());
        removed.getItems().setAll(r == null ? List.of() : r.removed());
        problems.setText(r == null ? "" : String.join("\n", r.problems()));
    }

    private ComboBox<SideChoice> side(String id, String key,
                                      javafx.beans.property.ObjectProperty<SideChoice> value) {
        ComboBox<SideChoice> c = controls.combo(id, key);
        c.setItems(vm.sides());
        c.setConverter(DisplayConverter.of(SideChoice::label));
        c.valueProperty().bindBidirectional(value);
        c.getStyleClass().add("side-choice");
        return c;
    }

    private HBox group(String key, ComboBox<SideChoice> combo) {
        HBox g = new HBox(6, controls.labelFor(key, combo), combo);
        g.setAlignment(Pos.CENTER_LEFT);
        return g;
    }

    private Tab tab(String id, String key, Node content) {
        Tab t = new Tab(messages.get(key), content);
        t.setId(id);
        return t;
    }

    private Node rankingPane() {
        CheckBox changedOnly = controls.checkBox("compareChangedOnly", "compare.changedOnly");
        changedOnly.selectedProperty().addListener((o, was, only) ->
                shownMovement.setPredicate(only ? MovementRow::changed : null));
        movementTable.getStyleClass().add("history-table");
        controls.describe(movementTable, "movementTable", "compare.table");
        movementTable.setPlaceholder(new Label(messages.get("compare.hint")));
        movementTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        movementTable.getColumns().add(HistoryColumns.sized(controls.column("movementMeasureColumn", "compare.col.measure",
                MovementRow::measure, null), 340));
        movementTable.getColumns().add(HistoryColumns.number(controls.column("movementRankColumn", "compare.col.rank",
                MovementRow::rank, null), 130));
        movementTable.getColumns().add(moveColumn());
        movementTable.getColumns().add(HistoryColumns.number(controls.column("movementScoreColumn", "compare.col.score",
                MovementRow::score, null), 170));
        movementTable.getColumns().add(HistoryColumns.sized(controls.column("movementTierColumn", "compare.col.tier",
                MovementRow::tier, null), 150));
        movementTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(MovementRow row, boolean empty) {
                super.updateItem(row, empty);
                setAccessibleText(empty || row == null ? null : messages.get("compare.row.accessible", row.measure(),
                        row.rank(), row.moveSpoken(), row.score(), row.tier()));
            }
        });
        VBox box = new VBox(6, changedOnly, movementTable);
        VBox.setVgrow(movementTable, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** ↑3 / ↓2 / ― / 新規 / 削除 as text, with a colour that only repeats it; the spoken form as tooltip. */
    private TableColumn<MovementRow, MovementRow> moveColumn() {
        TableColumn<MovementRow, MovementRow> col = new TableColumn<>(messages.get("compare.col.move"));
        col.setId("movementMoveColumn");
        col.setSortable(false);
        col.setPrefWidth(110);
        col.setMinWidth(80);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(MovementRow row, boolean empty) {
                super.updateItem(row, empty);
                for (Move m : Move.values()) {
                    getStyleClass().remove(m.styleClass());
                }
                getStyleClass().remove("move-cell");
                if (empty || row == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(row.moveText());
                setTooltip(new Tooltip(row.moveSpoken()));
                getStyleClass().addAll("move-cell", row.move().styleClass());
            }
        });
        return col;
    }

    private Node scoresPane() {
        scoreTable.setId("scoreChangeTable");
        scoreTable.getStyleClass().add("history-table");
        scoreTable.setPlaceholder(new Label(messages.get("compare.noScores")));
        scoreTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        scoreTable.getColumns().add(HistoryColumns.sized(controls.column("scoreMeasureColumn", "compare.col.measure",
                ScoreRow::measure, null), 300));
        scoreTable.getColumns().add(HistoryColumns.sized(controls.column("scoreCriterionColumn", "compare.col.criterion",
                ScoreRow::criterion, null), 170));
        scoreTable.getColumns().add(HistoryColumns.sized(controls.column("scoreRaterColumn", "compare.col.rater",
                ScoreRow::rater, null), 140));
        scoreTable.getColumns().add(HistoryColumns.number(controls.column("scoreBeforeColumn", "compare.col.before",
                ScoreRow::before, null), 90));
        scoreTable.getColumns().add(HistoryColumns.number(controls.column("scoreAfterColumn", "compare.col.after",
                ScoreRow::after, null), 90));
        scoreTable.getColumns().add(HistoryColumns.sized(controls.column("scoreChangedByColumn", "compare.col.changedBy",
                ScoreRow::changedBy, null), 150));
        return padded(scoreTable);
    }

    private Node weightsPane() {
        weightTable.setId("weightChangeTable");
        weightTable.getStyleClass().add("history-table");
        weightTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        weightTable.getColumns().add(HistoryColumns.sized(controls.column("weightCriterionColumn", "compare.col.criterion",
                WeightRow::criterion, null), 260));
        weightTable.getColumns().add(HistoryColumns.number(controls.column("weightBeforeColumn", "compare.col.weightBefore",
                WeightRow::before, null), 120));
        weightTable.getColumns().add(HistoryColumns.number(controls.column("weightAfterColumn", "compare.col.weightAfter",
                WeightRow::after, null), 120));
        weightTable.getColumns().add(HistoryColumns.number(controls.column("weightDifferenceColumn", "compare.col.difference",
                WeightRow::difference, null), 140));
        return padded(weightTable);
    }

    private Node measuresPane() {
        added.setId("addedMeasures");
        removed.setId("removedMeasures");
        added.setPlaceholder(new Label(messages.get("compare.noMeasures")));
        removed.setPlaceholder(new Label(messages.get("compare.noMeasures")));
        Label addedTitle = new Label(messages.get("compare.added"));
        addedTitle.getStyleClass().add("section-title");
        addedTitle.setLabelFor(added);
        Label removedTitle = new Label(messages.get("compare.removed"));
        removedTitle.getStyleClass().add("section-title");
        removedTitle.setLabelFor(removed);
        VBox left = new VBox(6, addedTitle, added);
        VBox right = new VBox(6, removedTitle, removed);
        VBox.setVgrow(added, Priority.ALWAYS);
        VBox.setVgrow(removed, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        return padded(split);
    }

    private static Node padded(Node n) {
        VBox box = new VBox(n);
        VBox.setVgrow(n, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
