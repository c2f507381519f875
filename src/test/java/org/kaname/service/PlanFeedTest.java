package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.edit.Cell;
import org.kaname.edit.ChangeMeasure;
import org.kaname.edit.SetScore;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;
import org.kaname.store.ServerDatabase;

/**
 * Others' changes reach an open editor through the server's notifications (LISTEN/NOTIFY): a change committed by one
 * client shows in another client's editor within 2 s, on its editing thread.
 */
class PlanFeedTest {
    private static final PostgresTestServer SERVER = PostgresTestServer.shared();
    private static final Duration WITHIN = Duration.ofSeconds(2);

    Services a;
    Services b;
    long id;
    PlanEditor editorB;
    ExecutorService saverB;
    ExecutorService editingB;
    final List<List<String>> refreshedBy = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws Exception {
        ServerAddress address = SERVER.newDatabase();
        a = Services.openServer(address, SERVER.superuserPassword(), Locale.JAPANESE);
        b = Services.openServer(address, SERVER.superuserPassword(), Locale.JAPANESE);
        id = a.plans().create(TestPlans.rich());
        saverB = Executors.newSingleThreadExecutor();
        editingB = Executors.newSingleThreadExecutor();
        long seq = b.plans().journalSeq(id);
        editorB = b.editor(id, b.plans().open(id).plan(), seq, saverB, editingB);
        editorB.addListener(new PlanEditor.Listener() {
            @Override
            public void planChanged(Plan plan) {
            }

            @Override
            public void refreshed(Plan plan, List<String> byUsers) {
                refreshedBy.add(byUsers);
            }
        });
        awaitListening(b);
    }

    @AfterEach
    void close() throws Exception {
        editorB.close();
        saverB.shutdown();
        saverB.awaitTermination(5, TimeUnit.SECONDS);
        editingB.shutdown();
        a.close();
        b.close();
    }

    /** The feed connects in its own thread; a notification sent before it listens is not heard (nor needed). */
    private static void awaitListening(Services s) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!s.feed().orElseThrow().listening() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertThat(s.feed().orElseThrow().listening()).as("the feed listens").isTrue();
    }

    /** What B's editor shows, read on its editing thread. */
    private <T> T onB(Supplier<T> read) throws Exception {
        return editingB.submit(read::get).get(5, TimeUnit.SECONDS);
    }

    /** Polls B's editor until {@code seen} holds; returns how long it took after {@code from}. */
    private Duration awaitOnB(Supplier<Boolean> seen, Instant from) throws Exception {
        Instant deadline = from.plus(WITHIN).plusSeconds(3);
        while (Instant.now().isBefore(deadline)) {
            if (onB(seen)) {
                return Duration.between(from, Instant.now());
            }
            Thread.sleep(20);
        }
        return Duration.ofDays(1);
    }

    @Test
    void aScoreCommittedByOneClientShowsInTheOthersEditorWithinTwoSeconds() throws Exception {
        Score s = a.plans().open(id).plan().scores().get(0);
        double value = s.value() == 1 ? 2 : 1;
        a.plans().apply(id, new SetScore(Cell.of(s), value, "A の評価", Instant.now()));
        Instant committed = Instant.now();

        Duration took = awaitOnB(() -> editorB.plan().scores().stream()
                .anyMatch(x -> Cell.of(x).equals(Cell.of(s)) && x.note().equals("A の評価")), committed);
        assertThat(took).as("the change reached B's editor").isLessThanOrEqualTo(WITHIN);
        assertThat(refreshedBy).containsExactly(List.of(PostgresTestServer.SUPERUSER));
    }

    @Test
    void aMeasureChangedByOneClientShowsInTheOthersEditorAndBsOwnEditsStay() throws Exception {
        Score s = onB(() -> editorB.plan().scores().get(0));
        double mine = s.value() == 1 ? 2 : 1;
        editingB.submit(() -> {
            editorB.apply(new SetScore(Cell.of(s), mine, "B の評価", Instant.now()));
            return null;
        }).get(5, TimeUnit.SECONDS);

        a.plans().apply(id, ChangeMeasure.title("B03", "窓口の完全オンライン化"));
        Instant committed = Instant.now();

        Duration took = awaitOnB(() -> editorB.plan().measures().get(2).title().equals("窓口の完全オンライン化"),
                committed);
        assertThat(took).isLessThanOrEqualTo(WITHIN);
        Optional<Score> kept = onB(() -> editorB.plan().scores().stream().filter(x -> Cell.of(x).equals(Cell.of(s)))
                .findFirst());
        assertThat(kept).map(Score::note).contains("B の評価");
        Plan stored = a.plans().open(id).plan();
        assertThat(onB(editorB::plan).measures()).isEqualTo(stored.measures());
    }

    @Test
    void aDroppedFeedConnectionReconnectsAndTellsSubscribersToCatchUp() throws Exception {
        ServerDatabase server = (ServerDatabase) b.database();
        List<Integer> backends = new CopyOnWriteArrayList<>();
        List<String> heard = new CopyOnWriteArrayList<>();
        try (PlanFeed feed = new PlanFeed(() -> {
            java.sql.Connection c = server.openListenerConnection();
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                backends.add(rs.getInt(1));
            }
            return c;
        })) {
            feed.subscribe(new PlanFeed.Subscriber() {
                @Override
                public void changed(long planId, long seq) {
                    heard.add(planId + ":" + seq);
                }

                @Override
                public void resync() {
                    heard.add("resync");
                }
            });
            feed.start();
            awaitTrue(feed::listening, Duration.ofSeconds(10));
            int first = backends.get(0);
            a.database().read(c -> {
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
                    ps.setInt(1, first);
                    ps.execute();
                }
                return null;
            });
            awaitTrue(() -> heard.contains("resync"), Duration.ofSeconds(10));
            assertThat(backends).hasSize(2);
            assertThat(feed.listening()).isTrue();

            long seq = b.plans().journalSeq(id);
            a.plans().apply(id, ChangeMeasure.title("B03", "再接続後の変更"));
            awaitTrue(() -> heard.contains(id + ":" + (seq + 1)), WITHIN);
        }
    }

    private static void awaitTrue(Supplier<Boolean> condition, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.get() && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        assertThat(condition.get()).as("within " + within).isTrue();
    }
}
