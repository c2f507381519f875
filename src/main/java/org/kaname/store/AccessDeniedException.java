package org.kaname.store;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared database refused a change because of the login's role in the plan (SQLSTATE 42501, raised by the
 * row-level security and triggers of db/postgresql/V6_1__shared_roles.sql). Nothing was written: the transaction was
 * rolled back. The message is English, for logs; {@link #role()}, {@link #needed()} and {@link #what()} let the UI and
 * the CLI say in the person's language what was refused and which role it needs.
 */
public final class AccessDeniedException extends StoreException {
    /** The SQLSTATE PostgreSQL uses for insufficient privilege, and Kaname's triggers for a refusal by role. */
    public static final String SQL_STATE = "42501";
    private static final long serialVersionUID = 1L;
    private static final Pattern REFUSED = Pattern.compile(
            "kaname-refused plan=(\\d+) role=(\\w*) needs=(\\w+) what=([\\w ()]+)");
    private static final Pattern NO_PRIVILEGE = Pattern.compile("permission denied for (?:table|relation) (\\w+)");

    private final long planId;
    private final PlanRole role;
    private final PlanRole needed;
    private final String what;

    /**
     * {@code role}: the login's role in the plan, null when not a member; {@code needed}: the least role that may do
     * it, null when no role may (the journal is never changed); {@code what}: the table or thing refused.
     */
    public AccessDeniedException(long planId, PlanRole role, PlanRole needed, String what, String message,
                                 Throwable cause) {
        super(message, cause);
        this.planId = planId;
        this.role = role;
        this.needed = needed;
        this.what = what;
    }

    /**
     * The refusal in {@code error} or its causes: an SQLException with SQLSTATE 42501, read from the detail Kaname's
     * triggers give it ("kaname-refused plan=… role=… needs=… what=…") or else from PostgreSQL's own "permission
     * denied for table …"; empty if it was refused for another reason.
     */
    public static Optional<AccessDeniedException> from(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException denied) {
                return Optional.of(denied);
            }
            if (t instanceof SQLException sql && SQL_STATE.equals(sql.getSQLState())) {
                return Optional.of(of(sql));
            }
        }
        return Optional.empty();
    }

    private static AccessDeniedException of(SQLException sql) {
        String text = String.valueOf(sql.getMessage());
        String detail = sql instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null
                ? pg.getServerErrorMessage().getDetail() : null;
        Matcher m = REFUSED.matcher(detail != null ? detail : text);
        String message = firstLine(text);
        if (m.find()) {
            return new AccessDeniedException(Long.parseLong(m.group(1)), PlanRole.ofCode(m.group(2)).orElse(null),
                    PlanRole.ofCode(m.group(3)).orElse(null), m.group(4), message, sql);
        }
        Matcher table = NO_PRIVILEGE.matcher(text);
        return new AccessDeniedException(0, null, null, table.find() ? table.group(1) : "", message, sql);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replaceFirst("^ERROR: ", "");
    }

    /** The plan concerned; 0 when PostgreSQL refused without saying (a table no role may change). */
    public long planId() {
        return planId;
    }

    /** The login's role in the plan; empty when it is not a member, or when PostgreSQL did not say. */
    public Optional<PlanRole> role() {
        return Optional.ofNullable(role);
    }

    /** The least role that may do it; empty when no role may (changing or deleting the journal or a version). */
    public Optional<PlanRole> needed() {
        return Optional.ofNullable(needed);
    }

    /**
     * What was refused: a table name ({@code criterion}, {@code score_block}, {@code journal}…), {@code plan},
     * {@code plan (delete)}, {@code others_scores} (another rater's cells) or {@code last_owner}.
     */
    public String what() {
        return what;
    }
}
