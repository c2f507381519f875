package org.kaname.io;

/**
 * A plan file that cannot be used. The message is one line, {@code <source>: <pointer>: <problem>}, or
 * {@code <source>: <problem>} when the problem concerns the whole file (size, encoding, JSON syntax).
 */
public class InvalidPlanException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String pointer;
    private final String problem;

    public InvalidPlanException(String source, String pointer, String problem) {
        this(source, pointer, problem, null);
    }

    public InvalidPlanException(String source, String pointer, String problem, Throwable cause) {
        super(message(source, pointer, problem), cause);
        this.source = source == null ? "" : source;
        this.pointer = pointer == null ? "" : pointer;
        this.problem = problem == null ? "" : problem;
    }

    private static String message(String source, String pointer, String problem) {
        String where = pointer == null || pointer.isEmpty() ? "" : pointer + ": ";
        return source + ": " + where + problem;
    }

    /** The file (or other source) name given when reading. */
    public String source() {
        return source;
    }

    /** JSON Pointer of the offending value; empty when the problem concerns the whole file. */
    public String pointer() {
        return pointer;
    }

    /** What is wrong, localised, without the source and pointer. */
    public String problem() {
        return problem;
    }
}
