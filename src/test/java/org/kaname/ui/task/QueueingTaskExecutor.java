package org.kaname.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * For tests: holds submitted work until the test runs it ({@link #runAll()}, {@link #runNext()}, {@link #run(int)}),
 * in submission order, on the calling thread. So a test sees a view model's state before its long work has run (the
 * work went through the executor, not the FX thread) and after.
 *
 * <p>What happens to cancelled work when it is run is chosen per executor (see {@link WhenCancelled}): never
 * delivered (the default), run with the work told of the cancel, or delivered as if the cancel came too late (as a
 * slow thread might), which tests that a view model drops stale results itself. {@link #runTooLate(int)} does the
 * last for one piece of work whatever the choice.
 */
public final class QueueingTaskExecutor implements TaskExecutor {
    /** What running a piece of work whose handle was cancelled does. */
    public enum WhenCancelled {
        /** It does not run and delivers nothing. */
        SKIP,
        /** It runs, its {@link Progress#isCancelled()} says so, and whatever it returns or throws is delivered. */
        TELL_THE_WORK,
        /** It runs as if the cancel came after it finished: it is not told, and its result is delivered. */
        TOO_LATE
    }

    private final WhenCancelled whenCancelled;
    private final List<Queued<?>> queue = new ArrayList<>();
    private int cancels;

    /** Cancelled work is never delivered. */
    public QueueingTaskExecutor() {
        this(WhenCancelled.SKIP);
    }

    public QueueingTaskExecutor(WhenCancelled whenCancelled) {
        this.whenCancelled = whenCancelled;
    }

    @Override
    public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                             DoubleConsumer onProgress) {
        Queued<T> queued = new Queued<>(work, onSuccess, onFailure, onProgress);
        queue.add(queued);
        return () -> {
            queued.cancelled = true;
            cancels++;
        };
    }

    /** How many pieces of work wait to be run. */
    public int pending() {
        return queue.size();
    }

    /** Whether the {@code index}-th waiting piece of work was cancelled. */
    public boolean isCancelled(int index) {
        return queue.get(index).cancelled;
    }

    /** How many times a handle was cancelled. */
    public int cancels() {
        return cancels;
    }

    /** Runs the waiting work in order, and work submitted meanwhile, until none waits. */
    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    /** Runs the oldest waiting work. */
    public void runNext() {
        run(0);
    }

    /** Runs the {@code index}-th waiting work (0: the oldest), taking it out of the queue. */
    public void run(int index) {
        Queued<?> queued = queue.remove(index);
        if (!queued.cancelled) {
            queued.run(true);
        } else if (whenCancelled == WhenCancelled.TELL_THE_WORK) {
            queued.run(true);
        } else if (whenCancelled == WhenCancelled.TOO_LATE) {
            queued.run(false);
        }
    }

    /** Runs the {@code index}-th waiting work as if any cancel came after it finished: it delivers its result. */
    public void runTooLate(int index) {
        queue.remove(index).run(false);
    }

    private static final class Queued<T> {
        final Work<T> work;
        final Consumer<T> onSuccess;
        final Consumer<Throwable> onFailure;
        final DoubleConsumer onProgress;
        boolean cancelled;

        Queued(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, DoubleConsumer onProgress) {
            this.work = work;
            this.onSuccess = onSuccess;
            this.onFailure = onFailure;
            this.onProgress = onProgress;
        }

        /** Runs the work and delivers; {@code seesCancel}: the work's progress reports this work's cancel. */
        void run(boolean seesCancel) {
            T result;
            try {
                result = work.run(new Progress() {
                    @Override
                    public void update(double fraction) {
                        onProgress.accept(fraction);
                    }

                    @Override
                    public boolean isCancelled() {
                        return seesCancel && cancelled;
                    }
                });
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    }
}
