package org.kaname.ui.measures;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.model.Plan;
import org.kaname.ui.FilterField;
import org.kaname.ui.ScreenContext;

/** The structure tab: the pillar → support measure → measure tree on the left, the selected item's form on the right. */
final class StructureView {
    private final MeasuresViewModel vm;
    private final Messages messages;
    private final Controls controls;
    private final ScreenContext.StatusSink status;
    private final TreeView<TreeKey> tree = new TreeView<>();
    private final Set<TreeKey> collapsed = new HashSet<>();
    /** Items shown only as the way to a filter match: open, whatever the user had. */
    private final Set<TreeKey> ways = new HashSet<>();
    private final FilterField filter;
    private final MeasureForm measureForm;
    private final GroupForm groupForm;
    private final PillarForm pillarForm;
    private final StackPane details = new StackPane();
    private final Label none;
    private boolean rebuilding;

    StructureView(MeasuresViewModel vm, Messages messages, ScreenContext.StatusSink status) {
        this.vm = vm;
        this.messages = messages;
        this.controls = new Controls(messages);
        this.status = status;
        measureForm = new MeasureForm(vm, messages, status);
        groupForm = new GroupForm(vm, messages, status);
        pillarForm = new PillarForm(vm, messages, status);
        filter = new FilterField("measureFilter", messages.locale());
        none = new Label(messages.get("details.none"));
        none.setWrapText(true);
        none.getStyleClass().add("hint");
    }

    Node build() {
        Label treeLabel = controls.labelFor("tree.label", controls.describe(tree, "measureTree", "tree.label"));
        treeLabel.setWrapText(true); // a narrow list pane: the heading wraps rather than ending in "…"
        treeLabel.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        treeLabel.getStyleClass().add("section-title");
        tree.setShowRoot(false);
        tree.setEditable(true);
        tree.setCellFactory(t -> new KeyCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!rebuilding) {
                vm.selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            TreeKey key = selectedKey();
            if (e.getCode() == KeyCode.INSERT) {
                e.consume();
                add(key);
            } else if (e.getCode() == KeyCode.DELETE && key != null) {
                e.consume();
                vm.remove(key).ifPresent(status::show);
            } else if (e.getCode() == KeyCode.F2 && key != null) {
                e.consume();
                tree.edit(tree.getSelectionModel().getSelectedItem());
            }
        });
        vm.planProperty().addListener((o, a, plan) -> refresh(plan));
        filter.wordsProperty().addListener((o, a, words) -> refresh(vm.planProperty().get()));
        vm.selectedProperty().addListener((o, a, key) -> {
            if (filter.isActive() && key != null && find(tree.getRoot(), key) == null) {
                refresh(vm.planProperty().get()); // a new item, or one chosen elsewhere, that the filter hid
            } else {
                select(key);
                showDetails(vm.planProperty().get());
            }
        });

        Button addPillar = controls.button("treeAddPillar", "action.addPillar", () -> add(null));
        Button add = controls.button("treeAdd", "action.add", () -> add(selectedKey()));
        Button rename = controls.button("treeRename", "action.rename", () -> {
            if (tree.getSelectionModel().getSelectedItem() != null) {
                tree.requestFocus();
                tree.edit(tree.getSelectionModel().getSelectedItem());
            }
        });
        Button remove = controls.button("treeRemove", "action.remove", () -> {
            TreeKey key = selectedKey();
            if (key != null) {
                vm.remove(key).ifPresent(status::show);
            }
        });
        rename.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, addPillar, add, rename, remove);
        VBox left = new VBox(8, treeLabel, filter.node(), tree, actions);
        VBox.setVgrow(tree, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        left.setMinWidth(320);

        details.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setId("measureDetails");
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.36);
        refresh(vm.planProperty().get());
        return split;
    }

    private TreeKey selectedKey() {
        TreeItem<TreeKey> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void add(TreeKey at) {
        var refused = vm.add(at);
        refused.ifPresent(status::show);
        if (refused.isEmpty()) {
            // The new item is selected; its name field takes the focus so its title can be typed at once.
            Platform.runLater(() -> {
                TextField field = switch (vm.selectedProperty().get().kind()) {
                    case MEASURE -> measureForm.titleField();
                    case GROUP -> groupForm.titleField();
                    default -> pillarForm.nameField();
                };
                field.requestFocus();
                field.selectAll();
            });
        }
    }

    private void refresh(Plan plan) {
        rebuilding = true;
        try {
            TreeItem<TreeKey> root = new TreeItem<>();
            List<MeasureTree> all = vm.tree();
            List<MeasureTree> shown = all;
            ways.clear();
            if (filter.isActive()) {
                // The item being edited stays in the tree, so a new item or a changed title never vanishes under the pointer.
                TreeKey selected = vm.selectedProperty().get();
                var texts = MeasureTree.texts(plan);
                shown = MeasureTree.filter(all, k -> k.equals(selected) || filter.matches(texts.apply(k)), ways);
            }
            for (MeasureTree node : shown) {
                root.getChildren().add(item(node));
            }
            filter.showCount(MeasureTree.measureCount(shown), MeasureTree.measureCount(all));
            tree.setRoot(root);
            select(vm.selectedProperty().get());
        } finally {
            rebuilding = false;
        }
        showDetails(plan);
    }

    private TreeItem<TreeKey> item(MeasureTree node) {
        TreeItem<TreeKey> item = new TreeItem<>(node.key());
        item.setExpanded(ways.contains(node.key()) || !collapsed.contains(node.key()));
        item.expandedProperty().addListener((o, a, open) -> {
            if (open) {
                collapsed.remove(node.key());
            } else {
                collapsed.add(node.key());
            }
        });
        for (MeasureTree child : node.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private void select(TreeKey key) {
        TreeItem<TreeKey> found = key == null ? null : find(tree.getRoot(), key);
        if (found == null) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        for (TreeItem<TreeKey> p = found.getParent(); p != null; p = p.getParent()) {
            p.setExpanded(true);
        }
        if (tree.getSelectionModel().getSelectedItem() != found) {
            boolean was = rebuilding;
            rebuilding = true;
            tree.getSelectionModel().select(found);
            rebuilding = was;
            int row = tree.getRow(found);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static TreeItem<TreeKey> find(TreeItem<TreeKey> from, TreeKey key) {
        if (from == null) {
            return null;
        }
        if (key.equals(from.getValue())) {
            return from;
        }
        for (TreeItem<TreeKey> child : from.getChildren()) {
            TreeItem<TreeKey> f = find(child, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private void showDetails(Plan plan) {
        TreeKey key = vm.selectedProperty().get();
        Node content = none;
        if (key != null) {
            switch (key.kind()) {
                case MEASURE -> {
                    if (plan.measure(key.id()).isPresent()) {
                        measureForm.show(plan, key.id());
                        content = measureForm.node();
                    }
                }
                case GROUP -> {
                    if (plan.group(key.id()).isPresent()) {
                        groupForm.show(plan, key.id());
                        content = groupForm.node();
                    }
                }
                case PILLAR -> {
                    if (plan.pillars().stream().anyMatch(p -> p.id().equals(key.id()))) {
                        pillarForm.show(plan, key.id());
                        content = pillarForm.node();
                    }
                }
                default -> {
                }
            }
        }
        if (details.getChildren().size() != 1 || details.getChildren().get(0) != content) {
            details.getChildren().setAll(content);
        }
    }

    MeasureForm measureForm() {
        return measureForm;
    }

    FilterField filter() {
        return filter;
    }

    /** A tree row: the item's label, a text field while it is renamed (F2). */
    private final class KeyCell extends TreeCell<TreeKey> {
        private TextField editor;

        @Override
        public void startEdit() {
            TreeKey key = getItem();
            if (key == null || key.kind() == TreeKey.Kind.UNASSIGNED) {
                return;
            }
            super.startEdit();
            editor = controls.describe(new TextField(vm.name(key)), "treeRenameField", "tree.renameField",
                    vm.name(key));
            editor.setOnAction(e -> {
                String text = editor.getText();
                cancelEdit();
                vm.rename(key, text).ifPresent(status::show);
            });
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(editor);
            editor.requestFocus();
            editor.selectAll();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            editor = null;
            show(getItem());
        }

        @Override
        protected void updateItem(TreeKey key, boolean empty) {
            super.updateItem(key, empty);
            show(empty ? null : key);
        }

        private void show(TreeKey key) {
            setGraphic(null);
            setText(key == null ? null : vm.label(key));
            getStyleClass().removeAll("tree-pillar", "tree-group", "tree-measure");
            if (key != null) {
                getStyleClass().add(switch (key.kind()) {
                    case PILLAR, UNASSIGNED -> "tree-pillar";
                    case GROUP -> "tree-group";
                    case MEASURE -> "tree-measure";
                });
            }
        }
    }

    List<TreeItem<TreeKey>> topItems() {
        return tree.getRoot().getChildren();
    }
}
