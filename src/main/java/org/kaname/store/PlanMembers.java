package org.kaname.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may do what in each plan of a shared database: the rows of {@code plan_member}. PostgreSQL itself enforces the
 * roles (db/postgresql/V6_1__shared_roles.sql): only a plan's owner may change its members, a plan keeps at least
 * one owner, and a login sees only the plans it is a member of; a refusal arrives here as an
 * {@link AccessDeniedException}. The local H2 file has no members: its one user owns every plan.
 */
public final class PlanMembers {
    private final SqlDatabase db;

    public PlanMembers(SqlDatabase db) {
        this.db = db;
    }

    /** Whether plans have members here (a shared database); on the local file every method answers as its owner. */
    public boolean supported() {
        return db.dialect() == Dialect.POSTGRESQL;
    }

    /** The plan's members, owners first, then by login; empty on the local file or when the plan is not visible. */
    public List<PlanMember> list(long planId) {
        if (!supported()) {
            return List.of();
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT login, role, rater_id FROM plan_member"
                    + " WHERE plan_id = ? ORDER BY CASE role WHEN 'owner' THEN 0 WHEN 'editor' THEN 1"
                    + " WHEN 'rater' THEN 2 ELSE 3 END, login")) {
                ps.setLong(1, planId);
                List<PlanMember> members = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        members.add(new PlanMember(rs.getString(1), role(rs.getString(2)), rs.getString(3)));
                    }
                }
                return members;
            }
        });
    }

    /**
     * Makes {@code login} a member of the plan in {@code role} (replacing the role it had); {@code raterId} is the
     * plan's rater whose cells a {@link PlanRole#RATER} scores, null otherwise. Only the plan's owner may
     * ({@link AccessDeniedException} otherwise).
     */
    public void grant(long planId, String login, PlanRole role, String raterId) {
        requireSupported();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_member (plan_id, login, role, rater_id)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT (plan_id, login)"
                    + " DO UPDATE SET role = EXCLUDED.role, rater_id = EXCLUDED.rater_id")) {
                ps.setLong(1, planId);
                ps.setString(2, login);
                ps.setString(3, role.code());
                ps.setString(4, raterId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes {@code login} from the plan; false if it was not a member. Only the plan's owner may. */
    public boolean revoke(long planId, String login) {
        requireSupported();
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM plan_member WHERE plan_id = ? AND login = ?")) {
                ps.setLong(1, planId);
                ps.setString(2, login);
                return ps.executeUpdate() > 0;
            }
        });
    }

    /** This login's role in the plan: {@link PlanRole#OWNER} on the local file; null when not a member. */
    public PlanRole myRole(long planId) {
        return me(planId).map(PlanMember::role).orElse(null);
    }

    /** This login's membership of the plan (with its rater id); on the local file, owner; empty when not a member. */
    public Optional<PlanMember> me(long planId) {
        if (!supported()) {
            return Optional.of(new PlanMember(db.user(), PlanRole.OWNER, null));
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT login, role, rater_id FROM plan_member"
                    + " WHERE plan_id = ? AND login = session_user")) {
                ps.setLong(1, planId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new PlanMember(rs.getString(1), role(rs.getString(2)),
                            rs.getString(3))) : Optional.empty();
                }
            }
        });
    }

    /** Whether {@code login} is a login of the server that may use Kaname (a member of the group kaname_user). */
    public LoginState login(String login) {
        requireSupported();
        return db.read(c -> loginState(c, login));
    }

    /** What the server knows of a login someone wants to make a member. */
    public enum LoginState { KANAME_USER, NOT_IN_GROUP, UNKNOWN }

    private static LoginState loginState(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_has_role(r.oid, 'kaname_user', 'MEMBER')"
                + " FROM pg_roles r WHERE r.rolname = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return LoginState.UNKNOWN;
                }
                return rs.getBoolean(1) ? LoginState.KANAME_USER : LoginState.NOT_IN_GROUP;
            }
        }
    }

    private void requireSupported() {
        if (!supported()) {
            throw new UnsupportedOperationException("plans have members only on a shared database");
        }
    }

    private static PlanRole role(String code) {
        return PlanRole.ofCode(code).orElseThrow(() -> new IllegalStateException("unknown role " + code));
    }
}
