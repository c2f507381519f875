package org.kaname.ui.shared;

import java.util.Optional;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kaname.ui.DialogLook;

/**
 * File › 共有データベースに接続…: a window of its own, modal to the main window, with the main window's look. It stays
 * open while connecting (cancel stops the wait) and closes once connected.
 */
public final class ConnectDialog {
    static final String STYLESHEET = ConnectDialog.class.getResource("shared.css").toExternalForm();

    private final Window owner;
    private final ConnectViewModel vm;

    public ConnectDialog(Window owner, ConnectViewModel vm) {
        this.owner = owner;
        this.vm = vm;
    }

    /** Shows the dialog until it is closed; the connection made, or empty when cancelled. */
    public Optional<ConnectViewModel.Connected> showAndWait() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(vm.messages().get("connect.title"));
        ConnectViewModel.Connected[] result = {null};
        ConnectView view = new ConnectView(vm, stage::close, done -> result[0] = done);
        Parent root = view.build();
        DialogLook.apply(owner, root, STYLESHEET);
        stage.setScene(new Scene(root));
        stage.setOnShown(e -> view.focusFirst());
        // A reason appearing under a field makes the form taller: the window grows with it, the buttons stay seen.
        for (javafx.beans.value.ObservableValue<?> grows : java.util.List.of(vm.hostErrorProperty(),
                vm.portErrorProperty(), vm.databaseErrorProperty(), vm.userErrorProperty(), vm.failureProperty(),
                vm.connectingProperty(), vm.passwordNoteProperty())) {
            grows.addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
                if (stage.isShowing()) {
                    stage.sizeToScene();
                }
            }));
        }
        // Closing the window while connecting stops the wait; a connection made after that is closed again.
        stage.setOnHidden(e -> vm.cancel());
        stage.showAndWait();
        return Optional.ofNullable(result[0]);
    }
}
