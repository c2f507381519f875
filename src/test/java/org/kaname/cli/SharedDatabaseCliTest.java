package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.edit.Cell;
import org.kaname.edit.RenamePlan;
import org.kaname.edit.SetScore;
import org.kaname.model.Score;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;
import org.kaname.service.VersionRef;
import org.kaname.store.JournalFilter;
import org.kaname.store.PlanArchive;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;

/**
 * Issue 17, items 1 and 4, on the command line against a real PostgreSQL server: {@code --db} and {@code KANAME_DB},
 * the password from {@code PGPASSWORD} or the terminal, one clear line for a server that is not there, and
 * {@code copy} of a plan with its history and versions to the server and back, field by field, all or nothing.
 */
class SharedDatabaseCliTest {
    private static final Instant T = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path work;

    private final PostgresTestServer postgres = PostgresTestServer.shared();
    private ServerAddress server;
    private Path data;
    private final Map<String, String> env = new HashMap<>();
    /** What the fake terminal answers; null: no terminal. */
    private String typed;
    private final List<String> prompts = new ArrayList<>();
    private Locale saved;

    @BeforeEach
    void setUp() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        server = postgres.newMigratedDatabase();
        data = work.resolve("data");
        // No password file of the machine running the tests may answer for these servers.
        env.put("PGPASSFILE", work.resolve("no-pgpass").toString());
        env.put("PGPASSWORD", new String(postgres.superuserPassword()));
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    private record Run(int exitCode, String out, String err) {
        String describe() {
            return "exit " + exitCode + "\nout: " + out + "\nerr: " + err;
        }

        long id() {
            assertThat(exitCode).as(describe()).isZero();
            return Long.parseLong(out.strip());
        }
    }

    private Run run(Path dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", dataDir.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliPassphrase.Prompt prompt = typed == null ? null : text -> {
            prompts.add(text);
            return typed.toCharArray();
        };
        int code = KanameCli.run(all.toArray(String[]::new), Map.copyOf(env), prompt,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Run run(String... args) {
        return run(data, args);
    }

    private static void assertOneLine(Run r) {
        assertThat(r.err()).as(r.describe()).startsWith("kaname: ")
                .doesNotContain("Exception", "\tat ", "PSQL", "org.postgresql");
        assertThat(r.err().strip().lines()).as(r.describe()).hasSize(1);
    }

    private Services openServer() throws Exception {
        return Services.openServer(server, postgres.superuserPassword(), Locale.JAPANESE);
    }

    /** A plain login of the group kaname_user, its password in PGPASSWORD: who copies plans in daily work. */
    private ServerAddress yamada() {
        ServerAddress login = postgres.createLogin(server, "yamada", "pw-yamada");
        env.put("PGPASSWORD", "pw-yamada");
        return login;
    }

    /** The sample plan (1) with two score changes, a rename, an undo, a named version and an edit after it. */
    private void editTheSampleLocally() throws Exception {
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            services.users().setDisplayName("企画課 山田");
            PlanEditor editor = services.editor(1, services.plans().open(1).plan(), Runnable::run);
            Score first = editor.plan().scores().get(0);
            Score second = editor.plan().scores().get(1);
            editor.apply(new SetScore(Cell.of(first), first.value() == 1 ? 2 : 1, "会議での合意", T));
            editor.apply(new RenamePlan("共有する計画"));
            editor.apply(new SetScore(Cell.of(second), second.value() == 1 ? 2 : 1, "", T));
            assertThat(editor.undo()).isEmpty();
            services.versions().snapshot(1, "第1版");
            editor.apply(new RenamePlan("共有する計画（改）"));
        }
    }

    /** The plan, its created/updated times, every journal row and every version of {@code a} and {@code b} agree. */
    private static void assertSameArchive(PlanArchive a, PlanArchive b) {
        assertThat(b.plan()).isEqualTo(a.plan());
        assertThat(b.createdAt()).isEqualTo(a.createdAt());
        assertThat(b.updatedAt()).isEqualTo(a.updatedAt());
        assertThat(b.journal()).hasSameSizeAs(a.journal());
        for (int i = 0; i < a.journal().size(); i++) {
            assertThat(b.journal().get(i)).as("journal row %d", i).isEqualTo(a.journal().get(i));
        }
        assertThat(b.versions()).isEqualTo(a.versions());
    }

    /** What the history, Undo, Redo and a version comparison show for plan {@code id}. */
    private static List<Object> whatUsersSee(Services services, long id) throws Exception {
        PlanEditor editor = services.editor(id, services.plans().open(id).plan(), Runnable::run);
        return List.of(services.history().rows(id, JournalFilter.ALL, Locale.JAPANESE).stream()
                        .map(r -> List.of(r.entry(), r.description())).toList(),
                editor.undoDescription(), editor.redoDescription(), services.versions().versions(id).stream()
                        .map(v -> List.of(v.number(), v.name(), v.time(), v.user(), v.journalSeq())).toList(),
                services.versions().compare(id, VersionRef.of(1), VersionRef.CURRENT));
    }

    @Test
    void aPlanWithEditsAnUndoAndAVersionGoesToTheServerAndBackAsItWas() throws Exception {
        editTheSampleLocally();
        PlanArchive local;
        List<Object> seenLocally;
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            local = services.archives().read(1).orElseThrow();
            seenLocally = whatUsersSee(services, 1);
        }
        assertThat(local.journal()).extracting(r -> r.kind())
                .containsSubsequence("create", "set-score", "rename-plan", "set-score", "undo", "snapshot",
                        "rename-plan");

        ServerAddress yamada = yamada();
        long onServer = run("copy", "1", "--to", yamada.uri()).id();

        try (Services services = Services.openServer(yamada, "pw-yamada".toCharArray(), Locale.JAPANESE)) {
            assertThat(services.plans().plans()).extracting(p -> p.id()).containsExactly(onServer);
            assertSameArchive(local, services.archives().read(onServer).orElseThrow());
            assertThat(whatUsersSee(services, onServer)).isEqualTo(seenLocally);
        }
        // The copier owns the copy; the original user names stay, and the server records who wrote every row.
        assertThat(strings("SELECT login || ' ' || role FROM plan_member WHERE plan_id = " + onServer))
                .containsExactly("yamada owner");
        assertThat(strings("SELECT DISTINCT user_name FROM journal WHERE plan_id = " + onServer))
                .contains("企画課 山田");
        assertThat(strings("SELECT DISTINCT db_user FROM journal WHERE plan_id = " + onServer))
                .containsExactly("yamada");

        Path back = work.resolve("back");
        long copied = run(back, "copy", String.valueOf(onServer), "--from", yamada.uri()).id();
        try (Services services = Services.open(back, Locale.JAPANESE)) {
            // A new data directory starts with the sample plan, so the copy is plan 2 there.
            assertThat(copied).isEqualTo(2);
            assertSameArchive(local, services.archives().read(copied).orElseThrow());
            assertThat(whatUsersSee(services, copied)).isEqualTo(seenLocally);
        }
    }

    @Test
    void aCopyRefusedHalfWayLeavesTheServerAsItWas() throws Exception {
        editTheSampleLocally();
        ServerAddress yamada = yamada();
        long first = run("copy", "1", "--to", yamada.uri()).id();
        List<String> before = tableCounts();
        // The server refuses the copy's version row: by then the plan row, its content and its journal are written.
        sql("CREATE FUNCTION refuse_version() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN RAISE EXCEPTION 'no versions today'; END $$",
                "CREATE TRIGGER refuse_version BEFORE INSERT ON plan_version FOR EACH ROW"
                + " EXECUTE FUNCTION refuse_version()");

        Run refused = run("copy", "1", "--to", yamada.uri());

        assertThat(refused.exitCode()).as(refused.describe()).isEqualTo(ExitCodes.STORAGE_UNAVAILABLE);
        assertThat(refused.out()).isEmpty();
        assertOneLine(refused);
        assertThat(refused.err()).contains("Could not copy plan 1", yamada.display(), "Nothing was written there");
        assertThat(tableCounts()).isEqualTo(before);
        try (Services services = openServer()) {
            assertThat(services.plans().plans()).extracting(p -> p.id()).containsExactly(first);
        }
    }

    @Test
    void aPlanThatIsNotOnTheServerIsNamedAndNothingIsCopied() throws Exception {
        Run r = run("copy", "42", "--from", server.uri());
        assertThat(r.exitCode()).as(r.describe()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertOneLine(r);
        assertThat(r.err()).contains("42", server.display());
        try (Services services = Services.open(data, Locale.JAPANESE)) {
            assertThat(services.plans().plans()).hasSize(1);
        }
    }

    @Test
    void kanameDbIsUsedWithoutDbAndDbWinsOverIt() throws Exception {
        Path file = work.resolve("plan.json");
        assertThat(run("export", "1", "--out", file.toString()).exitCode()).isZero();
        env.put(CliDatabase.ENV, server.uri());

        long imported = run("import", file.toString()).id();
        Run plans = run("plans");
        assertThat(plans.out().lines()).as(plans.describe()).hasSize(1).first().asString()
                .startsWith(imported + "\t");
        try (Services services = openServer()) {
            assertThat(services.plans().plans()).extracting(p -> p.id()).containsExactly(imported);
        }
        // The export from the server is the file exported from the data directory.
        Path again = work.resolve("again.json");
        assertThat(run("export", String.valueOf(imported), "--out", again.toString()).exitCode()).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));

        // --db wins: "local" is the data directory, whatever KANAME_DB says; and it may follow the command.
        assertThat(run("--db", "local", "plans").out().lines()).hasSize(1).first().asString().startsWith("1\t");
        env.put(CliDatabase.ENV, "postgresql://127.0.0.1:" + freePort() + "/nowhere?user=nobody");
        assertThat(run("plans", "--db", server.uri()).out()).startsWith(imported + "\t");
    }

    @Test
    void aServerThatDoesNotAnswerIsOneLineWithinTenSeconds() throws Exception {
        String nowhere = "postgresql://127.0.0.1:" + freePort() + "/kaname?user=sato";
        Instant start = Instant.now();
        Run r = run("--db", nowhere, "plans");
        Duration took = Duration.between(start, Instant.now());

        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(r.exitCode()).as(r.describe()).isEqualTo(ExitCodes.STORAGE_UNAVAILABLE);
        assertOneLine(r);
        assertThat(r.err()).contains("sato@127.0.0.1");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aWrongPasswordIsOneLine() {
        env.put("PGPASSWORD", "not-the-password");
        Run r = run("--db", server.uri(), "plans");
        assertThat(r.exitCode()).as(r.describe()).isEqualTo(ExitCodes.STORAGE_UNAVAILABLE);
        assertOneLine(r);
        assertThat(r.err()).containsIgnoringCase("login");
    }

    @Test
    void withoutAPasswordItIsAskedAtTheTerminalInTheUsersLanguageOrRefusedWithoutOne() {
        env.remove("PGPASSWORD");
        Run refused = run("--db", server.uri(), "plans");
        assertThat(refused.exitCode()).as(refused.describe()).isEqualTo(ExitCodes.STORAGE_UNAVAILABLE);
        assertOneLine(refused);
        assertThat(refused.err()).contains("No password", server.display(), "PGPASSWORD", ".pgpass");

        Locale.setDefault(Locale.JAPANESE);
        typed = new String(postgres.superuserPassword());
        Run asked = run("--db", server.uri(), "plans");
        assertThat(asked.exitCode()).as(asked.describe()).isZero();
        assertThat(prompts).singleElement().asString().contains("パスワード", server.display());
    }

    @Test
    void aMalformedAddressIsAUsageErrorSayingWhereItCameFrom() {
        Run r = run("--db", "mysql://host/db", "plans");
        assertThat(r.exitCode()).as(r.describe()).isEqualTo(ExitCodes.USAGE);
        assertOneLine(r);
        assertThat(r.err()).contains("--db", "postgresql://");
        env.put(CliDatabase.ENV, "postgresql://host:99999/db?user=u");
        Run fromEnv = run("plans");
        assertThat(fromEnv.exitCode()).as(fromEnv.describe()).isEqualTo(ExitCodes.USAGE);
        assertThat(fromEnv.err()).contains("KANAME_DB", "99999");
    }

    @Test
    void commandsOfTheDataDirectoryRefuseASharedDatabase() {
        for (String command : List.of("backup", "backups", "encrypt")) {
            Run r = run("--db", server.uri(), command);
            assertThat(r.exitCode()).as(r.describe()).isEqualTo(ExitCodes.USAGE);
            assertOneLine(r);
            assertThat(r.err()).contains("kaname " + command, "--db local", server.display());
        }
        assertThat(Files.exists(data.resolve("backups"))).isFalse();
    }

    // ---- the server, as its owner sees it ----

    private Connection connect() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", PostgresTestServer.SUPERUSER);
        p.setProperty("password", new String(postgres.superuserPassword()));
        return DriverManager.getConnection(server.jdbcUrl(), p);
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private List<String> strings(String query) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    /** Every table of the schema with its number of rows, e.g. {@code journal=57}. */
    private List<String> tableCounts() throws Exception {
        List<String> counts = new ArrayList<>();
        for (String table : strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            counts.add(table + "=" + strings("SELECT COUNT(*) FROM \"" + table + "\"").get(0));
        }
        return counts;
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
