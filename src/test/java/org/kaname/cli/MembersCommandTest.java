package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.TestPlans;
import org.kaname.service.Services;
import org.kaname.store.PostgresTestServer;
import org.kaname.store.ServerAddress;

/** {@code members}: on a shared database against a real PostgreSQL, and on the local file, where plans have none. */
class MembersCommandTest {
    @TempDir
    Path dir;
    Path data;
    Locale saved;

    @BeforeEach
    void sample() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(saved);
    }

    record Run(int exitCode, String out, String err) {
    }

    Run run(ServerAddress as, String password, String... args) {
        List<String> all = new ArrayList<>(List.of("--data", data.toString(), "--db", as.uri()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = KanameCli.run(all.toArray(String[]::new),
                Map.of("PGPASSFILE", dir.resolve("no-pgpass").toString(), "PGPASSWORD", password), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOwnerGivesAndTakesRolesAndARaterIsRefusedInOneLine() throws Exception {
        PostgresTestServer postgres = PostgresTestServer.shared();
        ServerAddress db = postgres.newMigratedDatabase();
        ServerAddress owner = postgres.createLogin(db, "cli_owner", "pw-owner");
        ServerAddress rater = postgres.createLogin(db, "cli_rater", "pw-rater");
        long id;
        try (Services services = Services.openServer(owner, "pw-owner".toCharArray(), Locale.ENGLISH)) {
            id = services.plans().create(TestPlans.rich());
        }
        String plan = String.valueOf(id);

        Run granted = run(owner, "pw-owner", "members", plan, "--grant", "cli_rater", "--role", "rater",
                "--rater", "r1", "--format", "csv");
        assertThat(granted.exitCode()).as(granted.err()).isZero();
        assertThat(granted.err()).isEqualTo("cli_rater is now rater of plan " + plan + ".\n");
        assertThat(granted.out()).isEqualTo("login,role,rater\ncli_owner,owner,\ncli_rater,rater,r1\n");

        Run refused = run(rater, "pw-rater", "members", plan, "--grant", "cli_rater", "--role", "owner");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(refused.err()).isEqualTo("kaname: Your role in this plan is rater, so you cannot change the members"
                + " and their roles (only its owners can).\n");
        Run othersScore = run(rater, "pw-rater", "set-score", plan, "B01", "speed", "r2", "1");
        assertThat(othersScore.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(othersScore.err()).contains("Your role in this plan is rater", "other raters' scores")
                .doesNotContain("Exception", "PSQL");
        assertThat(run(rater, "pw-rater", "set-score", plan, "B01", "speed", "r1", "1").exitCode()).isZero();

        Run list = run(rater, "pw-rater", "members", plan);
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines().toList()).hasSize(3).anyMatch(l -> l.matches("cli_rater +rater +r1"));

        Run revoked = run(owner, "pw-owner", "members", plan, "--revoke", "cli_rater", "--format", "csv");
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        assertThat(revoked.out()).isEqualTo("login,role,rater\ncli_owner,owner,\n");
        assertThat(run(owner, "pw-owner", "members", plan, "--revoke", "cli_rater").exitCode())
                .isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run(rater, "pw-rater", "members", plan).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    }

    @Test
    void aLocalPlanHasNoMembersToListOrChange() {
        CliRun list = CliRun.run(data, "members", "1");
        assertThat(list.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(list.err()).contains("shared database");
        assertThat(list.out()).isEmpty();
    }

    @Test
    void optionsThatDoNotGoTogetherAreAUsageError() {
        CliRun both = CliRun.run(data, "members", "1", "--grant", "a", "--role", "viewer", "--revoke", "b");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("--grant", "--revoke");

        CliRun noRole = CliRun.run(data, "members", "1", "--grant", "a");
        assertThat(noRole.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noRole.err()).contains("--role");

        CliRun badRole = CliRun.run(data, "members", "1", "--grant", "a", "--role", "admin");
        assertThat(badRole.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
