package org.kaname.ui.measures;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kaname.i18n.Messages;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.ui.ScreenContext;

/**
 * Sources with title, URL, kind and note. The URL can only be copied: the PC is offline (LGWAN), so Kaname never
 * opens a browser; the user pastes it where the internet is reachable.
 */
final class EvidenceTable extends EditableTable<Evidence> {
    EvidenceTable(String id, String sectionKey, Messages messages, ScreenContext.StatusSink status) {
        super(id, sectionKey, "evidence.add", "evidence.remove",
                () -> new Evidence(messages.get("new.evidence"), "", EvidenceKind.OTHER, ""), messages, status);
        textColumn("column.evTitle", Evidence::title, (e, s) -> new Evidence(s.strip(), e.url(), e.kind(), e.note()),
                200);
        textColumn("column.url", Evidence::url, (e, s) -> new Evidence(e.title(), s.strip(), e.kind(), e.note()),
                280);
        TableColumn<Evidence, Evidence> copy = new TableColumn<>(messages.get("column.copy"));
        copy.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        copy.setCellFactory(c -> new TableCell<>() {
            private final Button button = controls().button(id + "Copy", "evidence.copy", () -> {
                Evidence ev = getItem();
                if (ev != null && !ev.url().isBlank()) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(ev.url());
                    Clipboard.getSystemClipboard().setContent(content);
                    status.show(messages.get("evidence.copied", ev.url()));
                }
            });

            @Override
            protected void updateItem(Evidence item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null || item.url().isBlank() ? null : button);
                if (item != null) {
                    // Which source's address: its title is what a screen reader can say.
                    controls().describe(button, id + "Copy", "evidence.copy", item.title());
                }
            }
        });
        copy.setPrefWidth(100);
        copy.setMinWidth(100);
        copy.setSortable(false);
        addColumn(copy);
        TableColumn<Evidence, EvidenceKind> kind = choiceColumn("column.evKind", Evidence::kind, (e, k) -> new Evidence(e.title(), e.url(), k, e.note()),
                enumConverter(messages, "evidence.kind.", EvidenceKind.class), EvidenceKind.values(), 120);
        textColumn("column.note", Evidence::note, (e, s) -> new Evidence(e.title(), e.url(), e.kind(), s), 200);
        keepWhole(kind);
        // A long URL or note wraps over several lines: room for one such row whole.
        table().setPrefHeight(240);
    }
}
