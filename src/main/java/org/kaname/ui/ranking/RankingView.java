package org.kaname.ui.ranking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.kaname.engine.ModelKind;
import org.kaname.i18n.Messages;
import org.kaname.model.Tier;
import org.kaname.ui.Controls;
import org.kaname.ui.DisplayConverter;
import org.kaname.ui.FilterField;
import org.kaname.ui.ShortTitles;
import org.kaname.ui.TableColumns;

/**
 * The Ranking screen's controls, bound to a {@link RankingViewModel}: the model and weights choosers with the busy
 * mark, the TOPSIS note and the weights in use; the ranking table (filterable, several rows selectable for the
 * radar) beside the charts as tabs (score breakdown, radar comparison); the pillar and support-measure summary
 * across the whole width below. Tiers show as text on their colour. It holds no plan logic and makes no edits.
 */
final class RankingView {
    /** The scenario chooser's item for the plan's own weights (scenario names are never empty). */
    private static final String OWN_WEIGHTS = "";
    private static final PseudoClass PILLAR = PseudoClass.getPseudoClass("pillar");

    private final RankingViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final BorderPane root = new BorderPane();
    private final TableView<RankRow> rankTable = new TableView<>();
    private final TableView<SummaryRow> summaryTable = new TableView<>();
    private final ContributionChart contributions;
    private final RadarChart radar;
    private final FilterField filter;
    private TabPane charts;
    private boolean restoringSelection;

    RankingView(RankingViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.contributions = new ContributionChart(messages);
        this.radar = new RadarChart(messages);
        this.filter = new FilterField("rankFilter", messages.locale());
    }

    /** Builds the screen's content, bound to the view model; call once. */
    Parent build() {
        root.getStyleClass().add("ranking-screen");
        root.setTop(toolbar());
        Node chartTabs = chartTabs();
        buildRankTable();
        buildSummaryTable();

        VBox left = new VBox(6, sectionTitle("table", rankTable), filter.node(), rankTable);
        filter.focusOnShortcut(root);
        filter.wordsProperty().addListener((o, a, words) -> fillTable());
        VBox.setVgrow(rankTable, Priority.ALWAYS);
        summaryTable.setPrefHeight(220);
        left.setPadding(new Insets(0, 8, 0, 0));

        SplitPane split = new SplitPane(left, chartTabs);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        // The summary spans the whole width under both: its nine columns stay whole at 1280×800 in either language.
        VBox summaryBox = new VBox(6, sectionTitle("summary", summaryTable), summaryTable);
        summaryBox.setPadding(new Insets(6, 0, 0, 0));
        VBox center = new VBox(split, summaryBox);
        VBox.setVgrow(split, Priority.ALWAYS);
        BorderPane.setMargin(center, new Insets(0, 12, 12, 12));
        root.setCenter(center);

        vm.rows().addListener((ListChangeListener<RankRow>) c -> showRows());
        vm.summaries().addListener((ListChangeListener<SummaryRow>) c -> summaryTable.getItems().setAll(vm.summaries()));
        vm.tierNames().addListener((ListChangeListener<String>) c -> rebuildSummaryColumns());
        showRows();
        summaryTable.getItems().setAll(vm.summaries());
        return root;
    }

    private Node toolbar() {
        ComboBox<ModelKind> model = controls.combo("modelChoice", "model");
        model.getItems().setAll(ModelKind.values());
        model.setConverter(DisplayConverter.of(m -> messages.get("model." + m.code())));
        model.valueProperty().bindBidirectional(vm.modelProperty());

        ComboBox<String> scenario = controls.combo("scenarioChoice", "scenario");
        ObservableList<String> scenarioItems = FXCollections.observableArrayList();
        Runnable fillScenarios = () -> {
            List<String> items = new ArrayList<>();
            items.add(OWN_WEIGHTS);
            items.addAll(vm.scenarioNames());
            scenarioItems.setAll(items);
        };
        fillScenarios.run();
        scenario.setItems(scenarioItems);
        scenario.setConverter(DisplayConverter.of(s -> s == null || s.isEmpty() ? messages.get("scenario.own") : s));
        scenario.setValue(OWN_WEIGHTS);
        vm.scenarioNames().addListener((ListChangeListener<String>) c -> {
            fillScenarios.run();
            scenario.setValue(vm.scenarioProperty().get() == null ? OWN_WEIGHTS : vm.scenarioProperty().get());
        });
        scenario.valueProperty().addListener((o, a, s) ->
                vm.scenarioProperty().set(s == null || s.isEmpty() ? null : s));
        vm.scenarioProperty().addListener((o, a, s) -> scenario.setValue(s == null ? OWN_WEIGHTS : s));

        ProgressIndicator busy = controls.busy("rankingBusy", "busy", vm.busyProperty());
        busy.setPrefSize(24, 24);

        Label modelNote = Controls.wrapped("modelNote", "model-note");
        modelNote.setText(messages.get("model.topsisNote"));
        modelNote.visibleProperty().bind(vm.modelProperty().isEqualTo(ModelKind.TOPSIS));
        modelNote.managedProperty().bind(modelNote.visibleProperty());

        Label weightsLine = Controls.wrapped("weightsLine", "help-text");
        weightsLine.textProperty().bind(vm.weightsLineProperty());

        HBox bar = new HBox(8, controls.labelFor("model", model), model, new Separator(Orientation.VERTICAL),
                controls.labelFor("scenario", scenario), scenario, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, modelNote, weightsLine);
        top.setPadding(new Insets(12));
        return top;
    }

    /** The two charts share one place as tabs, so each has the full height even in a small window. */
    private Node chartTabs() {
        radar.setId("radarChart");
        Label radarHint = Controls.wrapped("radarHint", "help-text");
        radarHint.textProperty().bind(vm.radarProperty().map(data ->
                messages.get(data.topByDefault() ? "radar.hintTop" : "radar.hintSelected")));
        vm.radarProperty().addListener((o, a, data) -> radar.setData(data));
        radar.setData(vm.radarProperty().get());

        VBox chartBox = new VBox(6, sectionTitle("chart", contributions.chart()), contributions.node());
        VBox.setVgrow(contributions.node(), Priority.ALWAYS);
        VBox radarBox = new VBox(6, sectionTitle("radar", radar), radarHint, radar);
        VBox.setVgrow(radar, Priority.ALWAYS);
        chartBox.setPadding(new Insets(8));
        radarBox.setPadding(new Insets(8));
        Tab chartTab = tab("contributionTab", "tab.contribution", "chart.accessible", chartBox);
        Tab radarTab = tab("radarTab", "tab.radar", "radar.accessible", radarBox);
        charts = controls.describe(new TabPane(chartTab, radarTab), "chartTabs", "tabs");
        return charts;
    }

    private Tab tab(String id, String key, String tooltipKey, Node content) {
        Tab tab = new Tab(messages.get(key), content);
        tab.setId(id);
        tab.setClosable(false);
        tab.setTooltip(Controls.tooltip(messages.get(tooltipKey)));
        return tab;
    }

    /** A section's heading whose mnemonic moves the focus to {@code target}. */
    private Label sectionTitle(String key, Node target) {
        Label title = controls.labelFor(key, target);
        title.getStyleClass().add("section-title");
        return title;
    }

    private void buildRankTable() {
        controls.describe(rankTable, "rankTable", "table");
        rankTable.getStyleClass().add("rank-table");
        rankTable.setPlaceholder(new Label(messages.get("table.empty")));
        rankTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        rankTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        TableColumn<RankRow, String> rank = column("rankColumn", "column.rank", RankRow::rankText, 56, 52);
        rank.getStyleClass().add("number-column");
        TableColumn<RankRow, String> measure = column("measureColumn", "column.measure", RankRow::title, 300, 160);
        TableColumn<RankRow, String> group = column("groupColumn", "column.group",
                r -> ShortTitles.of(r.groupTitle()), 110, 90);
        group.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                RankRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setTooltip(row == null ? null : new Tooltip(row.groupTitle()));
                setAccessibleText(row == null ? null : row.groupTitle());
            }
        });
        TableColumn<RankRow, String> score = column("scoreColumn", "column.score", RankRow::scoreText, 80, 72);
        score.getStyleClass().add("number-column");
        TableColumn<RankRow, RankRow> tier = new TableColumn<>(messages.get("column.tier"));
        tier.setId("tierColumn");
        tier.setSortable(false);
        tier.setPrefWidth(fitWidth(vm.tierText(Tier.UNSCORED), 80));
        tier.setMinWidth(fitWidth(vm.tierText(Tier.UNSCORED), 64));
        tier.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        tier.setCellFactory(c -> tierCell(RankRow::tierText, RankRow::level));
        TableColumns.measuredAs(tier, RankRow::tierText);
        rankTable.getColumns().setAll(List.of(rank, measure, group, score, tier));
        // The measure's title wraps; rank, support measure label, score and tier show whole (TableColumns).
        measure.setCellFactory(c -> TableColumns.wrappingCell());
        TableColumns.keepWhole(rankTable, rank, group, score, tier);
        rankTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(RankRow row, boolean empty) {
                super.updateItem(row, empty);
                setAccessibleText(empty || row == null ? null : messages.get("row.accessible", row.rankText(),
                        row.title(), row.scoreText(), row.tierText()));
            }
        });
        rankTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RankRow>) c -> {
            if (!restoringSelection) {
                if (rankTable.getSelectionModel().getSelectedItems().size() > 1) {
                    // Several measures chosen: the user wants to compare them.
                    charts.getSelectionModel().select(1);
                }
                vm.selectedMeasureIds().setAll(rankTable.getSelectionModel().getSelectedItems().stream()
                        .filter(Objects::nonNull).map(RankRow::measureId).toList());
            }
        });
    }

    /** New rows from the view model: the table and the chart (which keeps every measure, whatever the filter). */
    private void showRows() {
        fillTable();
        contributions.show(vm.rows(), vm.criteria(), vm.modelProperty().get() == ModelKind.TOPSIS);
    }

    /**
     * The rows the filter lets through; the selection (what the radar compares) is kept by measure id, also for rows
     * the filter hides.
     */
    private void fillTable() {
        Set<String> selected = new HashSet<>(vm.selectedMeasureIds());
        restoringSelection = true;
        try {
            List<RankRow> shown = filter.isActive()
                    ? vm.rows().stream().filter(r -> filter.matches(r.measureId(), r.title(), r.groupTitle())).toList()
                    : vm.rows();
            rankTable.getItems().setAll(shown);
            filter.showCount(shown.size(), vm.rows().size());
            rankTable.getSelectionModel().clearSelection();
            for (int i = 0; i < shown.size(); i++) {
                if (selected.contains(shown.get(i).measureId())) {
                    rankTable.getSelectionModel().select(i);
                }
            }
        } finally {
            restoringSelection = false;
        }
    }

    private void buildSummaryTable() {
        controls.describe(summaryTable, "summaryTable", "summary");
        summaryTable.getStyleClass().add("summary-table");
        summaryTable.setPlaceholder(new Label(messages.get("summary.empty")));
        summaryTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        summaryTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SummaryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PILLAR, !empty && row != null && row.kind() == SummaryRow.Kind.PILLAR);
            }
        });
        rebuildSummaryColumns();
    }

    /**
     * The summary's columns for the plan's tiers, replaced in one step. Added one by one to the constrained table,
     * the first column (種類) was given the whole width while it stood alone and kept it, the others squeezed to
     * slivers: a plan built from scratch gets its tiers while the screen is shown.
     */
    private void rebuildSummaryColumns() {
        List<TableColumn<SummaryRow, ?>> columns = new ArrayList<>();
        TableColumn<SummaryRow, String> kind = summaryColumn("summary.kind",
                s -> messages.get(s.kind() == SummaryRow.Kind.PILLAR ? "summary.pillar" : "summary.group"), 70);
        // The constrained table narrows every column when one widens (a longer tier word): the kind stays whole
        // ("Support"), the name gives way; it never takes the width from the name either.
        double kindWidth = Math.max(fitWidth(messages.get("summary.pillar"), 0),
                fitWidth(messages.get("summary.group"), 0));
        kind.setMinWidth(kindWidth);
        kind.setMaxWidth(Math.max(kindWidth, 70) * 2);
        columns.add(kind);
        TableColumn<SummaryRow, String> name = summaryColumn("summary.name",
                s -> s.kind() == SummaryRow.Kind.GROUP ? ShortTitles.of(s.name()) : s.name(), 210);
        name.setMinWidth(90);
        name.setCellFactory(c -> TableColumns.wrappingCell());
        columns.add(name);
        TableColumn<SummaryRow, String> mean = summaryColumn("summary.mean", SummaryRow::meanText, 80);
        mean.getStyleClass().add("number-column");
        columns.add(mean);
        TableColumn<SummaryRow, SummaryRow> tier = new TableColumn<>(messages.get("column.tier"));
        tier.setSortable(false);
        tier.setPrefWidth(fitWidth(vm.tierText(Tier.UNSCORED), 70));
        tier.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        tier.setCellFactory(c -> tierCell(SummaryRow::tierText, SummaryRow::level));
        TableColumns.measuredAs(tier, SummaryRow::tierText);
        columns.add(tier);
        for (String tierName : vm.tierNames()) {
            String header = messages.get("summary.count", vm.tierText(tierName));
            TableColumn<SummaryRow, String> count = summaryColumn("summary.count",
                    s -> Integer.toString(s.count(tierName)), fitWidth(header, 54));
            count.setText(header);
            count.getStyleClass().add("number-column");
            columns.add(count);
        }
        TableColumn<SummaryRow, String> total = summaryColumn("summary.total",
                s -> Integer.toString(s.measureCount()), 60);
        total.getStyleClass().add("number-column");
        columns.add(total);
        summaryTable.getColumns().setAll(columns);
        // Every column but the name shows whole (the name wraps): counts and headers are never cut to "…".
        TableColumns.keepWhole(summaryTable, columns.stream().filter(c -> c != name).toArray(TableColumn[]::new));
    }

    /** A summary column headed {@code key}: the table's cells show no tooltip of their own (the table has one). */
    private TableColumn<SummaryRow, String> summaryColumn(String key, Function<SummaryRow, String> value,
                                                          double width) {
        TableColumn<SummaryRow, String> col = controls.column(null, key, value, noCellTooltip());
        col.setPrefWidth(width);
        return col;
    }

    /** A ranking column: the table's hint stays its tooltip, so the cells show none of their own. */
    private TableColumn<RankRow, String> column(String id, String key, Function<RankRow, String> value,
                                                double width, double minWidth) {
        TableColumn<RankRow, String> col = controls.column(id, key, value, noCellTooltip());
        col.setPrefWidth(width);
        col.setMinWidth(minWidth);
        return col;
    }

    /** For {@link Controls#column}: no cell tooltip (a cell's text is shown whole, or wraps). */
    private static <S> Function<S, String> noCellTooltip() {
        return row -> null;
    }

    /**
     * A column's width that holds {@code text} (bold, as tier cells are) whole, at least {@code min}: the widths
     * were set for 未評価, and English says "Not scored".
     */
    private static double fitWidth(String text, double min) {
        Text t = new Text(text);
        Font base = Font.getDefault();
        t.setFont(Font.font(base.getFamily(), FontWeight.BOLD, base.getSize()));
        return Math.max(min, Math.ceil(t.getLayoutBounds().getWidth()) + 24);
    }

    /** A tier cell: the tier's name as text on its colour (never colour alone). */
    private static <T> TableCell<T, T> tierCell(Function<T, String> text, Function<T, TierLevel> level) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("tier-cell", "tier-high", "tier-mid", "tier-low", "tier-none");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(text.apply(item));
                getStyleClass().addAll("tier-cell", level.apply(item).styleClass());
            }
        };
    }
}
