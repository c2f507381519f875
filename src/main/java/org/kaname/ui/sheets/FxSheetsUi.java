package org.kaname.ui.sheets;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.DialogLook;
import org.kaname.model.Rater;

/** The score-sheet dialogs as JavaFX windows owned by the main window. */
final class FxSheetsUi implements SheetsUi {
    static final String STYLESHEET = FxSheetsUi.class.getResource("sheets.css").toExternalForm();
    private final Window owner;
    private final Messages messages;

    FxSheetsUi(Window owner, Locale locale) {
        this.owner = owner;
        this.messages = Messages.of(SheetsTexts.BUNDLE, locale);
    }

    @Override
    public Optional<ExportRequest> chooseExport(ExportModel model) {
        Dialog<ExportRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("export.title"));
        dialog.setHeaderText(messages.get("export.header"));
        ButtonType next = new ButtonType(messages.get("export.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, cancel());
        dialog.getDialogPane().setContent(new ExportView(model, messages).build());
        DialogLook.apply(owner, dialog.getDialogPane(), STYLESHEET);
        Button ok = (Button) dialog.getDialogPane().lookupButton(next);
        ok.setId("exportNext");
        ok.disableProperty().bind(javafx.beans.binding.Bindings.not(model.valid()));
        dialog.setResultConverter(b -> b == next ? model.request().orElse(null) : null);
        return dialog.showAndWait();
    }

    private ButtonType cancel() {
        return new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public CollectDecision review(CollectModel model) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("collect.title"));
        CollectDecision[] decision = {CollectDecision.CANCEL};
        var root = new CollectView(model, messages, d -> {
            decision[0] = d;
            stage.close();
        }).build();
        DialogLook.apply(owner, root, STYLESHEET);
        stage.setScene(new Scene(root, 1040, 640));
        stage.showAndWait();
        return decision[0];
    }

    @Override
    public Optional<Rater> chooseRater(List<Rater> raters) {
        ChoiceDialog<Rater> dialog = new ChoiceDialog<>(raters.get(0), raters);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("json.export.title"));
        dialog.setHeaderText(messages.get("json.export.header"));
        dialog.setContentText(messages.get("json.export.rater"));
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(messages.get("json.export.next"), ButtonBar.ButtonData.OK_DONE), cancel());
        DialogLook.apply(owner, dialog.getDialogPane(), STYLESHEET);
        // ChoiceDialog shows toString(); a rater reads better as "r1  企画課".
        dialog.getDialogPane().lookupAll(".combo-box").forEach(n -> {
            if (n instanceof javafx.scene.control.ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<Rater> rb = (javafx.scene.control.ComboBox<Rater>) box;
                rb.setId("jsonRater");
                rb.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Rater r) {
                        return r == null ? "" : r.id() + "  " + r.name();
                    }

                    @Override
                    public Rater fromString(String s) {
                        return null;
                    }
                });
            }
        });
        return dialog.showAndWait();
    }

    @Override
    public void inform(String title, String message) {
        // Our own button texts: JavaFX's built-in ones follow the JVM's locale, not the UI language.
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A text area, so the listed files can be selected and copied.
        TextArea text = new TextArea(message);
        text.setId("sheetsInfo");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, (int) message.lines().count() + 1));
        text.setPrefColumnCount(50);
        alert.getDialogPane().setContent(text);
        DialogLook.apply(owner, alert.getDialogPane(), STYLESHEET);
        alert.showAndWait();
    }

    @Override
    public Busy busy(String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("sheetsProgress");
        bar.setPrefWidth(320);
        boolean[] closed = {false};
        Runnable[] onCancel = {() -> { }};
        Controls controls = new Controls(messages);
        Label label = controls.labelFor("busy.working", bar);
        Button cancel = controls.button("sheetsBusyCancel", "busy.cancel", () -> {
            onCancel[0].run();
            stage.close();
        });
        cancel.setCancelButton(true);
        VBox box = new VBox(10, label, bar, cancel);
        box.setPadding(new Insets(16));
        DialogLook.apply(owner, box, STYLESHEET);
        stage.setScene(new Scene(box));
        // Closing the window is stopping too: the work must not go on unseen.
        stage.setOnCloseRequest(e -> onCancel[0].run());
        return new Busy() {
            @Override
            public void progress(double fraction) {
                bar.setProgress(fraction);
            }

            @Override
            public void onCancel(Runnable action) {
                onCancel[0] = action;
                // Work that finished at once (closed already) needs no window at all.
                if (!closed[0]) {
                    stage.show();
                }
            }

            @Override
            public void close() {
                closed[0] = true;
                stage.close();
            }
        };
    }
}
