package org.kaname.ui.roadmap;

import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.kaname.chart.GanttChart;
import org.kaname.engine.roadmap.YearBudget;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.TableColumns;

/**
 * The roadmap screen's controls, bound to its {@link RoadmapViewModel}: the pin buttons and the busy mark, the key
 * help, the Gantt chart in a scroll pane that keeps the selected row in view, and below it the budget per fiscal year
 * beside the deferred measures and the warnings. It only builds and binds; the view model does the rest.
 */
final class RoadmapView {
    /** Room for a vertical scroll bar, should the years outgrow the table's height. */
    private static final double SCROLL_BAR = 16;
    private final RoadmapViewModel vm;
    private final Messages messages;
    private final Controls controls;

    RoadmapView(RoadmapViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
    }

    /** Builds the screen's content. */
    Parent build() {
        Label title = controls.heading("screen.title", "screen-title");
        GanttView gantt = new GanttView(vm, messages);
        HBox tools = new HBox(8,
                selectionButton("pinEarlier", "action.earlier", () -> vm.shiftSelected(-1)),
                selectionButton("pinLater", "action.later", () -> vm.shiftSelected(+1)),
                selectionButton("unpin", "action.unpin", vm::unpinSelected),
                controls.busy("roadmapBusy", "busy", vm.busyProperty()));
        tools.setAlignment(Pos.CENTER_LEFT);
        Label help = controls.help("help.keys");
        Label error = Controls.wrapped("roadmapError", "error");
        error.textProperty().bind(vm.errorProperty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        ScrollPane scroll = new ScrollPane(gantt);
        scroll.setId("ganttScroll");
        scroll.setFitToWidth(true);
        vm.selectedProperty().addListener((o, a, b) -> reveal(scroll, gantt, b));
        // A move redraws the chart (a deferral can add or remove rows above): once laid out, the row stays in view.
        vm.chartProperty().addListener((o, a, b) -> Platform.runLater(
                () -> reveal(scroll, gantt, vm.selectedProperty().get())));

        TableView<YearBudget> budget = budgetTable();
        ListView<String> deferred = list("deferredList", vm.deferred());
        ListView<String> warnings = list("warningList", vm.warnings());
        VBox budgetBox = new VBox(4, sectionTitle("budget.title", budget), budget);
        VBox deferredBox = new VBox(4, sectionTitle("deferred.title", deferred), deferred,
                sectionTitle("warnings.title", warnings), warnings);
        VBox.setVgrow(budget, Priority.ALWAYS);
        VBox.setVgrow(deferred, Priority.ALWAYS);
        HBox bottom = new HBox(12, budgetBox, deferredBox);
        HBox.setHgrow(budgetBox, Priority.ALWAYS);
        HBox.setHgrow(deferredBox, Priority.ALWAYS);
        SplitPane split = new SplitPane(scroll, bottom);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);
        return new VBox(8, title, tools, help, error, split);
    }

    /** A button that acts on the selected measure: disabled while none is selected. */
    private Button selectionButton(String id, String key, Runnable action) {
        Button b = controls.button(id, key, action);
        b.disableProperty().bind(vm.selectedProperty().isNull());
        return b;
    }

    private TableView<YearBudget> budgetTable() {
        TableView<YearBudget> budget = new TableView<>(vm.budget());
        budget.setId("budgetTable");
        budget.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<YearBudget, String> year = controls.column("budgetYear", "budget.year",
                y -> vm.yearLabel(y.year()), null);
        // The unit is in the headers (表の単位は見出しに), so the amounts stay short enough to show whole.
        TableColumn<YearBudget, String> spent = controls.column("budgetSpent", "budget.spent", vm::spent, null);
        TableColumn<YearBudget, String> cap = controls.column("budgetCap", "budget.cap", vm::cap, null);
        spent.setStyle("-fx-alignment: center-right;");
        cap.setStyle("-fx-alignment: center-right;");
        TableColumn<YearBudget, String> state = controls.column("budgetState", "budget.state", vm::budgetState,
                null);
        markOverBudget(state);
        budget.getColumns().setAll(List.of(year, spent, cap, state));
        TableColumns.keepWhole(budget, year, spent, cap, state);
        // The table asks for the width of its whole columns, so in a narrow window the lists beside it give way
        // (their headings wrap) instead of the last column being cut: "Status (thousa".
        budget.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> budget.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum()
                        + budget.snappedLeftInset() + budget.snappedRightInset() + SCROLL_BAR,
                year.minWidthProperty(), spent.minWidthProperty(), cap.minWidthProperty(), state.minWidthProperty(),
                budget.insetsProperty()));
        return budget;
    }

    /** A year over its cap reads 「⚠ 超過 …」 in the danger colour, in bold. */
    private static void markOverBudget(TableColumn<YearBudget, String> state) {
        Callback<TableColumn<YearBudget, String>, TableCell<YearBudget, String>> cells = state.getCellFactory();
        state.setCellFactory(c -> {
            TableCell<YearBudget, String> cell = cells.call(c);
            cell.itemProperty().addListener((o, was, item) -> {
                cell.getStyleClass().remove("over-budget");
                if (item != null && item.startsWith("⚠")) {
                    cell.getStyleClass().add("over-budget");
                }
            });
            return cell;
        });
    }

    /** A section heading that names {@code target}; long headings wrap rather than being cut. */
    private Label sectionTitle(String key, Region target) {
        Label label = controls.labelFor(key, target);
        label.getStyleClass().add("section-title");
        // A heading may wrap to give the budget table its width (its columns are kept whole), never be cut.
        label.setWrapText(true);
        label.setMinWidth(Region.USE_COMPUTED_SIZE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static ListView<String> list(String id, ObservableList<String> items) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(l -> wrappingCell());
        return list;
    }

    private static ListCell<String> wrappingCell() {
        ListCell<String> cell = new ListCell<>() {
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

    /** Scrolls so that the selected row (chosen with ↑/↓ perhaps far below) is in view. */
    private static void reveal(ScrollPane scroll, GanttView gantt, String id) {
        GanttChart c = gantt.chart();
        int i = c == null || id == null ? -1 : c.rowIndex(id);
        double content = gantt.getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (i < 0 || content <= view || view <= 0) {
            return;
        }
        Rectangle2D row = c.geometry(gantt.getWidth()).rowBounds(i);
        double top = scroll.getVvalue() * (content - view);
        if (row.getMinY() < top) {
            scroll.setVvalue(row.getMinY() / (content - view));
        } else if (row.getMaxY() > top + view) {
            scroll.setVvalue((row.getMaxY() - view) / (content - view));
        }
    }
}
