package org.kaname.ui.sensitivity;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kaname.engine.MonteCarloResult;
import org.kaname.chart.RankRangeChart;
import org.kaname.chart.TierProbabilityChart;
import org.kaname.engine.SamplePercent;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.TableColumns;
import org.kaname.ui.chart.ChartCanvas;

/** The sensitivity screen's controls: run settings, progress and cancel, readings, charts and the two tables. */
final class SensitivityView {
    private final SensitivityViewModel vm;
    private final Messages m;
    private final Controls controls;
    private final VBox readings = new VBox(4);
    private final ChartCanvas tierChart = new ChartCanvas();
    private final ChartCanvas rankChart = new ChartCanvas();
    private final TableView<OutcomeRow> mcTable = new TableView<>();
    private final TableView<OneWayRow> oneWayTable = new TableView<>();
    private final ScrollPane root;

    SensitivityView(SensitivityViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.controls = new Controls(messages);
        VBox content = new VBox(14, settings(), monteCarloSection(), oneWaySection());
        content.setPadding(new Insets(12));
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        vm.outcomes().addListener((ListChangeListener<OutcomeRow>) c -> showOutcomes());
        vm.readings().addListener((ListChangeListener<String>) c -> showReadings());
        vm.resultProperty().addListener((o, a, b) -> buildMcColumns(b));
        showOutcomes();
        showReadings();
    }

    Node node() {
        return root;
    }

    private Node settings() {
        Spinner<Integer> samples = new Spinner<>();
        samples.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(100, 200_000,
                vm.samplesProperty().get(), 1000));
        samples.setEditable(true);
        samples.setPrefWidth(130);
        controls.describe(samples, "mcSamples", "settings.samples");
        samples.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.samplesProperty().set(b);
            }
        });
        Spinner<Integer> spread = new Spinner<>();
        spread.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 95,
                (int) Math.round(vm.spreadPercentProperty().get()), 5));
        spread.setEditable(true);
        spread.setPrefWidth(100);
        controls.describe(spread, "mcSpread", "settings.spread");
        spread.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.spreadPercentProperty().set(b);
            }
        });
        TextField seed = new TextField(Long.toString(vm.seedProperty().get()));
        seed.setPrefColumnCount(9);
        controls.describe(seed, "mcSeed", "settings.seed");
        seed.textProperty().addListener((o, a, b) -> {
            try {
                vm.seedProperty().set(Long.parseLong(b.strip()));
                seed.getStyleClass().remove("invalid");
            } catch (NumberFormatException e) {
                if (!seed.getStyleClass().contains("invalid")) {
                    seed.getStyleClass().add("invalid");
                }
            }
        });
        ComboBox<String> scenario = new ComboBox<>();
        controls.describe(scenario, "mcScenario", "settings.scenario");
        scenario.setCellFactory(l -> scenarioCell());
        scenario.setButtonCell(scenarioCell());
        Runnable fillScenarios = () -> {
            String chosen = vm.scenarioProperty().get();
            scenario.getItems().setAll("");
            scenario.getItems().addAll(vm.scenarios());
            scenario.setValue(chosen);
        };
        fillScenarios.run();
        vm.scenarios().addListener((ListChangeListener<String>) c -> fillScenarios.run());
        scenario.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.scenarioProperty().get())) {
                vm.scenarioProperty().set(b);
                vm.scenarioChosen();
            }
        });

        Button run = controls.button("runMonteCarlo", "run.start", vm::run);
        run.disableProperty().bind(vm.runningBinding());
        run.setDefaultButton(false);
        Button cancel = controls.button("cancelMonteCarlo", "run.cancel", vm::cancel);
        cancel.disableProperty().bind(vm.runningBinding().not());
        ProgressBar progress = new ProgressBar();
        controls.describe(progress, "mcProgress", "run.progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.setPrefWidth(220);
        Label status = new Label();
        status.setId("mcStatus");
        status.textProperty().bind(vm.messageProperty());
        status.setWrapText(true);

        FlowPane row = new FlowPane(10, 8,
                group(controls.labelFor("settings.samples", samples), samples),
                group(controls.labelFor("settings.spread", spread), spread, new Label("%")),
                group(controls.labelFor("settings.seed", seed), seed),
                group(controls.labelFor("settings.scenario", scenario), scenario));
        HBox runRow = new HBox(10, run, cancel, progress, status);
        runRow.setAlignment(Pos.CENTER_LEFT);
        Label title = controls.heading("mc.title", "section-title");
        Label help = controls.help("mc.help");
        return new VBox(8, title, help, row, runRow);
    }

    private ListCell<String> scenarioCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.isEmpty() ? m.get("settings.scenario.plan") : item);
            }
        };
    }

    private Node monteCarloSection() {
        readings.setId("mcReading");
        readings.getStyleClass().add("readings");
        Label stale = new Label("⚠ " + m.get("mc.stale"));
        stale.setId("mcStale");
        stale.getStyleClass().add("warning-box");
        stale.visibleProperty().bind(vm.staleProperty());
        stale.managedProperty().bind(stale.visibleProperty());
        HBox charts = new HBox(24, chartBox(tierChart, "tierChart", "bars.title"),
                chartBox(rankChart, "rankRangeChart", "range.axis"));
        charts.setId("mcCharts");
        tierChart.chartProperty().bind(vm.tierChartProperty());
        rankChart.chartProperty().bind(vm.rankChartProperty());
        charts.visibleProperty().bind(vm.tierChartProperty().isNotNull());
        charts.managedProperty().bind(charts.visibleProperty());
        Tooltip tierTip = Controls.tooltip(m.get("bars.tooltip"));
        Tooltip.install(tierChart, tierTip);
        tierChart.setOnMouseMoved(e -> tierTip.setText(tierRowText(e.getY())));
        Tooltip rankTip = Controls.tooltip(m.get("bars.tooltip"));
        Tooltip.install(rankChart, rankTip);
        rankChart.setOnMouseMoved(e -> rankTip.setText(rankRowText(e.getY())));
        table(mcTable, "mcTable", m.get("mcTable.accessible"), m.get("mcTable.empty"));
        mcTable.setPrefHeight(360);
        buildMcColumns(vm.resultProperty().get());
        return new VBox(10, stale, readings, charts, mcTable);
    }

    private VBox chartBox(ChartCanvas canvas, String id, String titleKey) {
        canvas.setId(id);
        canvas.getStyleClass().add("kn-chart");
        Label label = controls.labelFor(titleKey, canvas);
        label.getStyleClass().add("chart-title");
        VBox box = new VBox(4, label, canvas);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        return box;
    }

    /** The numbers of the row under the pointer, in words; the table below has them all. */
    private String tierRowText(double y) {
        TierProbabilityChart c = vm.tierChartProperty().get();
        int i = c == null ? -1 : c.rowAt(y, tierChart.getWidth());
        return i >= 0 && i < vm.outcomes().size() ? SensitivityCharts.tierText(vm.outcomes().get(i), vm, m)
                : m.get("bars.tooltip");
    }

    private String rankRowText(double y) {
        RankRangeChart c = vm.rankChartProperty().get();
        int i = c == null ? -1 : c.rowAt(y);
        return i >= 0 && i < vm.outcomes().size() ? SensitivityCharts.rankText(vm.outcomes().get(i), m)
                : m.get("bars.tooltip");
    }

    private void buildMcColumns(Optional<MonteCarloResult> result) {
        mcTable.getColumns().clear();
        mcTable.getColumns().add(column(m.get("mcTable.measure"), r -> r.measureId() + " " + r.title(), 280, false));
        mcTable.getColumns().add(column(m.get("mcTable.baseRank"), r -> m.get("rank", r.baseRank()), 80, true));
        mcTable.getColumns().add(column(m.get("mcTable.range"), r -> m.get("mcTable.rangeValue", r.rankP5(),
                r.rankP95()), 110, true));
        mcTable.getColumns().add(column(m.get("mcTable.mean"),
                r -> String.format(Locale.ROOT, "%.1f", r.meanRank()), 80, true));
        mcTable.getColumns().add(column(m.get("mcTable.first"),
                r -> SamplePercent.text(r.probabilityFirst()), 80, true));
        if (result.isPresent()) {
            for (String tier : result.get().tierNames()) {
                mcTable.getColumns().add(column(tier, r -> r.shares().stream().filter(s -> s.tierIndex() >= 0
                        && s.tier().equals(tier)).findFirst().map(s -> s.percent() + "%").orElse("0%"), 70, true));
            }
            mcTable.getColumns().add(column(m.get("tier.none"), r -> r.shares().stream()
                    .filter(s -> s.tierIndex() < 0).findFirst().map(s -> s.percent() + "%").orElse("0%"), 80, true));
        }
        keepNumbersWhole(mcTable);
    }

    /** Number columns show whole; text columns wrap (see {@link TableColumns}). */
    @SuppressWarnings("unchecked")
    private static <S> void keepNumbersWhole(TableView<S> table) {
        TableColumns.keepWhole(table, table.getColumns().stream()
                .filter(c -> c.getStyleClass().contains("number-column")).toArray(TableColumn[]::new));
    }

    private Node oneWaySection() {
        Label title = controls.heading("oneWay.title", "section-title");
        Label help = controls.help("oneWay.help");
        Label summary = new Label();
        summary.setId("oneWaySummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.oneWaySummaryProperty());
        table(oneWayTable, "oneWayTable", m.get("oneWayTable.accessible"), m.get("oneWayTable.empty"));
        oneWayTable.setItems(vm.oneWay());
        oneWayTable.getColumns().add(oneWayColumn(m.get("oneWayTable.criterion"), OneWayRow::name, 200, false));
        oneWayTable.getColumns().add(oneWayColumn(m.get("oneWayTable.weight"),
                r -> pct(r.weightPercent()), 90, true));
        oneWayTable.getColumns().add(oneWayColumn(m.get("oneWayTable.interval"),
                r -> m.get("oneWayTable.intervalValue", pct(r.lowPercent()), pct(r.highPercent())), 160, true));
        oneWayTable.getColumns().add(oneWayColumn(m.get("oneWayTable.belowLow"), OneWayRow::belowLow, 260, false));
        oneWayTable.getColumns().add(oneWayColumn(m.get("oneWayTable.aboveHigh"), OneWayRow::aboveHigh, 260, false));
        keepNumbersWhole(oneWayTable);
        oneWayTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(OneWayRow item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : Controls.tooltip(item.reading()));
                setAccessibleText(empty || item == null ? null : item.reading());
            }
        });
        oneWayTable.setPrefHeight(260);
        return new VBox(8, title, help, summary, oneWayTable);
    }

    private void showOutcomes() {
        StringBuilder tiers = new StringBuilder(m.get("bars.accessible"));
        StringBuilder ranks = new StringBuilder(m.get("range.accessible"));
        for (OutcomeRow r : vm.outcomes()) {
            tiers.append(' ').append(SensitivityCharts.tierText(r, vm, m));
            ranks.append(' ').append(SensitivityCharts.rankText(r, m));
        }
        tierChart.setAccessibleText(vm.outcomes().isEmpty() ? m.get("bars.accessible") : tiers.toString());
        rankChart.setAccessibleText(vm.outcomes().isEmpty() ? m.get("range.accessible.empty") : ranks.toString());
        mcTable.getItems().setAll(vm.outcomes());
    }

    private void showReadings() {
        readings.getChildren().clear();
        if (vm.readings().isEmpty()) {
            Label none = new Label(m.get("mc.notRun"));
            none.getStyleClass().add("help-text");
            readings.getChildren().add(none);
            return;
        }
        for (int i = 0; i < vm.readings().size(); i++) {
            Label l = new Label((i < 2 ? "" : "・") + vm.readings().get(i));
            l.setWrapText(true);
            l.setId("mcReading-" + i);
            if (i < 2) {
                l.getStyleClass().add("reading-lead");
            }
            readings.getChildren().add(l);
        }
    }

    private static String pct(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    private static TableColumn<OutcomeRow, String> column(String title,
                                                         java.util.function.Function<OutcomeRow, String> value,
                                                         double width, boolean number) {
        TableColumn<OutcomeRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        if (number) {
            c.getStyleClass().add("number-column");
        } else {
            c.setMinWidth(160);
            c.setCellFactory(col -> TableColumns.wrappingCell());
        }
        return c;
    }

    private static TableColumn<OneWayRow, String> oneWayColumn(String title,
                                                               java.util.function.Function<OneWayRow, String> value,
                                                               double width, boolean number) {
        TableColumn<OneWayRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyStringWrapper(value.apply(r.getValue())));
        c.setPrefWidth(width);
        if (number) {
            c.getStyleClass().add("number-column");
        } else {
            c.setMinWidth(160);
            c.setCellFactory(col -> TableColumns.wrappingCell());
        }
        return c;
    }

    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Table set-up shared by the two tables. */
    private static void table(TableView<?> table, String id, String accessible, String empty) {
        table.setId(id);
        table.setAccessibleText(accessible);
        table.setPlaceholder(new Label(empty));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    }
}
