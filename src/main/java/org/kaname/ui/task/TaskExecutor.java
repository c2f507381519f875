package org.kaname.ui.task;

import java.util.function.Consumer;

/**
 * Runs long work off the FX thread and delivers the result on it. View models depend on this interface only, so
 * tests use {@link CurrentThreadTaskExecutor} and need no waiting on threads.
 */
public interface TaskExecutor {
    /** Work that reports progress (0..1) and checks for cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Given to running work: report progress, ask whether the user cancelled. */
    interface Progress {
        void update(double fraction);

        boolean isCancelled();
    }

    /** A started task: progress can be watched, the task cancelled. */
    interface Handle {
        void cancel();
    }

    <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                      java.util.function.DoubleConsumer onProgress);

    default <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(work, onSuccess, onFailure, fraction -> { });
    }
}
