package org.kaname.ui.overview;

import impl.org.controlsfx.skin.DecorationPane;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kaname.i18n.Messages;
import org.kaname.model.FiscalYears;
import org.kaname.ui.Controls;
import org.kaname.ui.ScreenContext;

/** Builds the Overview form and forwards its events to {@link OverviewViewModel}; holds no state of its own. */
final class OverviewView {
    private static final int FIRST_YEAR = 1989;
    private static final int LAST_YEAR = 2200;
    /**
     * From this content width on, the form is two columns (plan and horizon left, texts and tiers right); below it
     * one column. Two columns of at least ~560 px keep the longest labels and the budget row on one line.
     */
    static final double TWO_COLUMNS_FROM = 1180;
    /** Widest the form grows: beyond it, lines get too long to read and the form is centred. */
    static final double MAX_WIDTH = 1600;
    /** One column is kept to a readable width and centred. */
    static final double ONE_COLUMN_MAX_WIDTH = 960;
    private static final double GAP = 24;

    private final OverviewViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final ScreenContext.StatusSink status;
    private final ValidatedField fields = new ValidatedField();
    private final GridPane yearGrid = new GridPane();
    private final GridPane tierGrid = new GridPane();

    OverviewView(OverviewViewModel vm, Messages messages, ScreenContext.StatusSink status) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.status = status;
    }

    Parent build() {
        VBox first = new VBox(GAP, planSection(), horizonSection());
        VBox second = new VBox(GAP, textSection(), tierSection());
        GridPane columns = new GridPane();
        columns.setId("overviewColumns");
        columns.setHgap(GAP);
        columns.setVgap(GAP);
        columns.setMaxWidth(ONE_COLUMN_MAX_WIDTH);
        arrange(columns, first, second, false);
        // Centred in the scroll pane's width; the columns follow the width (see TWO_COLUMNS_FROM).
        VBox content = new VBox(columns);
        content.setAlignment(Pos.TOP_CENTER);
        content.setPadding(new Insets(GAP));
        content.getStyleClass().add("overview-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("overviewScroll");
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            boolean two = b.getWidth() - 2 * GAP >= TWO_COLUMNS_FROM;
            if (two != columns.getColumnConstraints().size() > 1) {
                arrange(columns, first, second, two);
            }
        });
        // Decorations are drawn in this pane, so ControlsFX never replaces the main window's scene root.
        DecorationPane decorations = new DecorationPane();
        decorations.setRoot(scroll);
        return decorations;
    }

    /** Places the two halves of the form side by side ({@code two}) or one under the other. */
    private static void arrange(GridPane columns, Node first, Node second, boolean two) {
        columns.getChildren().clear();
        columns.getColumnConstraints().clear();
        if (two) {
            for (int i = 0; i < 2; i++) {
                ColumnConstraints half = new ColumnConstraints();
                half.setPercentWidth(50);
                half.setHgrow(Priority.ALWAYS);
                columns.getColumnConstraints().add(half);
            }
            columns.add(first, 0, 0);
            columns.add(second, 1, 0);
            columns.setMaxWidth(MAX_WIDTH);
        } else {
            ColumnConstraints whole = new ColumnConstraints();
            whole.setPercentWidth(100);
            columns.getColumnConstraints().add(whole);
            columns.add(first, 0, 0);
            columns.add(second, 0, 1);
            columns.setMaxWidth(ONE_COLUMN_MAX_WIDTH);
        }
        GridPane.setValignment(first, javafx.geometry.VPos.TOP);
        GridPane.setValignment(second, javafx.geometry.VPos.TOP);
    }

    private Node planSection() {
        TextField title = new TextField();
        Label titleLabel = labelled(title, "overviewTitle", "field.title");
        title.textProperty().bindBidirectional(vm.titleProperty());
        Label titleError = fields.attach(title, vm::titleError, report(vm::commitTitle));

        TextField organization = new TextField();
        Label orgLabel = labelled(organization, "overviewOrganization", "field.organization");
        organization.textProperty().bindBidirectional(vm.organizationProperty());
        Label orgError = fields.attach(organization, t -> Optional.empty(), report(vm::commitOrganization));

        GridPane grid = formGrid();
        grid.addRow(0, titleLabel, title);
        grid.add(titleError, 1, 1);
        grid.addRow(2, orgLabel, organization);
        grid.add(orgError, 1, 3);
        return section("section.plan", grid);
    }

    private Node horizonSection() {
        Spinner<Integer> start = yearSpinner();
        Label startLabel = labelled(start, "overviewStart", "field.start");
        start.getValueFactory().valueProperty().bindBidirectional(vm.startYearProperty());
        Spinner<Integer> end = yearSpinner();
        Label endLabel = labelled(end, "overviewEnd", "field.end");
        end.getValueFactory().valueProperty().bindBidirectional(vm.endYearProperty());
        Label yearsError = ValidatedField.messageLabel(end);
        yearsError.setId("overviewYearsError");
        Supplier<Optional<String>> check = () -> vm.yearsError(start.getValue(), end.getValue());
        fields.attachValue(start, yearsError, check);
        fields.attachValue(end, yearsError, check);
        start.valueProperty().addListener((o, a, b) -> fields.support().revalidate(end));
        end.valueProperty().addListener((o, a, b) -> fields.support().revalidate(start));
        for (Spinner<Integer> s : java.util.List.of(start, end)) {
            s.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    commitYears();
                }
            });
            s.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commitYears();
                }
            });
        }

        GridPane grid = formGrid();
        grid.addRow(0, startLabel, start);
        grid.addRow(1, endLabel, end);
        grid.add(yearsError, 1, 2);

        ToggleGroup modes = new ToggleGroup();
        RadioButton none = modeButton("budgetNone", "field.budget.none", BudgetMode.NONE, modes);
        RadioButton uniform = modeButton("budgetUniform", "field.budget.uniform", BudgetMode.UNIFORM, modes);
        RadioButton perYear = modeButton("budgetPerYear", "field.budget.perYear", BudgetMode.PER_YEAR, modes);
        Runnable showMode = () -> modes.getToggles().stream()
                .filter(t -> t.getUserData() == vm.budgetModeProperty().get()).findFirst()
                .ifPresent(t -> t.setSelected(true));
        vm.budgetModeProperty().addListener((o, a, b) -> showMode.run());
        showMode.run();
        Label budgetLabel = new Label(messages.get("field.budget"));
        HBox modeRow = new HBox(16, none, uniform, perYear);

        TextField amount = new TextField();
        Label amountLabel = labelled(amount, "budgetUniformAmount", "field.uniformAmount");
        amount.textProperty().bindBidirectional(vm.uniformBudgetProperty());
        amount.setAlignment(Pos.CENTER_RIGHT);
        amount.setPrefColumnCount(14);
        Label amountError = fields.attach(amount, vm::uniformBudgetError, report(vm::commitUniformBudget));
        Label thousand = thousandLabel(amount, "budgetUniformThousand");
        HBox amountRow = new HBox(8, amountLabel, amount, thousand);
        amountRow.setAlignment(Pos.CENTER_LEFT);
        VBox uniformBox = new VBox(4, amountRow, amountError);
        showWhen(uniformBox, BudgetMode.UNIFORM);

        yearGrid.setId("budgetYears");
        yearGrid.setHgap(8);
        yearGrid.setVgap(4);
        vm.yearBudgets().addListener((ListChangeListener<YearBudgetRow>) c -> rebuildYears());
        rebuildYears();
        showWhen(yearGrid, BudgetMode.PER_YEAR);

        VBox budget = new VBox(8, budgetLabel, modeRow, uniformBox, yearGrid);
        return section("section.horizon", new VBox(12, grid, budget, personnelRate()));
    }

    /** The 単価 of one 人工 that 人件費 of costs by 年度 use (issue 16), in yen with its 千円 beside it. */
    private Node personnelRate() {
        TextField rate = new TextField();
        Label label = labelled(rate, "personnelRate", "field.personnelRate");
        rate.textProperty().bindBidirectional(vm.personnelRateProperty());
        rate.setAlignment(Pos.CENTER_RIGHT);
        rate.setPrefColumnCount(14);
        Label error = fields.attach(rate, vm::personnelRateError, report(vm::commitPersonnelRate));
        HBox row = new HBox(8, label, rate, thousandLabel(rate, "personnelRateThousand"));
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, error);
    }

    private Spinner<Integer> yearSpinner() {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(FIRST_YEAR, LAST_YEAR, 2026);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer year) {
                return year == null ? "" : FiscalYears.label(year, messages.locale());
            }

            @Override
            public Integer fromString(String text) {
                // The first four digits: 2027, 2027年度（令和9年度） and FY2027 (Reiwa 9) all name 2027.
                String digits = NumberText.normalise(text).replaceAll("^\\D*(\\d{4}).*", "$1");
                return NumberText.parseInt(digits).stream().boxed().findFirst().orElse(factory.getValue());
            }
        });
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setPrefWidth(260);
        return spinner;
    }

    private void commitYears() {
        Optional<String> refused = vm.commitYears();
        refused.ifPresent(status::show);
    }

    private RadioButton modeButton(String id, String key, BudgetMode mode, ToggleGroup group) {
        RadioButton b = controls.radio(id, key, group);
        b.setUserData(mode);
        b.setOnAction(e -> {
            vm.budgetModeProperty().set(mode);
            vm.commitBudgetMode().ifPresent(status::show);
        });
        return b;
    }

    private void showWhen(Node node, BudgetMode mode) {
        node.visibleProperty().bind(vm.budgetModeProperty().isEqualTo(mode));
        node.managedProperty().bind(node.visibleProperty());
    }

    private Label thousandLabel(TextField amount, String id) {
        Label thousand = new Label();
        thousand.setId(id);
        thousand.getStyleClass().add("thousand-yen");
        thousand.textProperty().bind(Bindings.createStringBinding(() -> vm.thousandYen(amount.getText()),
                amount.textProperty()));
        return thousand;
    }

    private void rebuildYears() {
        yearGrid.getChildren().clear();
        int row = 0;
        for (YearBudgetRow year : vm.yearBudgets()) {
            TextField amount = new TextField();
            Label label = labelled(amount, "budgetYear" + year.year(), "field.yearAmount",
                    FiscalYears.label(year.year(), messages.locale()));
            amount.textProperty().bindBidirectional(year.amountProperty());
            amount.setAlignment(Pos.CENTER_RIGHT);
            amount.setPrefColumnCount(14);
            Label error = fields.attach(amount, t -> vm.yenError(t, true), report(vm::commitYearBudgets));
            yearGrid.addRow(row, label, amount, thousandLabel(amount, "budgetYearThousand" + year.year()));
            yearGrid.add(error, 1, row + 1, 2, 1);
            row += 2;
        }
    }

    private Node textSection() {
        TextArea description = new TextArea();
        Label descLabel = labelled(description, "overviewDescription", "field.description");
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        description.setWrapText(true);
        description.setPrefRowCount(5);
        Label descError = fields.attach(description, t -> Optional.empty(), report(vm::commitDescription));
        TextArea summary = new TextArea();
        Label summaryLabel = labelled(summary, "overviewSummary", "field.summary");
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        summary.setWrapText(true);
        summary.setPrefRowCount(4);
        Label summaryError = fields.attach(summary, t -> Optional.empty(), report(vm::commitSummary));
        return section("section.text", new VBox(4, descLabel, description, descError, summaryLabel, summary,
                summaryError));
    }

    private Node tierSection() {
        tierGrid.setId("tierTable");
        tierGrid.setHgap(8);
        tierGrid.setVgap(4);
        vm.tiers().addListener((ListChangeListener<TierRow>) c -> rebuildTiers());
        rebuildTiers();
        Button add = controls.button("tierAdd", "tier.add", () -> vm.addTier().ifPresent(status::show));
        Label help = new Label(messages.get("tier.help"));
        help.setWrapText(true);
        help.getStyleClass().add("hint");
        return section("section.tiers", new VBox(8, help, tierGrid, add));
    }

    private void rebuildTiers() {
        tierGrid.getChildren().clear();
        tierGrid.addRow(0, new Label(messages.get("field.tierName")), new Label(messages.get("field.tierScore")));
        int row = 1;
        for (int i = 0; i < vm.tiers().size(); i++) {
            int index = i;
            TierRow tier = vm.tiers().get(i);
            int number = i + 1;
            TextField name = controls.describe(new TextField(), "tierName" + i, "field.tierName", number);
            name.textProperty().bindBidirectional(tier.nameProperty());
            Label nameError = fields.attach(name, t -> vm.tierNameError(tier, t), report(vm::commitTiers));
            TextField score = controls.describe(new TextField(), "tierScore" + i, "field.tierScore", number);
            score.setAlignment(Pos.CENTER_RIGHT);
            score.setPrefColumnCount(6);
            score.textProperty().bindBidirectional(tier.minScoreProperty());
            Label scoreError = fields.attach(score, vm::tierScoreError, report(vm::commitTiers));
            Button remove = controls.button("tierRemove" + i, "tier.remove",
                    () -> vm.removeTier(index).ifPresent(status::show), number);
            tierGrid.addRow(row, name, score, remove);
            // One reserved line for both reasons, side by side: the rows below never move when one appears.
            tierGrid.add(new HBox(16, nameError, scoreError), 0, row + 1, 3, 1);
            row += 2;
        }
    }

    /** Names {@code control} by {@code key} (id, spoken name, tooltip) and returns its label. */
    private Label labelled(Control control, String id, String key, Object... args) {
        return controls.labelFor(key, controls.describe(control, id, key, args), args);
    }

    /** A commit that also reports a refusal in the status bar, for those who do not look at the field. */
    private Supplier<Optional<String>> report(Supplier<Optional<String>> commit) {
        return () -> {
            Optional<String> refused = commit.get();
            refused.ifPresent(status::show);
            return refused;
        };
    }

    private Node section(String key, Node body) {
        Label title = controls.heading(key, "section-title");
        VBox box = new VBox(8, title, body);
        box.getStyleClass().add("form-section");
        return box;
    }

    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }
}
