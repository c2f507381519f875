package org.kaname.service;

import java.util.Optional;
import org.kaname.edit.CellChange;
import org.kaname.edit.Change;
import org.kaname.edit.PlanPart;
import org.kaname.store.AccessDeniedException;
import org.kaname.store.PlanMember;
import org.kaname.store.PlanRole;

/**
 * What the login may change in one plan, to refuse an edit before it is made, with the same rules PostgreSQL enforces
 * (db/postgresql/V6_1__shared_roles.sql), which stays the authority: the app's check only spares the person an edit
 * that the server would refuse at commit. {@code role} null: not a member (nothing may be changed).
 */
public record PlanAccess(long planId, PlanRole role, String raterId) {
    /** The local file's user, or a plan's owner: everything. */
    public static PlanAccess owner(long planId) {
        return new PlanAccess(planId, PlanRole.OWNER, null);
    }

    static PlanAccess of(long planId, Optional<PlanMember> me) {
        return me.map(m -> new PlanAccess(planId, m.role(), m.raterId()))
                .orElseGet(() -> new PlanAccess(planId, null, null));
    }

    /** Whether the plan's structure and weights may be changed (owner, editor). */
    public boolean mayChangeStructure() {
        return role != null && role.atLeast(PlanRole.EDITOR);
    }

    /** Whether the cells of {@code rater} may be changed: owner and editor any, a rater their own. */
    public boolean mayScore(String rater) {
        return mayChangeStructure() || role == PlanRole.RATER && raterId != null && raterId.equals(rater);
    }

    /** Whether members and their roles may be changed, and the plan deleted (owner). */
    public boolean mayManage() {
        return role == PlanRole.OWNER;
    }

    /** Why {@code change} may not be made by this login, as the server would say it; empty when it may. */
    public Optional<AccessDeniedException> refusal(Change change) {
        if (mayChangeStructure() || change.isEmpty()) {
            return Optional.empty();
        }
        if (!change.cellsOnly()) {
            PlanPart part = change.parts().iterator().next();
            return Optional.of(refused(PlanRole.EDITOR, part.name().toLowerCase(java.util.Locale.ROOT)));
        }
        for (CellChange cc : change.cells()) {
            if (!mayScore(cc.cell().rater())) {
                return Optional.of(role == PlanRole.RATER ? refused(PlanRole.EDITOR, "others_scores")
                        : refused(PlanRole.RATER, "score_block"));
            }
        }
        return Optional.empty();
    }

    private AccessDeniedException refused(PlanRole needed, String what) {
        return new AccessDeniedException(planId, role, needed, what, (role == null ? "not a member" : role.code())
                + " may not change " + what + " in plan " + planId + ": that needs " + needed.code(), null);
    }
}
