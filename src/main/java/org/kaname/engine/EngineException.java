package org.kaname.engine;

import java.util.Arrays;
import java.util.List;

/**
 * An error in the plan's data or in a request that the user can fix (a bad AHP judgment, weights that are all zero,
 * an unknown criterion or scenario). {@link #getMessage()} names what is wrong, where, and what to do, in English, for
 * the log and the command line; {@link #key()} and {@link #arguments()} let a screen word the same thing in the
 * user's language (the texts are in the bundle {@code org.kaname.engine.messages}, see {@link #BUNDLE}). The engine
 * itself never looks them up.
 */
public class EngineException extends RuntimeException {
    /** The bundle that words every {@link #key()} (Japanese base, English {@code _en}). */
    public static final String BUNDLE = "org.kaname.engine.messages";

    /** What kind of mistake, so a command line can choose its exit code. */
    public enum Kind {
        /** A value is invalid: a judgment of 0, weights that sum to 0, a score outside its scale. */
        INVALID_INPUT,
        /** A name refers to nothing: an unknown criterion, measure, scenario or model. */
        UNKNOWN_NAME
    }

    private final Kind kind;
    private final String key;
    private final List<String> arguments;

    /**
     * {@code key} is a key of {@link #BUNDLE}; {@code arguments} fill its {@code {0}}-style places, each as
     * {@link String#valueOf} (so numbers read as in the English message, without grouping); {@code message} is the
     * English.
     */
    public EngineException(Kind kind, String key, String message, Object... arguments) {
        super(message);
        this.kind = kind;
        this.key = key;
        this.arguments = Arrays.stream(arguments).map(String::valueOf).toList();
    }

    public static EngineException invalid(String key, String message, Object... arguments) {
        return new EngineException(Kind.INVALID_INPUT, key, message, arguments);
    }

    public static EngineException unknown(String key, String message, Object... arguments) {
        return new EngineException(Kind.UNKNOWN_NAME, key, message, arguments);
    }

    public Kind kind() {
        return kind;
    }

    /** The stable key of this failure's text in {@link #BUNDLE}, e.g. {@code weights.allZero}. */
    public String key() {
        return key;
    }

    /** The texts that fill the key's places, in order. */
    public List<String> arguments() {
        return arguments;
    }
}
