package org.kaname.cli;

/** The CLI's exit codes: a public contract that scripts depend on. */
public final class ExitCodes {
    public static final int OK = 0;
    /** An unexpected internal error (a bug); details go to the log file. */
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    /** Invalid input: nothing was written. */
    public static final int INVALID_INPUT = 3;
    /** The data directory is locked by another process, newer than this version, or not accessible. */
    public static final int STORAGE_UNAVAILABLE = 4;

    private ExitCodes() {
    }
}
