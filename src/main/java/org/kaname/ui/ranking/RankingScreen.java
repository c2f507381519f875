package org.kaname.ui.ranking;

import org.kaname.ui.DisplayConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kaname.engine.ModelKind;
import org.kaname.engine.Ranking;
import org.kaname.i18n.Messages;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.FilterField;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.ShortTitles;
import org.kaname.ui.TableColumns;

/**
 * The Ranking screen (順位): the ranking table with tiers in text and colour, the contribution of each criterion as
 * stacked bars, a radar comparing the selected measures, and the pillar and support-measure summary. Model and
 * weights can be switched; everything follows the plan as it is edited. Logic lives in {@link RankingViewModel}.
 */
public final class RankingScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.ranking.messages";

    /** The scenario chooser's item for the plan's own weights (scenario names are never empty). */
    private static final String OWN_WEIGHTS = "";

    private final Messages messages;
    private final RankingViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<RankRow> rankTable = new TableView<>();
    private final TableView<SummaryRow> summaryTable = new TableView<>();
    private final ContributionChart contributions;
    private final RadarChart radar;
    private final Label weightsLine = new Label();
    private final FilterField filter;
    private boolean restoringSelection;
    private TabPane charts;

    public RankingScreen(ScreenContext context) {
        super("rankingScreen", context.messages(BUNDLE).get("screen.title"));
        this.messages = context.messages(BUNDLE);
        this.vm = new RankingViewModel(context);
        this.contributions = new ContributionChart(messages);
        this.radar = new RadarChart(messages);
        this.filter = new FilterField("rankFilter", messages.locale());
        setRoot(root);
        onDispose(vm::dispose);
        root.getStyleClass().add("ranking-screen");
        root.getStylesheets().add(RankingScreen.class.getResource("ranking.css").toExternalForm());
        root.setTop(toolbar());
        buildRankTable();
        buildSummaryTable();

        Label rankTitle = sectionTitle("table.title", rankTable);
        Label summaryTitle = sectionTitle("summary.title", summaryTable);
        VBox left = new VBox(6, rankTitle, filter.node(), rankTable);
        filter.focusOnShortcut(root);
        filter.wordsProperty().addListener((o, a, words) -> fillTable());
        VBox.setVgrow(rankTable, Priority.ALWAYS);
        summaryTable.setPrefHeight(220);
        left.setPadding(new Insets(0, 8, 0, 0));

        radar.setId("radarChart");
        Label chartTitle = sectionTitle("chart.title", contributions.chart());
        Label radarTitle = sectionTitle("radar.title", radar);
        Label radarHint = new Label();
        radarHint.setId("radarHint");
        radarHint.getStyleClass().add("help-text");
        radarHint.setWrapText(true);
        radarHint.setMinHeight(Region.USE_PREF_SIZE);
        // The two charts share one place as tabs, so each has the full height even in a small window.
        VBox chartBox = new VBox(6, chartTitle, contributions.node());
        VBox.setVgrow(contributions.node(), Priority.ALWAYS);
        VBox radarBox = new VBox(6, radarTitle, radarHint, radar);
        VBox.setVgrow(radar, Priority.ALWAYS);
        chartBox.setPadding(new Insets(8));
        radarBox.setPadding(new Insets(8));
        Tab chartTab = new Tab(messages.get("tab.contribution"), chartBox);
        chartTab.setId("contributionTab");
        chartTab.setClosable(false);
        chartTab.setTooltip(new Tooltip(messages.get("chart.accessible")));
        Tab radarTab = new Tab(messages.get("tab.radar"), radarBox);
        radarTab.setId("radarTab");
        radarTab.setClosable(false);
        radarTab.setTooltip(new Tooltip(messages.get("radar.accessible")));
        TabPane right = new TabPane(chartTab, radarTab);
        right.setId("chartTabs");
        right.setAccessibleText(messages.get("tabs.accessible"));
        charts = right;

        SplitPane split = new SplitPane(left, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        // The summary spans the whole width under both: its nine columns stay whole at 1280×800 in either language.
        VBox summaryBox = new VBox(6, summaryTitle, summaryTable);
        summaryBox.setPadding(new Insets(6, 0, 0, 0));
        VBox center = new VBox(split, summaryBox);
        VBox.setVgrow(split, Priority.ALWAYS);
        BorderPane.setMargin(center, new Insets(0, 12, 12, 12));
        root.setCenter(center);

        vm.rows().addListener((ListChangeListener<RankRow>) c -> showRows());
        vm.summaries().addListener((ListChangeListener<SummaryRow>) c -> summaryTable.getItems().setAll(vm.summaries()));
        vm.tierNames().addListener((ListChangeListener<String>) c -> rebuildSummaryColumns());
        vm.radarProperty().addListener((o, a, data) -> {
            radar.setData(data);
            radarHint.setText(messages.get(data.topByDefault() ? "radar.hintTop" : "radar.hintSelected"));
        });
        vm.rankingProperty().addListener((o, a, r) -> showWeights(r));
        showRows();
        summaryTable.getItems().setAll(vm.summaries());
        radar.setData(vm.radarProperty().get());
        radarHint.setText(messages.get(vm.radarProperty().get().topByDefault() ? "radar.hintTop" : "radar.hintSelected"));
        showWeights(vm.rankingProperty().get());
    }

    private Node toolbar() {
        ComboBox<ModelKind> model = new ComboBox<>(FXCollections.observableArrayList(ModelKind.values()));
        model.setId("modelChoice");
        model.setConverter(DisplayConverter.of(m -> messages.get("model." + m.code())));
        model.valueProperty().bindBidirectional(vm.modelProperty());
        model.setAccessibleText(messages.get("model.accessible"));
        model.setTooltip(new Tooltip(messages.get("model.tooltip")));
        Label modelLabel = mnemonicLabel("model.label", model);

        ObservableList<String> scenarioItems = FXCollections.observableArrayList();
        Runnable fillScenarios = () -> {
            List<String> items = new ArrayList<>();
            items.add(OWN_WEIGHTS);
            items.addAll(vm.scenarioNames());
            scenarioItems.setAll(items);
        };
        fillScenarios.run();
        ComboBox<String> scenario = new ComboBox<>(scenarioItems);
        scenario.setId("scenarioChoice");
        scenario.setConverter(DisplayConverter.of(s -> s == null || s.isEmpty() ? messages.get("scenario.own") : s));
        scenario.setAccessibleText(messages.get("scenario.accessible"));
        scenario.setTooltip(new Tooltip(messages.get("scenario.tooltip")));
        scenario.setValue(OWN_WEIGHTS);
        vm.scenarioNames().addListener((ListChangeListener<String>) c -> {
            fillScenarios.run();
            scenario.setValue(vm.scenarioProperty().get() == null ? OWN_WEIGHTS : vm.scenarioProperty().get());
        });
        scenario.valueProperty().addListener((o, a, s) ->
                vm.scenarioProperty().set(s == null || s.isEmpty() ? null : s));
        vm.scenarioProperty().addListener((o, a, s) -> scenario.setValue(s == null ? OWN_WEIGHTS : s));
        Label scenarioLabel = mnemonicLabel("scenario.label", scenario);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("rankingBusy");
        busy.setPrefSize(24, 24);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.setAccessibleText(messages.get("busy.accessible"));

        Label modelNote = new Label(messages.get("model.topsisNote"));
        modelNote.setId("modelNote");
        modelNote.getStyleClass().add("model-note");
        modelNote.setWrapText(true);
        modelNote.visibleProperty().bind(vm.modelProperty().isEqualTo(ModelKind.TOPSIS));
        modelNote.managedProperty().bind(modelNote.visibleProperty());

        weightsLine.setId("weightsLine");
        weightsLine.getStyleClass().add("help-text");
        weightsLine.setWrapText(true);

        HBox bar = new HBox(8, modelLabel, model, new javafx.scene.control.Separator(Orientation.VERTICAL),
                scenarioLabel, scenario, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, modelNote, weightsLine);
        top.setPadding(new Insets(12));
        return top;
    }

    private void showWeights(Ranking r) {
        if (r == null) {
            weightsLine.setText("");
            return;
        }
        StringBuilder sb = new StringBuilder();
        vm.criteria().forEach(c -> {
            if (sb.length() > 0) {
                sb.append("　");
            }
            sb.append(c.name()).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f%%", 100 * r.weights().getOrDefault(c.id(), 0.0)));
        });
        weightsLine.setText(messages.get("weights.line", sb.toString()));
    }

    private void buildRankTable() {
        rankTable.setId("rankTable");
        rankTable.getStyleClass().add("rank-table");
        rankTable.setAccessibleText(messages.get("table.accessible"));
        rankTable.setTooltip(new Tooltip(messages.get("table.tooltip")));
        rankTable.setPlaceholder(new Label(messages.get("table.empty")));
        rankTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        rankTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        rankTable.getColumns().add(column("column.rank", RankRow::rankText, 56, "number-column"));
        TableColumn<RankRow, String> measureColumn = column("column.measure", RankRow::title, 300, null);
        rankTable.getColumns().add(measureColumn);
        TableColumn<RankRow, String> group = column("column.group", r -> ShortTitles.of(r.groupTitle()), 110, null);
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
        rankTable.getColumns().add(group);
        rankTable.getColumns().add(column("column.score", RankRow::scoreText, 80, "number-column"));
        rankTable.getColumns().get(0).setMinWidth(52);
        rankTable.getColumns().get(1).setMinWidth(160);
        rankTable.getColumns().get(2).setMinWidth(90);
        rankTable.getColumns().get(3).setMinWidth(72);
        TableColumn<RankRow, RankRow> tier = new TableColumn<>(messages.get("column.tier"));
        tier.setId("tierColumn");
        tier.setSortable(false);
        tier.setPrefWidth(fitWidth(vm.tierText(org.kaname.model.Tier.UNSCORED), 80));
        tier.setMinWidth(fitWidth(vm.tierText(org.kaname.model.Tier.UNSCORED), 64));
        tier.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        tier.setCellFactory(c -> tierCell(RankRow::tierText, RankRow::level));
        TableColumns.measuredAs(tier, RankRow::tierText);
        rankTable.getColumns().add(tier);
        // The measure's title wraps; rank, support measure label, score and tier show whole (TableColumns).
        measureColumn.setCellFactory(c -> TableColumns.wrappingCell());
        TableColumns.keepWhole(rankTable, rankTable.getColumns().get(0), group, rankTable.getColumns().get(3), tier);
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
                if (!rankTable.getSelectionModel().getSelectedItems().isEmpty() && charts != null
                        && rankTable.getSelectionModel().getSelectedItems().size() > 1) {
                    // Several measures chosen: the user wants to compare them.
                    charts.getSelectionModel().select(1);
                }
                vm.selectedMeasureIds().setAll(rankTable.getSelectionModel().getSelectedItems().stream()
                        .filter(java.util.Objects::nonNull).map(RankRow::measureId).toList());
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
        java.util.Set<String> selected = new java.util.HashSet<>(vm.selectedMeasureIds());
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
        summaryTable.setId("summaryTable");
        summaryTable.getStyleClass().add("summary-table");
        summaryTable.setAccessibleText(messages.get("summary.accessible"));
        summaryTable.setTooltip(new Tooltip(messages.get("summary.tooltip")));
        summaryTable.setPlaceholder(new Label(messages.get("summary.empty")));
        summaryTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        summaryTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SummaryRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("pillar"),
                        !empty && row != null && row.kind() == SummaryRow.Kind.PILLAR);
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
        // The constrained table narrows every column when one widens (a longer tier word): the kind stays whole ("Support"),
        // the name gives way; it never takes the width from the name either.
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
        tier.setPrefWidth(fitWidth(vm.tierText(org.kaname.model.Tier.UNSCORED), 70));
        tier.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        tier.setCellFactory(c -> tierCell(SummaryRow::tierText, SummaryRow::level));
        TableColumns.measuredAs(tier, SummaryRow::tierText);
        columns.add(tier);
        for (String tierName : vm.tierNames()) {
            String header = messages.get("summary.count", vm.tierText(tierName));
            TableColumn<SummaryRow, String> count = summaryColumn(null, s -> Integer.toString(s.count(tierName)),
                    fitWidth(header, 54));
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

    private TableColumn<SummaryRow, String> summaryColumn(String key, Function<SummaryRow, String> value, double w) {
        TableColumn<SummaryRow, String> col = new TableColumn<>(key == null ? "" : messages.get(key));
        col.setSortable(false);
        col.setPrefWidth(w);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<RankRow, String> column(String key, Function<RankRow, String> value, double width,
                                                String styleClass) {
        TableColumn<RankRow, String> col = new TableColumn<>(messages.get(key));
        col.setId(key.substring("column.".length()) + "Column");
        col.setSortable(false);
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        if (styleClass != null) {
            col.getStyleClass().add(styleClass);
        }
        return col;
    }

    /**
     * A column's width that holds {@code text} (bold, as tier cells are) whole, at least {@code min}: the widths
     * were set for 未評価, and English says "Not scored".
     */
    private static double fitWidth(String text, double min) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        javafx.scene.text.Font base = javafx.scene.text.Font.getDefault();
        t.setFont(javafx.scene.text.Font.font(base.getFamily(), javafx.scene.text.FontWeight.BOLD, base.getSize()));
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

    private Label sectionTitle(String key, Node target) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("section-title");
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    private Label mnemonicLabel(String key, Node target) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }


    /** The view model, for tests and screenshots. */
    RankingViewModel viewModel() {
        return vm;
    }
}
