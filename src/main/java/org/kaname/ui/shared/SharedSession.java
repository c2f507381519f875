package org.kaname.ui.shared;

import java.util.List;
import java.util.function.LongFunction;

/**
 * What the main window knows of where its plans live: whether on a shared server, the place in words
 * ({@code user@host:5432/db} or the data folder), the user's role on a plan (an {@code PlanRole} name, empty when
 * unknown or local), and how to reach the server again after the connection was lost.
 */
public record SharedSession(boolean isShared, String display, LongFunction<String> role, Runnable reconnect) {
    /** Local, place not named (view models built without the app). */
    public static final SharedSession LOCAL = local("");

    /** The embedded database in {@code folder}: no roles, nothing to reconnect. */
    public static SharedSession local(String folder) {
        return new SharedSession(false, folder, planId -> "", () -> { });
    }

    /** How the user chooses between their value and the other person's, given the values two people changed. */
    @FunctionalInterface
    public interface ConflictChooser {
        ConflictDialog.Choice choose(List<ConflictRow> rows);
    }
}
