package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaname.crash.GeneratedPlan;
import org.kaname.edit.Cell;
import org.kaname.edit.PasteScores;
import org.kaname.edit.SetScore;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;

/**
 * Faults of a shared database (issue 17, "Faults"), on a real PostgreSQL that the tests stop and start
 * ({@link PostgresTestServer#stop()}, {@link PostgresTestServer#restart()}): an edit made while the connection is
 * lost is refused with a {@link ConnectionLostException}, nothing of it is written (not in the plan, not in the
 * journal), and the next edit goes in once the server is back, through the same {@link Services}; a server that does
 * not answer at start is reported within 10 s. What is stored is checked on a connection of the test's own.
 */
class ServerFaultTest {
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private final PostgresTestServer server = PostgresTestServer.shared();
    private ServerAddress address;
    private Services services;
    private long id;
    private PlanEditor editor;
    private final List<Optional<Throwable>> saves = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        address = server.newDatabase();
        services = Services.openServer(address, server.superuserPassword(), Locale.JAPANESE);
        id = services.plans().create(GeneratedPlan.generate("障害試験", 200, 5, 10, 17));
        // The app's editor in shared mode, without the feed of others' changes (whose thread would race the test's):
        // it catches up with the journal after each commit instead. Saver and editing thread are the test's.
        long seq = services.plans().journalSeq(id);
        editor = new PlanEditor(services.plans(), id, services.plans().open(id).plan(), seq, Runnable::run,
                Runnable::run, Locale.JAPANESE);
        editor.addListener(new PlanEditor.Listener() {
            @Override
            public void planChanged(Plan plan) {
            }

            @Override
            public void saved(Optional<Throwable> error) {
                saves.add(error);
            }
        });
    }

    @AfterEach
    void close() {
        try {
            start();
        } finally {
            services.close();
        }
    }

    private boolean stopped;

    /** Stops the server, cutting every connection (PostgreSQL's fast shutdown rolls back what was not committed). */
    private void stop() {
        stopped = true;
        server.stop();
    }

    private void start() {
        if (stopped) {
            server.restart();
            stopped = false;
        }
    }

    @Test
    void anEditWhileTheServerIsDownIsRefusedAndTheNextOneGoesInOnceItIsBack() throws Exception {
        Score first = editor.plan().scores().get(0);
        long journaled = journalRows();

        stop();
        Instant start = Instant.now();
        editor.apply(SetScore.keepingNote(Cell.of(first), next(first), Instant.now()));
        assertThat(Duration.between(start, Instant.now())).isLessThan(TEN_SECONDS);
        assertThat(lastSave()).containsInstanceOf(ConnectionLostException.class);
        assertThat(shown(Cell.of(first))).as("the screen is back to what the server has").isEqualTo(first.value());

        start();
        assertThat(storedValue(Cell.of(first))).as("the refused edit is not stored").isEqualTo(first.value());
        assertThat(journalRows()).as("nor journaled").isEqualTo(journaled);

        // Someone else scores meanwhile; the session catches up with it when it is back.
        Score theirs = editor.plan().scores().get(2);
        try (Services other = Services.openServer(address, server.superuserPassword(), Locale.JAPANESE)) {
            other.plans().apply(id, SetScore.keepingNote(Cell.of(theirs), next(theirs), Instant.now()));
        }
        Score second = editor.plan().scores().get(1);
        editor.apply(SetScore.keepingNote(Cell.of(second), next(second), Instant.now()));
        assertThat(lastSave()).as("the next edit goes in without reopening anything").isEmpty();
        assertThat(storedValue(Cell.of(second))).isEqualTo(next(second));
        assertThat(journalRows()).isEqualTo(journaled + 2);
        assertThat(shown(Cell.of(theirs))).as("and the other person's change made meanwhile is shown")
                .isEqualTo(next(theirs));
        assertThat(shown(Cell.of(first))).isEqualTo(first.value());
    }

    private double shown(Cell cell) {
        return editor.plan().scores().stream().filter(cell::holds).findFirst().orElseThrow().value();
    }

    @Test
    void aServerRestartedWhileIdleCostsNoEdit() throws Exception {
        stop();
        start();
        Score first = editor.plan().scores().get(0);
        editor.apply(SetScore.keepingNote(Cell.of(first), next(first), Instant.now()));
        assertThat(lastSave()).as("the broken connection is replaced at once").isEmpty();
        assertThat(storedValue(Cell.of(first))).isEqualTo(next(first));
    }

    @Test
    void aChangeCutOffBeforeItsCommitWritesNothing() throws Exception {
        Plan before = editor.plan();
        long journaled = journalRows();
        database().commitHook(new ServerDatabase.CommitHook() {
            @Override
            public void beforeCommit(Connection c) {
                stop();
            }
        });
        editor.apply(paste(before, 1500));
        database().commitHook(ServerDatabase.CommitHook.NONE);
        assertThat(lastSave()).containsInstanceOf(ConnectionLostException.class);
        assertThat(editor.plan().scores()).as("the screen is back to what the server has")
                .isEqualTo(before.scores());

        start();
        assertThat(storedScores()).as("every cell as before").isEqualTo(before.scores().size());
        assertThat(changedCells(before)).isZero();
        assertThat(journalRows()).isEqualTo(journaled);
    }

    @Test
    void aServerStoppedWhileALargeChangeCommitsLeavesItWhollyInOrWhollyOut() throws Exception {
        // Timed once, so the server is stopped about half way through the second, the same size.
        long t0 = System.nanoTime();
        editor.apply(paste(editor.plan(), 1500));
        long half = (System.nanoTime() - t0) / 2_000_000;
        assertThat(lastSave()).isEmpty();
        Plan before = editor.plan();
        long journaled = journalRows();
        PasteScores paste = paste(before, 1500);
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(half);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop();
        });
        stopper.start();
        editor.apply(paste);
        stopper.join();

        start();
        long changed = changedCells(before);
        if (lastSave().isPresent()) {
            assertThat(lastSave()).containsInstanceOf(ConnectionLostException.class);
            assertThat(changed).as("refused: no cell changed").isZero();
            assertThat(journalRows()).isEqualTo(journaled);
        } else {
            assertThat(changed).as("saved: every cell changed").isEqualTo(paste.entries().size());
            assertThat(journalRows()).isEqualTo(journaled + paste.entries().size());
        }
    }

    @Test
    void aCommitWhoseAnswerIsLostCountsAsSavedWhenTheServerCommittedIt() throws Exception {
        Score first = editor.plan().scores().get(0);
        long journaled = journalRows();
        database().commitHook(new ServerDatabase.CommitHook() {
            @Override
            public void afterCommit(Connection c) throws SQLException {
                // The server committed; the answer never arrives (as when the network fails at that moment).
                c.close();
                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
            }
        });
        editor.apply(SetScore.keepingNote(Cell.of(first), next(first), Instant.now()));
        database().commitHook(ServerDatabase.CommitHook.NONE);

        assertThat(lastSave()).as("asked the server: it was committed").isEmpty();
        assertThat(storedValue(Cell.of(first))).isEqualTo(next(first));
        assertThat(journalRows()).isEqualTo(journaled + 1);
        Score second = editor.plan().scores().get(1);
        editor.apply(SetScore.keepingNote(Cell.of(second), next(second), Instant.now()));
        assertThat(lastSave()).isEmpty();
    }

    @Test
    void aCommitThatNeverReachedTheServerIsRefused() throws Exception {
        Score first = editor.plan().scores().get(0);
        long journaled = journalRows();
        database().commitHook(new ServerDatabase.CommitHook() {
            @Override
            public void beforeCommit(Connection c) throws SQLException {
                // The connection drops as COMMIT is sent: the server never gets it and rolls back.
                c.close();
                throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
            }
        });
        editor.apply(SetScore.keepingNote(Cell.of(first), next(first), Instant.now()));
        database().commitHook(ServerDatabase.CommitHook.NONE);

        assertThat(lastSave()).containsInstanceOf(ConnectionLostException.class);
        assertThat(storedValue(Cell.of(first))).isEqualTo(first.value());
        assertThat(journalRows()).isEqualTo(journaled);
    }

    @Test
    void aServerDownAtStartIsUnreachableWithinTenSeconds() {
        stop();
        Instant start = Instant.now();
        assertThatThrownBy(() -> Services.openServer(address, server.superuserPassword(), Locale.JAPANESE))
                .isInstanceOfSatisfying(StorageUnavailableException.class, e -> assertThat(e.reason())
                        .isEqualTo(StorageUnavailableException.Reason.SERVER_UNREACHABLE));
        assertThat(Duration.between(start, Instant.now())).isLessThan(TEN_SECONDS);
    }

    @Test
    void aServerThatAcceptsButNeverAnswersIsUnreachableWithinTenSeconds() throws Exception {
        // A port that takes the TCP connection and then says nothing: a hung server, or a firewall that swallows.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException e) {
                    // closed at the end of the test
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            ServerAddress hung = new ServerAddress("127.0.0.1", silent.getLocalPort(), "kaname", "postgres");
            Instant start = Instant.now();
            assertThatThrownBy(() -> Services.openServer(hung, server.superuserPassword(), Locale.JAPANESE))
                    .isInstanceOfSatisfying(StorageUnavailableException.class, e -> assertThat(e.reason())
                            .isEqualTo(StorageUnavailableException.Reason.SERVER_UNREACHABLE));
            assertThat(Duration.between(start, Instant.now())).isLessThan(TEN_SECONDS);
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private ServerDatabase database() {
        return (ServerDatabase) services.database();
    }

    private Optional<Throwable> lastSave() {
        assertThat(saves).as("a commit ran").isNotEmpty();
        return saves.get(saves.size() - 1);
    }

    private static double next(Score s) {
        return s.value() % 5 + 1;
    }

    /** A paste over the first {@code cells} scored cells, each to its next value: one edit, one transaction. */
    private static PasteScores paste(Plan plan, int cells) {
        List<PasteScores.Entry> entries = new ArrayList<>();
        for (Score s : plan.scores().subList(0, cells)) {
            entries.add(new PasteScores.Entry(Cell.of(s), next(s)));
        }
        return new PasteScores(entries, Instant.now());
    }

    /** How many of {@code before}'s scores the server now holds with another value. */
    private long changedCells(Plan before) throws Exception {
        Plan stored = services.plans().open(id).plan();
        java.util.Map<Cell, Double> now = new java.util.HashMap<>();
        stored.scores().forEach(s -> now.put(Cell.of(s), s.value()));
        return before.scores().stream().filter(s -> !Double.valueOf(s.value()).equals(now.get(Cell.of(s)))).count();
    }

    private long storedScores() throws Exception {
        return services.plans().open(id).plan().scores().size();
    }

    private double storedValue(Cell cell) throws Exception {
        return services.plans().open(id).plan().scores().stream().filter(cell::holds).findFirst().orElseThrow()
                .value();
    }

    /** The plan's journal rows, counted on a connection of the test's own. */
    private long journalRows() throws SQLException {
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), address.user(),
                new String(server.superuserPassword()));
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM journal WHERE plan_id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
