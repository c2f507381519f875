package org.kaname.ui.history;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kaname.i18n.Messages;

/** The few control builders the history window's views share: labelled combos, buttons, text columns. */
final class Controls {
    private final Messages messages;

    Controls(Messages messages) {
        this.messages = messages;
    }

    Label label(String key, Node target) {
        Label l = new Label(messages.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    Label sectionTitle(String key, Node target) {
        Label l = label(key, target);
        l.getStyleClass().add("section-title");
        return l;
    }

    static Label wrapped(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        if (styleClass != null) {
            l.getStyleClass().add(styleClass);
        }
        return l;
    }

    Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    static <T> ComboBox<T> combo(String id, String accessibleText) {
        ComboBox<T> c = new ComboBox<>();
        c.setId(id);
        c.setAccessibleText(accessibleText);
        c.setVisibleRowCount(14);
        return c;
    }

    /** A text column whose cells show their whole text as a tooltip (long descriptions are cut off in the cell). */
    <S> TableColumn<S, String> column(String id, String key, Function<S, String> value, double width,
                                      String styleClass) {
        return column(id, key, value, null, width, styleClass);
    }

    /** As {@link #column}, with a tooltip of its own (the whole text where the cell shows a shorter one). */
    <S> TableColumn<S, String> column(String id, String key, Function<S, String> value,
                                      Function<S, String> tooltip, double width, String styleClass) {
        TableColumn<S, String> col = new TableColumn<>(messages.get(key));
        col.setId(id);
        col.setSortable(false);
        col.setPrefWidth(width);
        col.setMinWidth(Math.min(width, 60));
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                S row = empty || getTableRow() == null ? null : getTableRow().getItem();
                String tip = tooltip == null || row == null ? text : tooltip.apply(row);
                setTooltip(empty || tip == null || tip.isEmpty() ? null : new Tooltip(tip));
            }
        });
        if (styleClass != null) {
            col.getStyleClass().add(styleClass);
        }
        return col;
    }

}
