package org.kaname.ui.measures;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.ui.FilterField;

/**
 * The layout the problems and peer-case views share: a titled list with add and remove buttons on the left, the
 * chosen item's form on the right (scrolling), and the pieces to build them.
 */
final class ListDetailLayout {
    private ListDetailLayout() {
    }

    /** A read-only text column headed by the bundle text {@code key}; a long text wraps in its cell. */
    static <T> TableColumn<T, String> column(Messages messages, String key, Function<T, String> get, double width) {
        TableColumn<T, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(get.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setCellFactory(x -> org.kaname.ui.TableColumns.wrappingCell());
        return c;
    }

    /**
     * List on the left under its filter (the remove button enabled only with a selection), the details on the
     * right.
     */
    static SplitPane of(Label title, FilterField filter, TableView<?> table, Button add, Button remove, Pane details) {
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        VBox left = new VBox(8, title, filter.node(), table, new HBox(8, add, remove));
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        details.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.4);
        return split;
    }
}
