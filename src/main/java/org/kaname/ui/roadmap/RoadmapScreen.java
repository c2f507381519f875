package org.kaname.ui.roadmap;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapStatus;
import org.kaname.engine.roadmap.ScheduledMeasure;
import org.kaname.engine.roadmap.YearBudget;
import org.kaname.i18n.Messages;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.TableColumns;

/** The roadmap screen: the Gantt chart, the budget per fiscal year, and the deferred measures with their reasons. */
public final class RoadmapScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.roadmap.messages";

    private final Messages messages;
    private final RoadmapViewModel vm;
    private final VBox root = new VBox(8);
    private final TableView<YearBudget> budget = new TableView<>();
    private final ListView<String> deferred = new ListView<>();
    private final ListView<String> warnings = new ListView<>();

    public RoadmapScreen(ScreenContext context) {
        super("roadmapScreen", context.messages(BUNDLE).get("screen.title"));
        this.messages = context.messages(BUNDLE);
        this.vm = new RoadmapViewModel(context, messages);
        setRoot(root);
        onDispose(vm::dispose);
        root.getStylesheets().add(RoadmapScreen.class.getResource("/org/kaname/ui/roadmap/roadmap.css")
                .toExternalForm());
        build();
        vm.roadmapProperty().addListener((o, a, b) -> fill(b));
        fill(vm.roadmapProperty().get());
    }

    private void build() {
        Label title = new Label(messages.get("screen.title"));
        title.getStyleClass().add("screen-title");
        GanttView gantt = new GanttView(vm, messages);
        Button earlier = button("pinEarlier", "action.earlier", () -> shiftSelected(-1));
        Button later = button("pinLater", "action.later", () -> shiftSelected(+1));
        Button unpin = button("unpin", "action.unpin", () -> {
            if (vm.selectedProperty().get() != null) {
                vm.unpin(vm.selectedProperty().get());
            }
        });
        Label help = new Label(messages.get("help.keys"));
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped lines are shown, never cut off
        help.getStyleClass().add("help");
        HBox tools = new HBox(8, earlier, later, unpin);
        Label error = new Label();
        error.setId("roadmapError");
        error.getStyleClass().add("error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ScrollPane scroll = new ScrollPane(gantt);
        scroll.setId("ganttScroll");
        scroll.setFitToWidth(true);
        vm.selectedProperty().addListener((o, a, b) -> reveal(scroll, gantt, b));
        // A move redraws the chart (a deferral can add or remove rows above): once laid out, the row stays in view.
        vm.chartProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(
                () -> reveal(scroll, gantt, vm.selectedProperty().get())));

        budget.setId("budgetTable");
        budget.setAccessibleText(messages.get("budget.title"));
        budget.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<YearBudget, String> year = column(messages.get("budget.year"), y -> vm.yearLabel(y.year()));
        // The unit is in the headers (表の単位は見出しに), so the amounts stay short enough to show whole.
        TableColumn<YearBudget, String> spent = column(messages.get("budget.spent"), y -> amount(y.spent()));
        TableColumn<YearBudget, String> cap = column(messages.get("budget.cap"),
                y -> y.cap().isPresent() ? amount(y.cap().getAsLong()) : messages.get("budget.noCap"));
        spent.setStyle("-fx-alignment: center-right;");
        cap.setStyle("-fx-alignment: center-right;");
        TableColumn<YearBudget, String> state = column(messages.get("budget.state"), this::budgetState);
        state.setCellFactory(c -> {
            TableCell<YearBudget, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.itemProperty().addListener((o, was, item) -> {
                cell.getStyleClass().remove("over-budget");
                if (item != null && item.startsWith("⚠")) {
                    cell.getStyleClass().add("over-budget");
                }
            });
            return cell;
        });
        budget.getColumns().setAll(List.of(year, spent, cap, state));
        TableColumns.keepWhole(budget, year, spent, cap, state);
        Label budgetTitle = new Label(messages.get("budget.title"));
        budgetTitle.setLabelFor(budget);
        budgetTitle.getStyleClass().add("section-title");
        budgetTitle.setWrapText(true);
        budgetTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        deferred.setId("deferredList");
        deferred.setCellFactory(l -> wrappingCell());
        warnings.setCellFactory(l -> wrappingCell());
        Label deferredTitle = new Label(messages.get("deferred.title"));
        deferredTitle.setLabelFor(deferred);
        deferredTitle.getStyleClass().add("section-title");
        deferredTitle.setWrapText(true);
        deferredTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        warnings.setId("warningList");
        Label warningTitle = new Label(messages.get("warnings.title"));
        warningTitle.setLabelFor(warnings);
        warningTitle.getStyleClass().add("section-title");
        warningTitle.setWrapText(true);
        warningTitle.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox budgetBox = new VBox(4, budgetTitle, budget);
        VBox deferredBox = new VBox(4, deferredTitle, deferred, warningTitle, warnings);
        VBox.setVgrow(budget, Priority.ALWAYS);
        VBox.setVgrow(deferred, Priority.ALWAYS);
        HBox bottom = new HBox(12, budgetBox, deferredBox);
        HBox.setHgrow(budgetBox, Priority.ALWAYS);
        HBox.setHgrow(deferredBox, Priority.ALWAYS);
        SplitPane split = new SplitPane(scroll, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, tools, help, error, split);
        root.setPadding(new Insets(0));
    }

    /** Scrolls so that the selected row (chosen with ↑/↓ perhaps far below) is in view. */
    private static void reveal(ScrollPane scroll, GanttView gantt, String id) {
        org.kaname.chart.GanttChart c = gantt.chart();
        int i = c == null || id == null ? -1 : c.rowIndex(id);
        double content = gantt.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (i < 0 || content <= view || view <= 0) {
            return;
        }
        java.awt.geom.Rectangle2D row = c.geometry(gantt.getWidth()).rowBounds(i);
        double top = scroll.getVvalue() * (content - view);
        if (row.getMinY() < top) {
            scroll.setVvalue(row.getMinY() / (content - view));
        } else if (row.getMaxY() > top + view) {
            scroll.setVvalue((row.getMaxY() - view) / (content - view));
        }
    }

    private String budgetState(YearBudget y) {
        if (y.cap().isEmpty()) {
            return "—";
        }
        long left = y.cap().getAsLong() - y.spent();
        return left >= 0 ? "✔ " + messages.get("budget.within", amount(left))
                : "⚠ " + messages.get("budget.over", amount(-left));
    }

    /**
     * Money in tables is shown in 千円, rounded (the public-sector convention; the exports keep exact yen), without
     * its unit: the column headers name it.
     */
    private static String amount(long yen) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT).format(Math.round(yen / 1000.0));
    }

    private void shiftSelected(int delta) {
        if (vm.selectedProperty().get() != null) {
            vm.shift(vm.selectedProperty().get(), delta);
        }
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setTooltip(new Tooltip(messages.get(key + ".tip")));
        b.setAccessibleText(messages.get(key + ".tip"));
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(vm.selectedProperty().isNull());
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private static <T> TableColumn<T, String> column(String title, java.util.function.Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setSortable(false);
        return c;
    }

    private static javafx.scene.control.ListCell<String> wrappingCell() {
        javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        cell.setPrefWidth(0);
        return cell;
    }

    private void fill(Roadmap roadmap) {
        if (roadmap == null) {
            budget.getItems().clear();
            deferred.getItems().clear();
            warnings.getItems().clear();
            return;
        }
        budget.setItems(FXCollections.observableArrayList(roadmap.budget().values()));
        List<String> notPlaced = roadmap.rows().stream().filter(r -> r.status() != RoadmapStatus.SCHEDULED)
                .map(this::deferredLine).toList();
        deferred.setItems(FXCollections.observableArrayList(notPlaced.isEmpty()
                ? List.of(messages.get("deferred.none")) : notPlaced));
        List<String> w = roadmap.warnings().stream().map(x -> "⚠ " + vm.texts().warning(x)).toList();
        warnings.setItems(FXCollections.observableArrayList(w.isEmpty() ? List.of(messages.get("warnings.none")) : w));
    }

    private String deferredLine(ScheduledMeasure row) {
        return row.measureId() + " " + row.title() + " — " + vm.texts().status(row.status()) + ": "
                + vm.texts().reason(row);
    }
}
