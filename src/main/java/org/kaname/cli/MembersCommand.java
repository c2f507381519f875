package org.kaname.cli;

import java.util.ArrayList;
import java.util.List;
import org.kaname.service.MemberRefusedException;
import org.kaname.service.MemberService;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import org.kaname.store.PlanMember;
import org.kaname.store.PlanRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code members ID [--grant LOGIN --role ROLE [--rater RATER_ID]] [--revoke LOGIN] [--format table|csv]}: who may do
 * what in a plan of a shared database (docs/shared-mode.md), and, for its owner, giving or taking a role. The server
 * enforces the roles; a refusal is one line saying what and the role it needs (exit 3). CSV is exactly
 * {@code login,role,rater}, roles in English codes.
 */
@Command(name = "members", mixinStandardHelpOptions = true,
        description = "List a shared plan's members and roles; its owner gives (--grant LOGIN --role ROLE"
                + " [--rater RATER_ID]) or takes (--revoke LOGIN) a role.")
public final class MembersCommand extends EngineCommand {
    enum Format { table, csv }

    static final List<String> HEADER = List.of("login", "role", "rater");

    @Option(names = "--grant", paramLabel = "LOGIN", description = "Give LOGIN the --role in the plan.")
    String grant;

    @Option(names = "--role", paramLabel = "ROLE", description = "owner, editor, rater or viewer (with --grant).")
    PlanRole role;

    @Option(names = "--rater", paramLabel = "RATER_ID",
            description = "For --role rater: the plan's rater whose scores LOGIN enters.")
    String rater;

    @Option(names = "--revoke", paramLabel = "LOGIN", description = "Remove LOGIN from the plan.")
    String revoke;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected void run(Services services) {
        checkOptions();
        MemberService members = services.members();
        try {
            if (!members.shared()) {
                throw new CliException(ExitCodes.INVALID_INPUT, messages().get("members.localOnly"));
            }
            if (grant != null) {
                members.grant(planId, grant, role, rater);
                err(messages().get("members.granted", grant.strip(), String.valueOf(planId),
                        members.roleName(role)));
            } else if (revoke != null && !members.revoke(planId, revoke)) {
                throw new CliException(ExitCodes.INVALID_INPUT,
                        messages().get("members.notMember", revoke.strip(), String.valueOf(planId)));
            } else if (revoke != null) {
                err(messages().get("members.revoked", revoke.strip(), String.valueOf(planId)));
            }
            print(members, members.list(planId));
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        } catch (MemberRefusedException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, e.getMessage());
        }
    }

    private void checkOptions() {
        if (grant != null && revoke != null) {
            throw new CliException(ExitCodes.USAGE, messages().get("members.grantAndRevoke"));
        }
        if (grant != null && role == null) {
            throw new CliException(ExitCodes.USAGE, messages().get("members.roleNeeded"));
        }
        if (grant == null && (role != null || rater != null)) {
            throw new CliException(ExitCodes.USAGE, messages().get("members.grantNeeded"));
        }
    }

    /** What was changed goes to stderr, so stdout stays the list (as CSV, for scripts). */
    private void err(String line) {
        spec.commandLine().getErr().println(line);
        spec.commandLine().getErr().flush();
    }

    private void print(MemberService members, List<PlanMember> list) {
        if (format == Format.csv) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(HEADER);
            for (PlanMember m : list) {
                rows.add(List.of(m.login(), m.role().code(), m.raterId() == null ? "" : m.raterId()));
            }
            printCsv(rows);
            return;
        }
        TextTable t = new TextTable(List.of(messages().get("members.header").split("\t")), false, false, false);
        for (PlanMember m : list) {
            t.row(List.of(m.login(), members.roleName(m.role()), m.raterId() == null ? "" : m.raterId()));
        }
        printLines(t.lines());
    }
}
