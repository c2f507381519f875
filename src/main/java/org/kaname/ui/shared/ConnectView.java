package org.kaname.ui.shared;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.value.ObservableStringValue;
import org.kaname.ui.Controls;

/**
 * The fields of the connect dialog: server, port, database and user, each with the reason under it while it is
 * wrong; the password, or a note that {@code .pgpass} has it; what is happening while connecting, and why the last
 * try failed. Enter connects, Esc cancels (a connect under way, else the dialog).
 */
final class ConnectView {
    private final ConnectViewModel vm;
    private final Controls controls;
    private final Runnable close;
    private final java.util.function.Consumer<ConnectViewModel.Connected> connected;
    private PasswordField password;
    private TextField host;

    ConnectView(ConnectViewModel vm, Runnable close, java.util.function.Consumer<ConnectViewModel.Connected> connected) {
        this.vm = vm;
        this.controls = new Controls(vm.messages());
        this.close = close;
        this.connected = connected;
    }

    Parent build() {
        host = controls.describe(new TextField(), "connectHost", "connect.host");
        host.setPrefColumnCount(28);
        host.textProperty().bindBidirectional(vm.hostProperty());
        TextField port = controls.describe(new TextField(), "connectPort", "connect.port");
        port.setPrefColumnCount(6);
        port.textProperty().bindBidirectional(vm.portProperty());
        TextField database = controls.describe(new TextField(), "connectDatabase", "connect.database");
        database.textProperty().bindBidirectional(vm.databaseProperty());
        TextField user = controls.describe(new TextField(), "connectUser", "connect.user");
        user.textProperty().bindBidirectional(vm.userProperty());
        password = new PasswordField();
        password.setId("connectPassword");
        for (TextField field : new TextField[] {host, port, database, user}) {
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    vm.touch();
                }
            });
        }

        Label note = Controls.wrapped("connectPasswordNote", "help-text");
        note.textProperty().bind(javafx.beans.binding.Bindings.when(vm.passwordNoteProperty().isEmpty())
                .then(vm.messages().get("connect.passwordNotStored")).otherwise(vm.passwordNoteProperty()));
        // Server and port on one line, as a server is written (host:port); their reasons under the line, full width.
        VBox hostBox = new VBox(3, controls.labelFor("connect.host", host), host);
        VBox portBox = new VBox(3, controls.labelFor("connect.port", port), port);
        HBox.setHgrow(hostBox, Priority.ALWAYS);
        portBox.setPrefWidth(130);
        portBox.setMinWidth(130);
        VBox server = new VBox(3, new HBox(12, hostBox, portBox), error("connectHostError", vm.hostErrorProperty()),
                error("connectPortError", vm.portErrorProperty()));
        VBox form = new VBox(4, server,
                field(controls.labelFor("connect.database", database), database,
                        error("connectDatabaseError", vm.databaseErrorProperty())),
                field(controls.labelFor("connect.user", user), user,
                        error("connectUserError", vm.userErrorProperty())),
                field(controls.labelFor("connect.password", password), password, note));
        form.setId("connectForm");

        Label intro = controls.help("connect.intro");
        intro.setId("connectIntro");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("connectSpinner");
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.connectingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label progress = Controls.wrapped("connectProgress", null);
        progress.textProperty().bind(vm.progressProperty());
        HBox working = new HBox(8, spinner, progress);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(vm.connectingProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label failure = Controls.wrapped("connectFailure", "error");
        failure.textProperty().bind(vm.failureProperty());
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        Button connect = controls.button("connectButton", "connect.connect", this::connect);
        connect.setDefaultButton(true);
        connect.disableProperty().bind(vm.connectingProperty());
        Button cancel = controls.button("connectCancel", "connect.cancel", this::cancel);
        cancel.setCancelButton(true);
        ButtonBar.setButtonData(connect, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().addAll(connect, cancel);

        Label title = new Label(vm.messages().get("connect.title"));
        title.getStyleClass().add("section-title");
        VBox root = new VBox(10, title, intro, form, working, failure, buttons);
        root.setId("connectDialog");
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setPrefWidth(600);
        // Fields are disabled while connecting: what is shown is what is being tried.
        form.disableProperty().bind(vm.connectingProperty());
        return root;
    }

    /** A label above its field, and under it the field's reason or note. */
    private static VBox field(Label label, javafx.scene.Node field, Label below) {
        VBox box = new VBox(3, label, field, below);
        box.setFillWidth(true);
        return box;
    }

    /** The reason a field is wrong, under it; takes no room while the field is fine. */
    private static Label error(String id, ObservableStringValue text) {
        Label l = Controls.wrapped(id, "error");
        l.textProperty().bind(text);
        l.managedProperty().bind(l.textProperty().isNotEmpty());
        return l;
    }

    /** The first field to type in: the first empty one, the password when the rest is filled. */
    void focusFirst() {
        if (host.getText().isBlank()) {
            host.requestFocus();
        } else {
            password.requestFocus();
        }
    }

    private void connect() {
        CharSequence typed = password.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        password.clear();
        vm.connect(chars, done -> {
            connected.accept(done);
            close.run();
        });
    }

    private void cancel() {
        if (vm.connectingProperty().get()) {
            vm.cancel();
        } else {
            close.run();
        }
    }
}
