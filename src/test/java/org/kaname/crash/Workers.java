package org.kaname.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent cases (each on its own data folder, each in its own child JVMs) a few at a time. A child JVM's
 * start-up is mostly CPU, so two at a time on two cores nearly doubles the cycles per minute; the kill moments stay
 * honest since every child is timed on its own. {@code -Dkaname.crash.parallel=N} overrides (1 = one at a time).
 */
final class Workers {
    private Workers() {
    }

    static int parallelism() {
        return Math.max(1, Integer.getInteger("kaname.crash.parallel",
                Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    /** {@code work} applied to every item; results in the items' order. */
    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(parallelism());
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
