package org.kaname.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;

/** Runs work on a small pool of daemon threads and hands results and progress back to the FX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "kaname-task");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                             DoubleConsumer onProgress) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = pool.submit(() -> {
            try {
                T result = work.run(new Progress() {
                    @Override
                    public void update(double fraction) {
                        Platform.runLater(() -> onProgress.accept(fraction));
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled.get() || Thread.currentThread().isInterrupted();
                    }
                });
                if (!cancelled.get()) {
                    Platform.runLater(() -> onSuccess.accept(result));
                }
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
