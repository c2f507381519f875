package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code members} on the local file, where plans have no members; the shared side is SharedRolesServicesTest. */
class MembersCommandTest {
    @TempDir
    Path dir;
    Path data;

    @BeforeEach
    void sample() {
        data = dir.resolve("data");
        assertThat(CliRun.run(data, "plans").exitCode()).isZero();
    }

    @Test
    void aLocalPlanHasNoMembersToListOrChange() {
        CliRun list = CliRun.run(data, "members", "1");
        assertThat(list.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(list.err()).contains("共有データベース");
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
