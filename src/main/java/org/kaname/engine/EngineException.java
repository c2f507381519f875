package org.kaname.engine;

/**
 * An error in the plan's data or in a request that the user can fix (a bad AHP judgment, weights that are all zero,
 * an unknown criterion or scenario). The message names what is wrong, where, and what to do.
 */
public class EngineException extends RuntimeException {
    /** What kind of mistake, so a command line can choose its exit code. */
    public enum Kind {
        /** A value is invalid: a judgment of 0, weights that sum to 0, a score outside its scale. */
        INVALID_INPUT,
        /** A name refers to nothing: an unknown criterion, measure, scenario or model. */
        UNKNOWN_NAME
    }

    private final Kind kind;

    public EngineException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public static EngineException invalid(String message) {
        return new EngineException(Kind.INVALID_INPUT, message);
    }

    public static EngineException unknown(String message) {
        return new EngineException(Kind.UNKNOWN_NAME, message);
    }

    public Kind kind() {
        return kind;
    }
}
