package org.kaname.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.store.PlanSummary;

/** The main window's content: plan list on the left, the open plan's measure tree on the right, a status line. */
public final class MainView {
    private final MainViewModel vm;
    private final Messages messages;
    private final TreeTableView<MeasureRow> tree = new TreeTableView<>();

    public MainView(MainViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    public Parent build() {
        ListView<PlanSummary> planList = new ListView<>(vm.planList());
        planList.setId("planList");
        planList.setAccessibleText(messages.get("plans.list"));
        planList.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(PlanSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : item.title() + "\n" + messages.get("plans.measureCount", item.measureCount()));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        planList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedPlanProperty().set(b);
            }
        });
        vm.selectedPlanProperty().addListener((o, a, b) -> planList.getSelectionModel().select(b));
        Label plansLabel = new Label(messages.get("plans.title"));
        plansLabel.setLabelFor(planList);
        plansLabel.getStyleClass().add("section-title");
        VBox left = new VBox(8, plansLabel, planList);
        left.setPadding(new Insets(12));
        VBox.setVgrow(planList, javafx.scene.layout.Priority.ALWAYS);

        tree.setId("measureTree");
        tree.setShowRoot(false);
        tree.setAccessibleText(messages.get("measures.tree"));
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        vm.rows().addListener((ListChangeListener<MeasureRow>) change -> rebuildTree());
        Label planTitle = new Label();
        planTitle.setId("planTitle");
        planTitle.getStyleClass().add("plan-title");
        planTitle.setWrapText(true);
        vm.openPlanProperty().addListener((o, a, b) -> planTitle.setText(b == null ? "" : b.plan().title()));
        VBox right = new VBox(8, planTitle, tree);
        right.setPadding(new Insets(12));
        VBox.setVgrow(tree, javafx.scene.layout.Priority.ALWAYS);

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.25);
        Label status = new Label();
        status.setId("statusLine");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 12, 4, 12));
        BorderPane root = new BorderPane(split);
        root.setBottom(status);
        root.getStyleClass().add("kaname-root");
        return root;
    }

    private void rebuildTree() {
        tree.getColumns().clear();
        TreeTableColumn<MeasureRow, String> title = new TreeTableColumn<>(messages.get("column.measure"));
        title.setCellValueFactory(c -> new ReadOnlyStringWrapper(label(c.getValue().getValue())));
        title.setPrefWidth(420);
        tree.getColumns().add(title);
        for (int i = 0; i < vm.criterionNames().size(); i++) {
            int index = i;
            TreeTableColumn<MeasureRow, String> col = new TreeTableColumn<>();
            col.setGraphic(wrappingHeader(vm.criterionNames().get(i)));
            col.setPrefWidth(110);
            col.setMinWidth(80);
            col.setCellValueFactory(c -> {
                var values = c.getValue().getValue().criterionValues();
                return new ReadOnlyStringWrapper(index < values.size() ? values.get(index) : "");
            });
            col.getStyleClass().add("number-column");
            tree.getColumns().add(col);
        }
        TreeItem<MeasureRow> root = new TreeItem<>();
        TreeItem<MeasureRow> pillar = root;
        TreeItem<MeasureRow> group = root;
        for (MeasureRow row : vm.rows()) {
            TreeItem<MeasureRow> item = new TreeItem<>(row);
            item.setExpanded(true);
            switch (row.kind()) {
                case PILLAR -> {
                    root.getChildren().add(item);
                    pillar = item;
                    group = item;
                }
                case GROUP -> {
                    pillar.getChildren().add(item);
                    group = item;
                }
                case MEASURE -> group.getChildren().add(item);
            }
        }
        tree.setRoot(root);
    }

    private static String label(MeasureRow row) {
        if (row == null) {
            return "";
        }
        return row.kind() == MeasureRow.Kind.PILLAR ? row.title() : row.id() + "  " + row.title();
    }

    /** Criterion names are long (即効性・波及効果): a header that wraps keeps every column readable. */
    private static Label wrappingHeader(String text) {
        Label header = new Label(text);
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.setMaxWidth(Double.MAX_VALUE);
        return header;
    }
}
