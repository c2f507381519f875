package org.kaname.ui.shared;

import java.util.List;
import java.util.function.LongFunction;
import org.kaname.service.MemberService;
import org.kaname.service.Services;
import org.kaname.store.PlanRole;

/**
 * What the main window knows of where its plans live: whether on a shared server, the place in words
 * ({@code user@host:5432/db} or the data folder), and the user's role on a plan in words (所有者, 採点者…; empty when
 * unknown or local). The role is read from the server, so it is asked off the FX thread.
 */
public record SharedSession(boolean isShared, String display, LongFunction<String> role) {
    /** Local, place not named (view models built without the app's services). */
    public static final SharedSession LOCAL = local("");

    /** The embedded database in {@code folder}: no roles to show. */
    public static SharedSession local(String folder) {
        return new SharedSession(false, folder, planId -> "");
    }

    /** Where {@code services} keep the plans, with this login's role from the plan's members when shared. */
    public static SharedSession of(Services services) {
        if (!services.isShared()) {
            return local(services.location().display());
        }
        MemberService members = services.members();
        return new SharedSession(true, services.location().display(), planId -> {
            PlanRole role = members.myRole(planId);
            return role == null ? "" : members.roleName(role);
        });
    }

    /** How the user chooses between their value and the other person's, given the values two people changed. */
    @FunctionalInterface
    public interface ConflictChooser {
        ConflictDialog.Choice choose(List<ConflictRow> rows);
    }
}
