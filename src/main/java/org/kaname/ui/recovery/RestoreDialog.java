package org.kaname.ui.recovery;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kaname.ui.DialogLook;
import org.kaname.i18n.Messages;

/** The restore dialog as a window of its own, modal to the main window, with the main window's look. */
public final class RestoreDialog {
    static final String STYLESHEET = RestoreDialog.class.getResource("recovery.css").toExternalForm();

    private final Window owner;
    private final RestoreViewModel vm;
    private final Messages messages;

    public RestoreDialog(Window owner, RestoreViewModel vm, Messages messages) {
        this.owner = owner;
        this.vm = vm;
        this.messages = messages;
    }

    /** Shows the dialog until it is closed; true when a backup was restored. */
    public boolean showAndWait() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(vm.title());
        Parent root = new RestoreView(vm, messages, stage::close).build();
        DialogLook.apply(owner, root, STYLESHEET);
        stage.setScene(new Scene(root));
        // Closing the window is the same as the close button, except while a restore runs.
        stage.setOnCloseRequest(e -> {
            if (!vm.canClose()) {
                e.consume();
            }
        });
        // Once restored, the main window is rebuilt behind the dialog; the dialog stays in front to say where the
        // previous file was kept.
        vm.stateProperty().addListener((o, a, now) -> {
            if (now == RestoreViewModel.State.DONE) {
                javafx.application.Platform.runLater(stage::toFront);
            }
        });
        stage.showAndWait();
        return vm.restored();
    }
}
