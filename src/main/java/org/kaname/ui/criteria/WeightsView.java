package org.kaname.ui.criteria;

import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kaname.engine.AhpResult;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.model.WeightingMethod;

/**
 * The weights editor. The part for the chosen method is rebuilt from the view model after each change (the grids
 * are small); the control that had the focus gets it back, so keyboard users keep their place.
 */
final class WeightsView {
    private static final double BAR_WIDTH = 160;
    private final WeightsViewModel vm;
    private final Messages m;
    private final Controls controls;
    private final ComboBox<WeightingMethod> method = new ComboBox<>();
    private final Label methodHelp = new Label();
    private final Label problem = new Label();
    private final StackPane content = new StackPane();
    private final VBox root = new VBox(10);
    private boolean loading;

    WeightsView(WeightsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.controls = new Controls(messages);
        controls.describe(method, "weightingMethod", "weights.method");
        method.getItems().setAll(WeightingMethod.values());
        method.setCellFactory(l -> methodCell());
        method.setButtonCell(methodCell());
        method.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                vm.setMethod(b);
                method.setValue(vm.methodProperty().get());
            }
        });
        Label methodLabel = controls.labelFor("weights.method", method);
        HBox top = new HBox(10, methodLabel, method);
        top.setAlignment(Pos.CENTER_LEFT);
        methodHelp.setWrapText(true);
        methodHelp.setId("weightingMethodHelp");
        methodHelp.getStyleClass().add("help-text");
        problem.setId("weightsProblem");
        problem.getStyleClass().add("warning-box");
        problem.setWrapText(true);
        Label error = new Label();
        error.setId("weightsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        content.setPadding(new Insets(10));
        content.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, methodHelp, problem, error, scroll);
        root.setPadding(new Insets(12));
        vm.rows().addListener((ListChangeListener<WeightRow>) c -> rebuild());
        vm.ahpProperty().addListener((o, a, b) -> rebuild());
        vm.methodProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    Node node() {
        return root;
    }

    private ListCell<WeightingMethod> methodCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(WeightingMethod item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.methodName(item));
            }
        };
    }

    private void rebuild() {
        String focused = root.getScene() != null && root.getScene().getFocusOwner() != null
                ? root.getScene().getFocusOwner().getId() : null;
        WeightingMethod current = vm.methodProperty().get();
        loading = true;
        try {
            method.setValue(current);
        } finally {
            loading = false;
        }
        methodHelp.setText(m.get("method." + current.code() + ".help"));
        problem.setText(vm.weightsProblemProperty().get().isEmpty() ? ""
                : "⚠ " + vm.weightsProblemProperty().get());
        problem.setVisible(!problem.getText().isEmpty());
        problem.setManaged(problem.isVisible());
        Node body;
        switch (current) {
            case AHP:
                body = ahp();
                break;
            case ROC:
            case SWING:
                body = ranking(current == WeightingMethod.SWING);
                break;
            case DIRECT:
            default:
                body = direct();
        }
        content.getChildren().setAll(body);
        if (focused != null) {
            Node again = content.lookup("#" + focused);
            if (again != null) {
                again.requestFocus();
            }
        }
    }

    private Node direct() {
        GridPane grid = grid("directWeights", m.get("weights.direct.accessible"));
        grid.addRow(0, header("weights.col.criterion"), header("weights.col.slider"), header("weights.col.points"),
                header("weights.col.percent"), new Label());
        int r = 1;
        double max = vm.rows().stream().mapToDouble(WeightRow::points).filter(d -> !Double.isNaN(d)).max().orElse(100);
        for (WeightRow row : vm.rows()) {
            Slider slider = new Slider(0, Math.max(100, Math.ceil(max)), row.points());
            controls.describe(slider, "directSlider-" + row.id(), "weights.slider", row.name());
            slider.setBlockIncrement(1);
            slider.setMajorTickUnit(10);
            slider.setMinorTickCount(9);
            slider.setSnapToTicks(true);
            slider.setPrefWidth(260);
            slider.valueProperty().addListener((o, a, b) -> {
                if (!slider.isValueChanging()) {
                    commitDirect(row, Math.round(b.doubleValue()));
                }
            });
            slider.valueChangingProperty().addListener((o, was, is) -> {
                if (!is) {
                    commitDirect(row, Math.round(slider.getValue()));
                }
            });
            Spinner<Double> points = new Spinner<>();
            SpinnerValueFactory.DoubleSpinnerValueFactory factory =
                    new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 10_000, row.points(), 1);
            factory.setConverter(pointsConverter());
            points.setValueFactory(factory);
            points.setEditable(true);
            points.setPrefWidth(110);
            controls.describe(points, "directPoints-" + row.id(), "weights.points", row.name());
            points.valueProperty().addListener((o, a, b) -> {
                if (b != null) {
                    commitDirect(row, b);
                }
            });
            // A criterion's name, not a bundle text: no mnemonic; the spinner has its own spoken name.
            Label name = new Label(row.name());
            name.setLabelFor(points);
            Label pct = percentLabel("directPercent-" + row.id(), row);
            grid.addRow(r++, name, slider, points, pct, bar(row.percent()));
        }
        return grid;
    }

    private void commitDirect(WeightRow row, double value) {
        if (Math.abs(value - row.points()) > 1e-9) {
            vm.setDirectPoints(row.id(), value);
        }
    }

    private Node ranking(boolean swing) {
        GridPane grid = grid("weightOrder", m.get(swing ? "weights.swing.accessible" : "weights.roc.accessible"));
        grid.addRow(0, header("weights.col.rank"), header("weights.col.criterion"), new Label(), new Label(),
                header(swing ? "weights.col.swingPoints" : "weights.col.blank"), header("weights.col.percent"),
                new Label());
        int r = 1;
        int n = vm.rows().size();
        for (WeightRow row : vm.rows()) {
            Label rank = new Label(m.get("weights.rank", row.rank()));
            Label name = new Label(row.name());
            Button up = controls.button("rankUp-" + row.id(), "weights.rankUp", () -> vm.moveInRanking(row.id(), -1),
                    row.name());
            Button down = controls.button("rankDown-" + row.id(), "weights.rankDown",
                    () -> vm.moveInRanking(row.id(), 1), row.name());
            up.setDisable(row.rank() == 1);
            down.setDisable(row.rank() == n);
            Node points;
            if (!swing) {
                points = new Label();
            } else if (row.rank() == 1) {
                Label fixed = controls.describe(new Label("100"), "swingPoints-" + row.id(), "weights.swingFirst",
                        row.name());
                points = fixed;
            } else {
                Spinner<Double> spinner = new Spinner<>();
                SpinnerValueFactory.DoubleSpinnerValueFactory factory = new SpinnerValueFactory.DoubleSpinnerValueFactory(
                        0, 100, Double.isNaN(row.points()) ? 0 : row.points(), 5);
                factory.setConverter(pointsConverter());
                spinner.setValueFactory(factory);
                spinner.setEditable(true);
                spinner.setPrefWidth(110);
                controls.describe(spinner, "swingPoints-" + row.id(), "weights.swing.points", row.name());
                spinner.valueProperty().addListener((o, a, b) -> {
                    if (b != null && Math.abs(b - row.points()) > 1e-9) {
                        vm.setSwingPoints(row.id(), b);
                    }
                });
                points = spinner;
            }
            // Alt+↑ / Alt+↓ on any control of the row moves the criterion, as in the criteria list.
            for (Node node : List.of(up, down, points)) {
                node.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                        vm.moveInRanking(row.id(), e.getCode() == KeyCode.UP ? -1 : 1);
                        e.consume();
                    }
                });
            }
            grid.addRow(r++, rank, name, up, down, points, percentLabel("rankPercent-" + row.id(), row),
                    bar(row.percent()));
        }
        return grid;
    }

    private Node ahp() {
        AhpState state = vm.ahpProperty().get();
        GridPane matrix = grid("ahpMatrix", m.get("ahp.matrix.accessible"));
        matrix.getStyleClass().add("ahp-matrix");
        int n = state.ids().size();
        Optional<int[]> worst = state.mostInconsistentCell().filter(c -> !vm.suggestionText().isEmpty());
        matrix.add(new Label(), 0, 0);
        for (int k = 0; k < n; k++) {
            Label h = new Label(state.names().get(k));
            h.getStyleClass().add("ahp-header");
            h.setWrapText(true);
            h.setMaxWidth(130);
            matrix.add(h, k + 1, 0);
        }
        for (int i = 0; i < n; i++) {
            Label rowHeader = new Label(state.names().get(i));
            rowHeader.getStyleClass().add("ahp-header");
            rowHeader.setWrapText(true);
            rowHeader.setMaxWidth(170);
            matrix.add(rowHeader, 0, i + 1);
            for (int k = 0; k < n; k++) {
                double v = state.matrix()[i][k];
                Node cell;
                if (i == k) {
                    Label one = new Label("1");
                    one.getStyleClass().add("ahp-diagonal");
                    cell = one;
                } else if (i < k) {
                    cell = judgmentCell(state, i, k, worst.isPresent() && worst.get()[0] == i && worst.get()[1] == k);
                } else {
                    String value = Double.isNaN(v) ? "—" : SaatyScale.format(v);
                    Label reciprocal = controls.describe(new Label(value), "ahp-" + i + "-" + k, "ahp.reciprocal",
                            state.names().get(i), state.names().get(k), value);
                    reciprocal.getStyleClass().add("ahp-reciprocal");
                    cell = reciprocal;
                }
                matrix.add(cell, k + 1, i + 1);
            }
        }
        Label scaleHelp = controls.help("ahp.scaleHelp");
        VBox left = new VBox(10, scaleHelp, matrix);
        VBox right = ahpResult(state);
        HBox box = new HBox(24, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        return box;
    }

    private Node judgmentCell(AhpState state, int i, int k, boolean worst) {
        ComboBox<Double> combo = new ComboBox<>();
        combo.getItems().setAll(SaatyScale.values());
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : SaatyScale.format(v);
            }

            @Override
            public Double fromString(String s) {
                return SaatyScale.parse(s);
            }
        });
        double v = state.matrix()[i][k];
        if (!Double.isNaN(v)) {
            combo.setValue(v);
        }
        String a = state.names().get(i);
        String b = state.names().get(k);
        controls.describe(combo, "ahp-" + i + "-" + k, "ahp.cell", a, b);
        combo.setVisibleRowCount(17);
        combo.valueProperty().addListener((o, before, after) -> {
            if (after != null && (before == null || Math.abs(after - before) > 1e-12)) {
                vm.setJudgment(state.ids().get(i), state.ids().get(k), after);
            }
        });
        if (!worst) {
            return combo;
        }
        combo.getStyleClass().add("ahp-inconsistent");
        combo.setAccessibleText(m.get("ahp.cell.inconsistent.accessible", a, b));
        Label mark = new Label("⚠");
        mark.getStyleClass().add("warning-mark");
        mark.setId("ahpInconsistentMark");
        mark.setTooltip(Controls.tooltip(vm.suggestionText()));
        HBox box = new HBox(4, combo, mark);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("ahp-inconsistent-cell");
        return box;
    }

    private VBox ahpResult(AhpState state) {
        VBox box = new VBox(8);
        box.setId("ahpResult");
        box.setMinWidth(400);
        Label title = controls.heading("ahp.result.title", "section-title");
        box.getChildren().add(title);
        if (state.result().isEmpty()) {
            Label error = new Label(state.error().isEmpty() ? m.get("ahp.noResult") : "⚠ " + state.error());
            error.setId("ahpError");
            error.setWrapText(true);
            error.getStyleClass().add("warning-box");
            box.getChildren().add(error);
            return box;
        }
        AhpResult r = state.result().get();
        GridPane weights = new GridPane();
        weights.setId("ahpWeights");
        weights.setHgap(10);
        weights.setVgap(4);
        int row = 0;
        for (WeightRow w : vm.rows()) {
            Label pct = percentLabel("ahpWeight-" + w.id(), w);
            Label name = new Label(w.name());
            name.setMinWidth(Region.USE_PREF_SIZE);
            weights.addRow(row++, name, pct, bar(w.percent()));
        }
        Label lambda = new Label(m.get("ahp.lambda", format(r.lambdaMax(), 3)));
        lambda.setId("ahpLambda");
        Label ci = new Label(m.get("ahp.ci", format(r.consistencyIndex(), 3)));
        ci.setId("ahpCi");
        Label cr = new Label(r.consistencyRatio().isPresent()
                ? m.get("ahp.cr", format(r.consistencyRatio().getAsDouble(), 3))
                : m.get("ahp.crUndefined"));
        cr.setId("ahpCr");
        cr.getStyleClass().add("ahp-cr");
        box.getChildren().addAll(weights, lambda, ci, cr);
        Label status = new Label();
        status.setId("ahpWarning");
        status.setWrapText(true);
        if (r.isInconsistent()) {
            status.setText("⚠ " + m.get("ahp.warning", format(r.consistencyRatio().getAsDouble(), 3)));
            status.getStyleClass().add("warning-box");
        } else {
            status.setText("✔ " + m.get("ahp.consistent"));
            status.getStyleClass().add("ok-text");
        }
        status.setAccessibleText(status.getText());
        box.getChildren().add(status);
        String suggestion = vm.suggestionText();
        if (!suggestion.isEmpty()) {
            Label text = new Label(suggestion);
            text.setId("ahpSuggestion");
            text.setWrapText(true);
            Button apply = controls.button("applySuggestion", "ahp.applySuggestion", vm::applySuggestion);
            box.getChildren().addAll(text, apply);
        }
        return box;
    }

    private GridPane grid(String id, String accessible) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setAccessibleText(accessible);
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setAlignment(Pos.TOP_LEFT);
        return grid;
    }

    private Label header(String key) {
        Label l = new Label(key.equals("weights.col.blank") ? "" : m.get(key));
        l.getStyleClass().add("column-header-text");
        return l;
    }

    private Label percentLabel(String id, WeightRow row) {
        Label pct = new Label(WeightTexts.percent(row.percent()));
        pct.setId(id);
        pct.getStyleClass().add("percent");
        pct.setMinWidth(70);
        pct.setAlignment(Pos.CENTER_RIGHT);
        pct.setAccessibleText(m.get("weights.percent.accessible", row.name(), WeightTexts.percent(row.percent())));
        return pct;
    }

    private Node bar(double percent) {
        Region fill = new Region();
        fill.getStyleClass().add("weight-bar");
        double width = Double.isNaN(percent) ? 0 : BAR_WIDTH * Math.min(100, percent) / 100;
        fill.setMinWidth(width);
        fill.setPrefWidth(width);
        fill.setMaxWidth(width);
        fill.setPrefHeight(14);
        fill.setMaxHeight(14);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add("weight-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setPrefWidth(BAR_WIDTH);
        track.setMaxHeight(16);
        return track;
    }

    private StringConverter<Double> pointsConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : WeightTexts.points(v);
            }

            @Override
            public Double fromString(String s) {
                try {
                    return Double.parseDouble(s.strip().replace(',', '.'));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        };
    }

    private static String format(double v, int decimals) {
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }
}
