import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.kaname.edit.Cell;
import org.kaname.edit.SetScore;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;
import org.kaname.store.PgPass;
import org.kaname.store.ServerAddress;

/**
 * Shared mode on a PostgreSQL server (docs/benchmarks.md, "Shared mode (PostgreSQL)"): what a user of the app waits
 * for, through the same services the app uses ({@code Services.openServer}, {@code PlanEditor}).
 *
 *   java -cp KANAME.jar src/bench/SharedMode.java edits   URI PLAN_ID N [WARMUP [RATER]]
 *   java -cp KANAME.jar src/bench/SharedMode.java clients URI PLAN_ID CLIENTS EDITS_EACH [WARMUP_EACH]
 *   java -cp KANAME.jar src/bench/SharedMode.java open    URI PLAN_ID [REPEATS]
 *   java -cp KANAME.jar src/bench/SharedMode.java import  URI PLAN.json
 *
 * URI is {@code postgresql://host:port/db?user=u}; the password comes from .pgpass / PGPASSWORD as in the app. With
 * RATER, only that rater's cells are changed (what a login with the rater role may do). For {@code clients}, a URI
 * with {@code {i}} in it gives client i (0, 1, …) its own login, with {@code {i}} replaced, and only the cells of
 * rater {@code r<i>}: CLIENTS raters, each scoring at once with their own login.
 * <ul>
 *   <li>{@code edits}: the app's editor in shared mode sets N seeded random score cells (v → v mod 5 + 1, as the
 *       scoring grid does); the commit of each is timed from the saver's task starting to the editor reporting it
 *       stored (the value check, score block, journal row and notification in one transaction, with
 *       {@code synchronous_commit} as the server has it), and the apply as the FX thread sees it, the saver's whole
 *       task (the commit and the catching up that follows) excluded.</li>
 *   <li>{@code clients}: CLIENTS editors, each with its own {@code Services} (its own connections), start together
 *       and each commit EDITS_EACH edits on the same plan as fast as they can; throughput is all commits over the
 *       wall time from the start signal to the last commit, latency per commit. Refusals are counted.</li>
 *   <li>{@code open}: the time to connect ({@code Services.openServer}: login, schema check) and to read the plan
 *       (plans().open), first in this JVM (cold-ish: a new JVM, the server's caches as they are), then REPEATS more
 *       times in the same JVM (warm).</li>
 * </ul>
 * Prints {@code key=value} lines the script collects.
 */
public final class SharedMode {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            usage();
        }
        ServerAddress address = ServerAddress.parse(args[1].replace("{i}", "0"));
        char[] password = PgPass.find(address, System.getenv()).orElse(new char[0]);
        switch (args[0]) {
            case "edits" -> edits(address, password, Long.parseLong(args[2]), Integer.parseInt(args[3]),
                    args.length > 4 ? Integer.parseInt(args[4]) : 20, args.length > 5 ? args[5] : null);
            case "clients" -> clients(args[1], Long.parseLong(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), args.length > 5 ? Integer.parseInt(args[5]) : 5);
            case "open" -> open(address, password, Long.parseLong(args[2]),
                    args.length > 3 ? Integer.parseInt(args[3]) : 5);
            case "import" -> {
                try (Services services = Services.openServer(address, password, Locale.ROOT)) {
                    System.out.println(services.plans().importPlan(Path.of(args[2])));
                }
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: SharedMode edits URI PLAN_ID N [WARMUP] | clients URI PLAN_ID CLIENTS EDITS_EACH"
                + " [WARMUP_EACH] | open URI PLAN_ID [REPEATS] | import URI PLAN.json");
        System.exit(2);
    }

    /** One client: what one commit costs when no one else is writing. */
    private static void edits(ServerAddress address, char[] password, long id, int n, int warmup, String rater)
            throws Exception {
        try (Services services = Services.openServer(address, password, Locale.ROOT)) {
            long seq = services.plans().journalSeq(id);
            Plan plan = services.plans().open(id).plan();
            Client client = new Client(services, id, plan, seq, 7, rater);
            double[] inMemory = new double[n];
            for (int i = -warmup; i < n; i++) {
                long start = System.nanoTime();
                client.edit();
                long elapsed = System.nanoTime() - start;
                if (i >= 0) {
                    client.keepLast();
                    inMemory[i] = (elapsed - client.lastTaskNanos) / 1e6;
                }
            }
            client.failIfRefused();
            System.out.printf(Locale.ROOT, "plan=%d measures=%d scores=%d%n", id, plan.measures().size(),
                    plan.scores().size());
            report("commit", client.times());
            report("in_memory_apply", Arrays.stream(inMemory).boxed().toList());
        }
    }

    /** CLIENTS editors on one plan at once, each on its own connection, as CLIENTS PCs would be. */
    private static void clients(String uri, long id, int clients, int each, int warmup) throws Exception {
        List<Services> opened = new ArrayList<>();
        boolean ownLogins = uri.contains("{i}");
        try {
            Plan plan = null;
            List<Client> all = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                ServerAddress address = ServerAddress.parse(uri.replace("{i}", Integer.toString(i)));
                char[] password = PgPass.find(address, System.getenv()).orElse(new char[0]);
                Services s = Services.openServer(address, password, Locale.ROOT);
                opened.add(s);
                if (plan == null) {
                    // Every client starts from the same stored plan; reading it once keeps 20 copies out of the heap.
                    plan = s.plans().open(id).plan();
                }
                all.add(new Client(s, id, plan, -1, 100 + i, ownLogins ? "r" + i : null));
            }
            for (Client c : all) {
                for (int i = 0; i < warmup; i++) {
                    c.edit();
                }
            }
            CountDownLatch go = new CountDownLatch(1);
            AtomicReference<Throwable> failed = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            for (Client c : all) {
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                        for (int i = 0; i < each; i++) {
                            c.edit();
                            c.keepLast();
                        }
                    } catch (Throwable e) {
                        failed.compareAndSet(null, e);
                    }
                });
                t.start();
                threads.add(t);
            }
            long start = System.nanoTime();
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failed.get() != null) {
                throw new IllegalStateException("a client failed", failed.get());
            }
            List<Double> times = new ArrayList<>();
            long refused = 0;
            for (Client c : all) {
                times.addAll(c.times());
                refused += c.refused.size();
            }
            System.out.printf(Locale.ROOT, "clients=%d edits_each=%d commits=%d refused=%d wall_s=%.2f"
                    + " throughput_per_s=%.0f%n", clients, each, times.size(), refused, seconds,
                    (times.size()) / seconds);
            for (Client c : all) {
                c.refused.stream().limit(3).forEach(e -> System.out.println("refused: " + e));
            }
            report("commit", times);
        } finally {
            for (Services s : opened) {
                s.close();
            }
        }
    }

    /** Connecting and reading the plan: the first time in this JVM, then warm. */
    private static void open(ServerAddress address, char[] password, long id, int repeats) throws Exception {
        for (int i = 0; i <= repeats; i++) {
            long t0 = System.nanoTime();
            try (Services services = Services.openServer(address, password, Locale.ROOT)) {
                long t1 = System.nanoTime();
                Plan plan = services.plans().open(id).plan();
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "open run=%s connect_ms=%.0f read_ms=%.0f total_ms=%.0f measures=%d"
                        + " scores=%d%n", i == 0 ? "first" : "warm", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                        (t2 - t0) / 1e6, plan.measures().size(), plan.scores().size());
            }
        }
    }

    /** One editor with a saver that runs the commit on the calling thread and times it. */
    private static final class Client {
        final PlanEditor editor;
        final SplittableRandom random;
        /** The scores this client changes (all, or one rater's), with the value it last gave each. */
        final List<Cell> cells;
        final java.util.Map<Cell, Double> values = new java.util.HashMap<>();
        final List<Double> kept = new ArrayList<>();
        final List<String> refused = new ArrayList<>();
        long lastCommitNanos;
        long lastTaskNanos;
        Optional<Throwable> lastError = Optional.empty();

        /**
         * With {@code seq} ≥ 0, the app's editor in shared mode (after each commit it reads the journal since and
         * catches up, as the app does; the feed of notifications is left out, its thread would race this one's);
         * with -1 the editor of one PC, which commits without catching up: 20 clients in one JVM on 2 vCPUs would
         * otherwise measure their own in-memory work (on 20 PCs in real life) more than the server.
         */
        Client(Services services, long id, Plan plan, long seq, long seed, String rater) {
            // The commit's time is from the saver's task starting to the editor reporting it stored (saved()); a
            // shared editor then fetches others' changes, which is not part of the commit.
            long[] started = {0};
            Executor timed = task -> {
                started[0] = System.nanoTime();
                task.run();
                lastTaskNanos = System.nanoTime() - started[0];
            };
            editor = seq < 0 ? services.editor(id, plan, timed)
                    : new PlanEditor(services.plans(), id, plan, seq, timed, Runnable::run, Locale.ROOT);
            editor.addListener(new PlanEditor.Listener() {
                @Override
                public void planChanged(Plan p) {
                }

                @Override
                public void saved(Optional<Throwable> error) {
                    lastCommitNanos = System.nanoTime() - started[0];
                    lastError = error;
                }
            });
            random = new SplittableRandom(seed);
            plan.scores().stream().filter(s -> rater == null || s.rater().equals(rater))
                    .forEach(s -> values.put(Cell.of(s), s.value()));
            cells = List.copyOf(values.keySet());
            if (cells.isEmpty()) {
                throw new IllegalArgumentException("no scores of rater " + rater);
            }
        }

        void edit() throws Exception {
            // Cells of one client are its own (one rater's, or the only client's), so what it set is what is stored.
            Cell cell = cells.get(random.nextInt(cells.size()));
            double value = values.get(cell) % 5 + 1;
            editor.apply(SetScore.keepingNote(cell, value, Instant.now()));
            values.put(cell, value);
        }

        /** Keeps the last commit's time, or its refusal. */
        void keepLast() {
            if (lastError.isPresent()) {
                refused.add(lastError.get().getClass().getSimpleName() + ": " + lastError.get().getMessage());
                lastError = Optional.empty();
            } else {
                kept.add(lastCommitNanos / 1e6);
            }
        }

        List<Double> times() {
            return kept;
        }

        void failIfRefused() {
            if (!refused.isEmpty()) {
                throw new IllegalStateException(refused.size() + " commits refused, first: " + refused.get(0));
            }
        }
    }

    private static void report(String name, List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        System.out.printf(Locale.ROOT, "%s n=%d p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f min_ms=%.2f max_ms=%.2f"
                + " mean_ms=%.2f%n", name, n, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[0], sorted[n - 1], Arrays.stream(sorted).average().orElse(0));
    }

    /** Nearest-rank percentile of sorted values; the median of an even count is the mean of the middle two. */
    static double percentile(double[] sorted, double p) {
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
