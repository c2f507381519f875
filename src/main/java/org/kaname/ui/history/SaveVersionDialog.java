package org.kaname.ui.history;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kaname.i18n.Messages;
import org.kaname.ui.Controls;
import org.kaname.ui.DialogLook;

/**
 * Asks for the name of a new version: what a version is, the proposed name (selected, so typing replaces it) in a
 * field wide enough to read it whole, and 「保存する」 (Enter) / 「やめる」 (Esc). An empty or too long name is said
 * under the field and the dialog stays open.
 */
final class SaveVersionDialog {
    private final Window owner;
    private final Window lookFrom;
    private final Messages messages;

    /** @param lookFrom the main window, whose theme and text size the dialog takes */
    SaveVersionDialog(Window owner, Window lookFrom, Messages messages) {
        this.owner = owner;
        this.lookFrom = lookFrom;
        this.messages = messages;
    }

    /** Shows the dialog until it is closed; the name, or empty when cancelled. */
    Optional<String> ask(String proposed) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("version.save.title"));
        String[] answer = {null};

        Label headline = new Label(messages.get("version.save.title"));
        headline.getStyleClass().add("section-title");
        Label help = Controls.wrapped("saveVersionHelp", "help-text");
        help.setText(messages.get("versions.help"));
        TextField name = new TextField(proposed);
        name.setId("versionNameField");
        name.setPrefColumnCount(36);
        Controls controls = new Controls(messages);
        Label label = controls.labelFor("version.save.label", name);
        HBox field = new HBox(8, label, name);
        field.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label example = Controls.wrapped("versionNameExample", "help-text");
        example.setText(messages.get("version.save.example"));
        Label problem = Controls.wrapped("versionNameProblem", "history-message");
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button cancel = controls.button("versionSaveCancel", "version.save.cancel", stage::close);
        cancel.setCancelButton(true);
        Button save = controls.button("versionSaveOk", "version.save.ok", () -> {
            Optional<String> why = VersionsViewModel.nameProblem(name.getText(), messages);
            if (why.isPresent()) {
                problem.setText(why.get());
                name.requestFocus();
                return;
            }
            answer[0] = name.getText().strip();
            stage.close();
        });
        save.setDefaultButton(true);
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, headline, help, field, example, problem, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(720);
        root.setId("saveVersionDialog");
        root.getStyleClass().add("history-window");
        DialogLook.apply(lookFrom, root, HistoryWindow.STYLESHEET);
        stage.setScene(new Scene(root));
        stage.setOnShown(e -> Platform.runLater(() -> {
            name.requestFocus();
            name.selectAll();
        }));
        stage.showAndWait();
        return Optional.ofNullable(answer[0]);
    }
}
