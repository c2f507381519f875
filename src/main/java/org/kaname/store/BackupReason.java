package org.kaname.store;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was taken; each reason keeps its own number of newest backups. */
public enum BackupReason {
    /** When Kaname starts on a database that changed since the newest backup. */
    START("start"),
    /** Before a migration changes the schema (kept longest: the way back to the older version). */
    BEFORE_MIGRATION("pre-migration"),
    /** Every few minutes of editing. */
    PERIODIC("periodic"),
    /** Asked for by the user ({@code kaname backup}). */
    MANUAL("manual");

    private final String code;

    BackupReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<BackupReason> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
