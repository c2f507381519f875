package org.kaname.engine;

/**
 * Lets a caller follow and stop a Monte Carlo run. Both methods are called from worker threads, several times a
 * second at most per thread; a UI should hand progress to its own thread (e.g. {@code Platform.runLater}).
 */
public interface MonteCarloMonitor {
    /** Does nothing and never cancels. */
    MonteCarloMonitor NONE = new MonteCarloMonitor() {
    };

    /** {@code done} of {@code total} samples are finished. */
    default void progress(int done, int total) {
    }

    /** When this returns true the run stops soon and throws {@link java.util.concurrent.CancellationException}. */
    default boolean isCancelled() {
        return false;
    }
}
