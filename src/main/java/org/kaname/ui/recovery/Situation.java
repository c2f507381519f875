package org.kaname.ui.recovery;

import java.nio.file.Path;

/**
 * Why the restore dialog is shown: the database file was found damaged at start, one plan was found damaged, or the
 * user asked. Carries what the dialog names: the damaged file or plan, and the data folder.
 */
public record Situation(Kind kind, Path dataDirectory, String subject, String detail) {
    public enum Kind { DAMAGED_DATABASE, DAMAGED_PLAN, ON_REQUEST }

    /** {@code file} is the damaged database file; {@code detail} what the check found (technical, shown small). */
    public static Situation damagedDatabase(Path dataDirectory, String file, String detail) {
        return new Situation(Kind.DAMAGED_DATABASE, dataDirectory, file, detail);
    }

    /** {@code title} and {@code id} name the damaged plan as the plan list shows it. */
    public static Situation damagedPlan(Path dataDirectory, long id, String title) {
        return new Situation(Kind.DAMAGED_PLAN, dataDirectory, title, String.valueOf(id));
    }

    public static Situation onRequest(Path dataDirectory) {
        return new Situation(Kind.ON_REQUEST, dataDirectory, "", "");
    }
}
