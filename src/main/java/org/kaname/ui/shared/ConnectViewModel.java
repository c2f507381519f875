package org.kaname.ui.shared;

import java.text.Normalizer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kaname.i18n.Messages;
import org.kaname.service.Services;
import org.kaname.store.PgPass;
import org.kaname.store.ServerAddress;
import org.kaname.ui.task.TaskExecutor;

/**
 * The 「共有データベースに接続」 dialog's state: host, port, database and user as typed, each checked as it is typed
 * with a message saying what is wrong; whether a password is needed (none when {@code .pgpass} or {@code PGPASSWORD}
 * has one); and connecting, which runs on the task executor, can be cancelled, and gives up after
 * {@link #GIVE_UP} whatever the server does. The password is never kept: it is handed to the connector and the copy
 * is cleared.
 */
public final class ConnectViewModel {
    /** Nothing waits longer for the server (issue 17: nothing hangs for more than 10 s). */
    public static final Duration GIVE_UP = Duration.ofSeconds(10);
    public static final int DEFAULT_PORT = 5432;

    /** Opens the services on a server (the app: {@code Services.openServer}); may block, runs off the FX thread. */
    @FunctionalInterface
    public interface Connector {
        Services connect(ServerAddress address, char[] password) throws Exception;
    }

    /** A server reached: its address and the services opened on it. */
    public record Connected(ServerAddress address, Services services) {
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final Connector connector;
    private final Map<String, String> environment;
    private final Duration giveUp;

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hostError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper portError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper databaseError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private TaskExecutor.Handle running;
    /** Whether a field was left or a connect tried: empty fields are not complained about before that. */
    private boolean touched;

    public ConnectViewModel(Messages messages, TaskExecutor executor, Connector connector,
                            Map<String, String> environment) {
        this(messages, executor, connector, environment, GIVE_UP);
    }

    /** With a shorter give-up time, for tests. */
    ConnectViewModel(Messages messages, TaskExecutor executor, Connector connector, Map<String, String> environment,
                     Duration giveUp) {
        this.messages = messages;
        this.executor = executor;
        this.connector = connector;
        this.environment = environment;
        this.giveUp = giveUp;
        for (StringProperty field : new StringProperty[] {host, port, database, user}) {
            field.addListener((o, a, b) -> {
                failure.set("");
                check();
            });
        }
    }

    /** Fills the fields from a remembered or given address (the password is never among them). */
    public void fill(ServerAddress address) {
        host.set(address.host());
        port.set(Integer.toString(address.port()));
        database.set(address.database());
        user.set(address.user());
    }

    /** The address the fields make, or empty with each field's message set. */
    public Optional<ServerAddress> address() {
        touched = true;
        return check();
    }

    /** Marks the fields as seen by the user (one was left), so their messages show. */
    public void touch() {
        touched = true;
        check();
    }

    private Optional<ServerAddress> check() {
        String h = normalized(host.get());
        String p = normalized(port.get());
        String d = normalized(database.get());
        String u = normalized(user.get());
        hostError.set(h.isEmpty() ? (touched ? messages.get("error.hostEmpty") : "")
                : h.matches(".*[\\s/:@?].*") ? messages.get("error.hostSpaces", h) : "");
        int portNumber = -1;
        if (p.isEmpty()) {
            portError.set(touched ? messages.get("error.portEmpty") : "");
        } else if (!p.matches("[0-9]{1,9}")) {
            portError.set(messages.get("error.portNotNumber", p));
        } else {
            portNumber = Integer.parseInt(p);
            portError.set(portNumber < 1 || portNumber > 65535 ? messages.get("error.portRange", p) : "");
        }
        databaseError.set(d.isEmpty() && touched ? messages.get("error.databaseEmpty") : "");
        userError.set(u.isEmpty() && touched ? messages.get("error.userEmpty") : "");
        boolean valid = !h.isEmpty() && hostError.get().isEmpty() && portError.get().isEmpty() && portNumber > 0
                && !d.isEmpty() && !u.isEmpty();
        if (!valid) {
            passwordNote.set("");
            return Optional.empty();
        }
        ServerAddress address;
        try {
            address = new ServerAddress(h, portNumber, d, u);
        } catch (IllegalArgumentException e) {
            // The address's own rules (characters a server name may not hold) say what is wrong.
            hostError.set(String.valueOf(e.getMessage()));
            passwordNote.set("");
            return Optional.empty();
        }
        passwordNote.set(storedPasswordKey(address).map(messages::get).orElse(""));
        return Optional.of(address);
    }

    /** Full-width digits and letters as typed on a Japanese keyboard count as their ASCII forms; spaces around go. */
    private static String normalized(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** The bundle key saying where the stored password comes from, or empty when the user must type it. */
    private Optional<String> storedPasswordKey(ServerAddress address) {
        // PgPass.find falls back to PGPASSWORD itself: asked without it, it answers for the file alone.
        Map<String, String> fileOnly = new java.util.HashMap<>(environment);
        fileOnly.remove("PGPASSWORD");
        Optional<char[]> found = PgPass.find(address, fileOnly);
        if (found.isPresent()) {
            Arrays.fill(found.get(), '\0');
            return Optional.of("connect.pgpass");
        }
        String env = environment.get("PGPASSWORD");
        return env == null || env.isEmpty() ? Optional.empty() : Optional.of("connect.pgpassword");
    }

    /** Whether the password must be typed: neither {@code .pgpass} nor {@code PGPASSWORD} has one for the address. */
    public boolean passwordNeeded() {
        return passwordNote.get().isEmpty();
    }

    /**
     * Connects on the task executor: {@code password} (may be empty when stored elsewhere) is handed over and this
     * copy cleared. Calls {@code onConnected} on success; otherwise {@link #failureProperty()} says why. Gives up after
     * {@link #GIVE_UP}: a server that answers later is disconnected again, never adopted.
     */
    public void connect(char[] password, Consumer<Connected> onConnected) {
        Optional<ServerAddress> checked = address();
        if (checked.isEmpty() || connecting.get()) {
            Arrays.fill(password, '\0');
            return;
        }
        ServerAddress address = checked.get();
        char[] secret = password.length == 0 ? null : password.clone();
        Arrays.fill(password, '\0');
        if (secret == null && passwordNeeded()) {
            failure.set(messages.get("error.passwordEmpty"));
            return;
        }
        failure.set("");
        connecting.set(true);
        progress.set(messages.get("connect.connecting", address.display()));
        running = executor.submit(work -> new ServerConnection(connector, giveUp).open(address, secret, work),
                services -> {
                    connecting.set(false);
                    progress.set("");
                    running = null;
                    onConnected.accept(new Connected(address, services));
                }, error -> {
                    connecting.set(false);
                    progress.set("");
                    running = null;
                    failure.set(ServerConnection.describe(error, address, messages));
                });
    }

    /** Stops waiting for the server; a connection made after all is closed again. */
    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (connecting.get()) {
            connecting.set(false);
            progress.set("");
            failure.set(messages.get("connect.cancelled"));
        }
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ReadOnlyStringProperty hostErrorProperty() {
        return hostError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty portErrorProperty() {
        return portError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseErrorProperty() {
        return databaseError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userErrorProperty() {
        return userError.getReadOnlyProperty();
    }

    /** 「.pgpass のパスワードを使います」 when a stored password will be used; empty when it must be typed. */
    public ReadOnlyStringProperty passwordNoteProperty() {
        return passwordNote.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    /** While connecting: to what, and how long at most. */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Why the last connect failed (unreachable, login failed, newer schema, no answer in 10 s); empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
