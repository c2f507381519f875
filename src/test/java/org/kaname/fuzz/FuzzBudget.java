package org.kaname.fuzz;

import java.time.Duration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;

/**
 * How long the fuzz suites run and from which seed. {@code -Dkaname.fuzz.seconds=S} is the budget of all fuzz suites
 * together (default {@value #DEFAULT_SECONDS} s, what {@code ./mvnw verify} in CI spends), split between them by a
 * fixed share; {@code -Dkaname.fuzz.seed=N} picks the seed (default {@value #DEFAULT_SEED}, so CI repeats the same
 * cases; {@code random} draws one) and {@code -Dkaname.fuzz.case=K} runs only case K of each suite, which is how a
 * failure printed as "seed N case K" is reproduced. Every case derives its own random source from the seed, the suite
 * and its number, so case K is the same input however many cases ran before it.
 */
final class FuzzBudget {
    static final long DEFAULT_SECONDS = 150;
    static final long DEFAULT_SEED = 13;

    final String suite;
    final long seed;
    final Duration time;
    final OptionalInt onlyCase;
    private final long started = System.nanoTime();
    private int cases;

    private FuzzBudget(String suite, double share) {
        this.suite = suite;
        this.seed = seed();
        long seconds = Long.getLong("kaname.fuzz.seconds", DEFAULT_SECONDS);
        this.time = Duration.ofMillis(Math.max(1_000, Math.round(seconds * 1000 * share)));
        String only = System.getProperty("kaname.fuzz.case", "");
        this.onlyCase = only.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(only.trim()));
    }

    /** The budget of one suite: {@code share} of the total. */
    static FuzzBudget of(String suite, double share) {
        FuzzBudget b = new FuzzBudget(suite, share);
        System.out.printf("[fuzz] %s: seed %d, budget %d s%s (reproduce: -Dkaname.fuzz.seed=%d -Dkaname.fuzz.case=K)%n",
                suite, b.seed, b.time.toSeconds(), b.onlyCase.isPresent() ? ", only case " + b.onlyCase.getAsInt() : "",
                b.seed);
        return b;
    }

    private static long seed() {
        String s = System.getProperty("kaname.fuzz.seed", "").trim();
        if (s.isEmpty()) {
            return DEFAULT_SEED;
        }
        if (s.equalsIgnoreCase("random")) {
            return new SplittableRandom().nextLong() & 0xFFFF_FFFFL;
        }
        return Long.parseLong(s);
    }

    /**
     * The suite's cases as dynamic tests, made one at a time while the time lasts (JUnit runs each before asking for
     * the next), or only the one case asked for.
     */
    Stream<DynamicTest> cases(IntFunction<DynamicTest> make) {
        if (onlyCase.isPresent()) {
            cases = 1;
            return Stream.of(make.apply(onlyCase.getAsInt()));
        }
        Iterator<DynamicTest> it = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return System.nanoTime() - started < time.toNanos();
            }

            @Override
            public DynamicTest next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return make.apply(cases++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }

    /** Case {@code n}'s own random source. */
    SplittableRandom random(int n) {
        long h = seed * 0x9E3779B97F4A7C15L + suite.hashCode() * 0xC2B2AE3D27D4EB4FL + n * 0x165667B19E3779F9L;
        return new SplittableRandom(h);
    }

    String where(int n) {
        return suite + " seed " + seed + " case " + n;
    }

    void done() {
        System.out.printf("[fuzz] %s: %d cases in %d s (seed %d)%n", suite, cases,
                (System.nanoTime() - started) / 1_000_000_000L, seed);
    }
}
