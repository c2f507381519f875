package org.kaname.ui.task;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/** Runs work at once on the calling thread: for tests and for work known to be instant. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> Handle submit(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                             DoubleConsumer onProgress) {
        boolean[] cancelled = {false};
        try {
            T result = work.run(new Progress() {
                @Override
                public void update(double fraction) {
                    onProgress.accept(fraction);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
            onSuccess.accept(result);
        } catch (Exception e) {
            onFailure.accept(e);
        }
        return () -> cancelled[0] = true;
    }
}
