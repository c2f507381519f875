package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.edit.Cell;
import org.kaname.edit.Change;
import org.kaname.edit.ChangeMeasure;
import org.kaname.edit.Edit;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.PlanPart;
import org.kaname.edit.SetJudgment;
import org.kaname.edit.SetScore;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;
import org.kaname.store.JournalChange;
import org.kaname.store.PlanRole;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;
import org.kaname.store.ServerBusyException;
import org.kaname.store.ValueConflict;
import org.kaname.store.ValueConflictException;

/**
 * Twenty clients, each with its own login, connection, services and shared-mode editor (its own saver and editing
 * threads, as in the app), make 200 random edits each on one plan on a real PostgreSQL: scores (a few hot cells
 * that several clients hit at once), measure titles and owners, and the AHP judgment. Afterwards nothing is lost
 * silently: every acknowledged edit is in the final plan or was changed again later by an acknowledged edit, every
 * other one was reported to its client as a conflict (or, on a server too loaded to answer within its timeout, as
 * busy), the journal holds exactly the acknowledged edits (count and content, by login, in order), replaying the
 * journal gives the stored plan, and every editor shows it.
 */
class ConcurrentEditingTest {
    private static final PostgresTestServer SERVER = PostgresTestServer.shared();
    private static final String PASSWORD = "secret-concurrent";
    private static final int CLIENTS = 20;
    private static final int EDITS = 200;
    private static final Instant TIME = Instant.parse("2026-12-06T02:00:00Z");

    /** An edit a client will make, and how to find it in a change and in a plan. */
    sealed interface Planned {
        Edit edit();

        /** True when {@code change} is this edit as stored. */
        boolean journaled(Change change);

        /** True when {@code plan} holds what this edit set. */
        boolean holds(Plan plan);

        /** True when {@code change} changed the value this edit sets. */
        boolean touches(Change change);
    }

    record ScoreEdit(Cell cell, double value, String note) implements Planned {
        @Override
        public Edit edit() {
            return new SetScore(cell, value, note, TIME);
        }

        @Override
        public boolean journaled(Change change) {
            return change.cells().stream().anyMatch(c -> c.cell().equals(cell) && c.after() != null
                    && c.after().note().equals(note) && c.after().value() == value);
        }

        @Override
        public boolean holds(Plan plan) {
            return plan.scores().stream().anyMatch(s -> Cell.of(s).equals(cell) && s.note().equals(note));
        }

        @Override
        public boolean touches(Change change) {
            return change.cells().stream().anyMatch(c -> c.cell().equals(cell));
        }
    }

    record MeasureEdit(String id, boolean title, String value) implements Planned {
        @Override
        public Edit edit() {
            return title ? ChangeMeasure.title(id, value) : ChangeMeasure.owner(id, value);
        }

        private String field(Plan plan) {
            return plan.measures().stream().filter(m -> m.id().equals(id)).findFirst()
                    .map(m -> title ? m.title() : m.owner()).orElse(null);
        }

        @Override
        public boolean journaled(Change change) {
            return change.parts().contains(PlanPart.MEASURES) && value.equals(field(change.after().source()));
        }

        @Override
        public boolean holds(Plan plan) {
            return value.equals(field(plan));
        }

        @Override
        public boolean touches(Change change) {
            return change.parts().contains(PlanPart.MEASURES)
                    && !java.util.Objects.equals(field(change.before().source()), field(change.after().source()));
        }
    }

    record JudgmentEdit(double value) implements Planned {
        @Override
        public Edit edit() {
            return new SetJudgment("speed", "cost", value);
        }

        private static Double judgment(Plan plan) {
            return plan.weighting().judgments().stream().filter(j -> j.a().equals("speed") && j.b().equals("cost"))
                    .findFirst().map(Judgment::value).orElse(null);
        }

        @Override
        public boolean journaled(Change change) {
            return change.parts().contains(PlanPart.WEIGHTING) && Double.valueOf(value)
                    .equals(judgment(change.after().source()));
        }

        @Override
        public boolean holds(Plan plan) {
            return Double.valueOf(value).equals(judgment(plan));
        }

        @Override
        public boolean touches(Change change) {
            return change.parts().contains(PlanPart.WEIGHTING) && !java.util.Objects.equals(
                    judgment(change.before().source()), judgment(change.after().source()));
        }
    }

    /** What became of an edit. */
    /** BUSY: refused and told so because the loaded server did not answer within its timeout; not stored. */
    enum Outcome { PENDING, STORED, CONFLICT, NOTHING_TO_DO, REFUSED, BUSY, FAILED }

    /** One client: its own login, services, editor, saver and editing threads, and what it heard. */
    static final class Client implements PlanEditor.Listener {
        final String login;
        final Services services;
        final PlanEditor editor;
        final ExecutorService saverThread = Executors.newSingleThreadExecutor();
        final ExecutorService editingThread = Executors.newSingleThreadExecutor();
        final List<Planned> planned;
        final Outcome[] outcomes;
        final Throwable[] errors;
        final List<Integer> storedInOrder = new CopyOnWriteArrayList<>();
        final Map<Edit, List<ValueConflict>> conflicts = new ConcurrentHashMap<>();
        final AtomicInteger outstanding = new AtomicInteger();
        final List<Long> commitNanos = new CopyOnWriteArrayList<>();
        /** The edit being applied, on the editing thread; a commit queued meanwhile is that edit's. */
        int applying = -1;
        /** The edit whose commit the saver is running. */
        volatile int saving = -1;

        Client(String login, Services services, long planId, List<Planned> planned) throws Exception {
            this.login = login;
            this.services = services;
            this.planned = planned;
            this.outcomes = new Outcome[planned.size()];
            this.errors = new Throwable[planned.size()];
            Arrays.fill(outcomes, Outcome.PENDING);
            long seq = services.plans().journalSeq(planId);
            Plan plan = services.plans().open(planId).plan();
            this.editor = services.editor(planId, plan, seq, this::save, editingThread);
            editor.addListener(this);
        }

        /** The saver: one thread, commits in order; tags each commit with the edit that queued it. */
        private void save(Runnable commit) {
            int tag = applying;
            if (tag >= 0) {
                outstanding.incrementAndGet();
            }
            saverThread.execute(() -> {
                saving = tag;
                long start = System.nanoTime();
                try {
                    commit.run();
                } finally {
                    saving = -1;
                    if (tag >= 0) {
                        commitNanos.add(System.nanoTime() - start);
                        outstanding.decrementAndGet();
                    }
                }
            });
        }

        void run() throws Exception {
            for (int i = 0; i < planned.size(); i++) {
                int index = i;
                editingThread.submit(() -> {
                    applying = index;
                    try {
                        outcomes[index] = Outcome.NOTHING_TO_DO;
                        editor.apply(planned.get(index).edit());
                    } catch (EditRefusedException e) {
                        outcomes[index] = Outcome.REFUSED;
                        errors[index] = e;
                    } finally {
                        applying = -1;
                    }
                    return null;
                }).get(30, TimeUnit.SECONDS);
                // A person waits for the screen, not for the disk: at most two saves in flight.
                while (outstanding.get() > 1) {
                    Thread.sleep(1);
                }
            }
        }

        void drain() throws Exception {
            for (int round = 0; round < 3; round++) {
                saverThread.submit(() -> null).get(60, TimeUnit.SECONDS);
                editingThread.submit(() -> null).get(60, TimeUnit.SECONDS);
            }
        }

        @Override
        public void planChanged(Plan plan) {
        }

        @Override
        public void saved(Optional<Throwable> error) {
            int tag = saving;
            if (tag < 0) {
                return;
            }
            if (error.isEmpty()) {
                outcomes[tag] = Outcome.STORED;
                storedInOrder.add(tag);
            } else {
                outcomes[tag] = error.get() instanceof ValueConflictException ? Outcome.CONFLICT
                        : error.get() instanceof ServerBusyException ? Outcome.BUSY : Outcome.FAILED;
                errors[tag] = error.get();
            }
        }

        @Override
        public void conflicted(List<ValueConflict> found, Edit edit) {
            conflicts.put(edit, found);
        }

        void close() throws Exception {
            editor.close();
            saverThread.shutdown();
            saverThread.awaitTermination(30, TimeUnit.SECONDS);
            editingThread.shutdown();
            editingThread.awaitTermination(30, TimeUnit.SECONDS);
            services.close();
        }
    }

    /** The test plan: TestPlans.rich with 40 measures and 6 raters, so most edits miss each other and some don't. */
    static Plan plan() {
        Plan rich = TestPlans.rich();
        List<Measure> measures = new ArrayList<>(rich.measures());
        for (int i = 1; i <= 37; i++) {
            measures.add(Measure.of(String.format("X%02d", i), i % 2 == 0 ? "G1" : "G2", "施策" + i));
        }
        List<Rater> raters = new ArrayList<>(rich.raters());
        for (int i = raters.size() + 1; i <= 6; i++) {
            raters.add(new Rater("r" + i, "評価者" + i));
        }
        return rich.withMeasures(measures).withRatersAndScores(raters, rich.scores());
    }

    /** Each client's edits, from one seeded random: 85 % scores (a third of them on three hot cells), 12 % measure
     * titles and owners (a third of them on one hot measure), 3 % the judgment speed/cost. */
    static List<List<Planned>> plannedEdits(Plan plan, Random random) {
        List<Cell> cells = new ArrayList<>();
        for (Measure m : plan.measures()) {
            for (String criterion : List.of("speed", "cost")) {
                for (Rater r : plan.raters()) {
                    cells.add(new Cell(m.id(), criterion, r.id()));
                }
            }
        }
        List<Cell> hot = List.of(cells.get(0), cells.get(7), cells.get(cells.size() - 1));
        List<List<Planned>> all = new ArrayList<>();
        for (int c = 1; c <= CLIENTS; c++) {
            List<Planned> edits = new ArrayList<>();
            for (int i = 0; i < EDITS; i++) {
                String mark = String.format("c%02d-%03d", c, i);
                double r = random.nextDouble();
                if (r < 0.85) {
                    Cell cell = random.nextInt(3) == 0 ? hot.get(random.nextInt(hot.size()))
                            : cells.get(random.nextInt(cells.size()));
                    double value = cell.criterion().equals("speed") ? 1 + random.nextInt(5) : random.nextInt(11);
                    edits.add(new ScoreEdit(cell, value, mark));
                } else if (r < 0.97) {
                    String id = random.nextInt(3) == 0 ? "B01"
                            : plan.measures().get(random.nextInt(plan.measures().size())).id();
                    edits.add(new MeasureEdit(id, random.nextBoolean(), mark));
                } else {
                    edits.add(new JudgmentEdit(1 + random.nextInt(9)));
                }
            }
            all.add(edits);
        }
        return all;
    }

    @Test
    void twentyClientsLoseNothingSilentlyAndTheJournalAccountsForEveryChange() throws Exception {
        ServerAddress database = SERVER.newDatabase();
        Services.openServer(database, SERVER.superuserPassword(), Locale.JAPANESE).close();
        List<String> logins = new ArrayList<>();
        for (int c = 1; c <= CLIENTS; c++) {
            logins.add(String.format("conc_c%02d", c));
        }
        SERVER.createLogin(database, "conc_owner", PASSWORD);
        logins.forEach(login -> SERVER.createLogin(database, login, PASSWORD));

        Plan initial = plan();
        long id;
        long createdSeq;
        Plan stored0;
        try (Services owner = open(database, "conc_owner")) {
            id = owner.plans().create(initial);
            for (String login : logins) {
                owner.members().grant(id, login, PlanRole.EDITOR, null);
            }
            createdSeq = owner.plans().journalSeq(id);
            stored0 = owner.plans().open(id).plan();
        }
        List<List<Planned>> planned = plannedEdits(initial, new Random(20261206));
        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new Client(logins.get(c), open(database, logins.get(c)), id, planned.get(c)));
        }

        long start = System.nanoTime();
        ExecutorService people = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> runs = new ArrayList<>();
        for (Client client : clients) {
            runs.add(people.submit(() -> {
                client.run();
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get(15, TimeUnit.MINUTES);
        }
        people.shutdown();
        for (Client client : clients) {
            client.drain();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        try (Services checker = open(database, "conc_owner")) {
            Plan finalPlan = checker.plans().open(id).plan();
            List<JournalChange> journal = checker.plans().journal().since(id, createdSeq);
            // Every edit: stored, refused as a conflict (and told so), or nothing to do; no other failure.
            int stored = 0;
            int conflicted = 0;
            for (Client client : clients) {
                for (int i = 0; i < EDITS; i++) {
                    Outcome o = client.outcomes[i];
                    assertThat(o).as(client.login + " edit " + i + " " + client.errors[i])
                            .isIn(Outcome.STORED, Outcome.CONFLICT, Outcome.NOTHING_TO_DO, Outcome.BUSY);
                    if (o == Outcome.CONFLICT) {
                        conflicted++;
                        assertThat(client.conflicts).as("the client was told of the conflict of edit " + i)
                                .containsKey(client.planned.get(i).edit());
                        assertThat(client.conflicts.get(client.planned.get(i).edit())).isNotEmpty()
                                .allSatisfy(c -> assertThat(c.theirUser()).startsWith("conc_c"));
                    } else if (o == Outcome.STORED) {
                        stored++;
                    }
                }
            }
            // The journal holds exactly the stored edits: as many, and each client's in its order.
            assertThat(journal).as("journal actions = stored edits").hasSize(stored);
            Map<String, List<JournalChange>> byUser = new HashMap<>();
            for (JournalChange jc : journal) {
                byUser.computeIfAbsent(jc.user(), k -> new ArrayList<>()).add(jc);
            }
            for (Client client : clients) {
                List<JournalChange> mine = byUser.getOrDefault(client.login, List.of());
                assertThat(mine).as(client.login + "'s journal").hasSameSizeAs(client.storedInOrder);
                for (int k = 0; k < mine.size(); k++) {
                    Planned p = client.planned.get(client.storedInOrder.get(k));
                    assertThat(p.journaled(mine.get(k).change())).as(client.login + " " + p).isTrue();
                }
            }
            // Nothing lost silently: each stored edit is in the final plan, or an edit stored after it changed it.
            Map<Long, Integer> position = new HashMap<>();
            for (int k = 0; k < journal.size(); k++) {
                position.put(journal.get(k).actionSeq(), k);
            }
            for (Client client : clients) {
                List<JournalChange> mine = byUser.getOrDefault(client.login, List.of());
                for (int k = 0; k < mine.size(); k++) {
                    Planned p = client.planned.get(client.storedInOrder.get(k));
                    int at = position.get(mine.get(k).actionSeq());
                    boolean later = journal.subList(at + 1, journal.size()).stream()
                            .anyMatch(jc -> p.touches(jc.change()));
                    assertThat(p.holds(finalPlan) || later).as(client.login + " " + p + " is in the plan").isTrue();
                }
            }
            // The journal accounts for the plan: replaying it on the plan as created gives the stored plan.
            Plan replayed = stored0;
            for (JournalChange jc : journal) {
                replayed = jc.change().applyTo(replayed);
            }
            assertSame(replayed, finalPlan, "the journal replayed");
            // Every open editor shows the stored plan once the news has arrived.
            for (Client client : clients) {
                client.editor.othersChanged(-1);
                client.drain();
                Plan shown = client.editingThread.submit(client.editor::plan).get(30, TimeUnit.SECONDS);
                assertSame(shown, finalPlan, client.login + "'s editor");
            }
            assertThat(conflicted).as("the hot cells were hit at once").isPositive();
            List<Long> latencies = new ArrayList<>();
            clients.forEach(c -> latencies.addAll(c.commitNanos));
            latencies.sort(null);
            System.out.printf(Locale.ROOT, "ConcurrentEditingTest: %d clients × %d edits in %.1f s: %d stored,"
                    + " %d conflicts, %d without change; %.0f commits/s; commit p50 %.1f ms, p95 %.1f ms,"
                    + " max %.1f ms%n", CLIENTS, EDITS, seconds, stored, conflicted,
                    CLIENTS * EDITS - stored - conflicted, latencies.size() / seconds,
                    latencies.get(latencies.size() / 2) / 1e6, latencies.get(latencies.size() * 95 / 100) / 1e6,
                    latencies.get(latencies.size() - 1) / 1e6);
        } finally {
            for (Client client : clients) {
                client.close();
            }
        }
    }

    private static Services open(ServerAddress database, String login) throws Exception {
        return Services.openServer(new ServerAddress(database.host(), database.port(), database.database(), login),
                PASSWORD.toCharArray(), Locale.JAPANESE);
    }

    /** Equal as a person sees them: parts equal, scores equal by cell in value and note (times are cut to µs). */
    private static void assertSame(Plan actual, Plan expected, String what) {
        assertThat(actual.measures()).as(what + ": measures").isEqualTo(expected.measures());
        assertThat(actual.criteria()).as(what + ": criteria").isEqualTo(expected.criteria());
        assertThat(actual.weighting()).as(what + ": weighting").isEqualTo(expected.weighting());
        assertThat(values(actual)).as(what + ": scores").isEqualTo(values(expected));
    }

    private static Map<Cell, String> values(Plan plan) {
        Map<Cell, String> values = new HashMap<>();
        for (Score s : plan.scores()) {
            values.put(Cell.of(s), s.value() + " " + s.note());
        }
        return values;
    }
}
