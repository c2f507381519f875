package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.model.Plan;

/**
 * Reading is bounded by the bytes actually read, not by what the file system says of the size: a pipe, a FIFO or
 * {@code /dev/zero} has no size, and must be refused as too large, not read until memory runs out.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlanInputBoundsTest {
    private static final long LIMIT = 2L * 1024 * 1024;

    /** Spaces without end, counting what was read. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }

    @TempDir
    Path dir;

    @Test
    void anEndlessStreamIsRefusedAsTooLargeAfterReadingLittleMoreThanTheLimit() {
        Endless endless = new Endless();
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.ENGLISH, LIMIT).read(endless, "stdin"));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).isEqualTo("stdin: The file is too large (more than 2 MB). Plan files of up to 2 MB"
                + " can be read.");
        assertThat(endless.read).isBetween(LIMIT + 1, LIMIT + 64 * 1024);
        InvalidPlanException ja = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.JAPANESE, LIMIT).read(new Endless(), "stdin"));
        assertThat(ja.problem()).contains("大きすぎます").contains("2 MB");
    }

    @Test
    void devZeroIsRefusedAsTooLarge() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero));
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.ENGLISH, LIMIT).read(zero));
        assertThat(e).isNotNull();
        assertThat(e.problem()).contains("too large").contains("more than 2 MB");
    }

    @Test
    void aPlanFromAFifoIsReadOnceAndAnEndlessFifoIsRefused() throws Exception {
        Path fifo = mkfifo("plan.fifo");
        byte[] plan = new PlanJson(Locale.ENGLISH).write(PlanFixtures.rich()).getBytes(StandardCharsets.UTF_8);
        Thread writer = write(fifo, plan, false);
        Plan read = new PlanJson(Locale.ENGLISH, LIMIT).read(fifo);
        assertThat(read).isEqualTo(PlanFixtures.rich());
        writer.join();

        Path endless = mkfifo("endless.fifo");
        Thread flood = write(endless, new byte[64 * 1024], true);
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.ENGLISH, LIMIT).read(endless));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).startsWith("endless.fifo: ").contains("more than 2 MB");
        flood.join();
    }

    @Test
    void aRegularFileIsStillRefusedByItsSizeBeforeItIsRead() throws Exception {
        Path file = dir.resolve("big.json");
        Files.write(file, new byte[(int) LIMIT + 1]);
        InvalidPlanException e = catchThrowableOfType(InvalidPlanException.class,
                () -> new PlanJson(Locale.ENGLISH, LIMIT).read(file));
        assertThat(e.problem()).contains("(" + (LIMIT + 1) + " bytes)");
    }

    @Test
    void theBoundedInputStopsOneBytePastTheLimit() throws IOException {
        Endless endless = new Endless();
        IOException e = catchThrowableOfType(BoundedInput.TooLarge.class,
                () -> new BoundedInput(endless, 10).read(new byte[100], 0, 100));
        assertThat(e).isNotNull();
        assertThat(endless.read).isEqualTo(11);
        assertThat(BoundedInput.readAll(new java.io.ByteArrayInputStream(new byte[10]), 10)).hasSize(10);
        assertThat(catchThrowableOfType(BoundedInput.TooLarge.class,
                () -> BoundedInput.readAll(new java.io.ByteArrayInputStream(new byte[11]), 10))).isNotNull();
    }

    private Path mkfifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            throw e;
        }
        assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        return fifo;
    }

    /** Writes {@code bytes} to the FIFO (again and again if {@code repeat}) until the reader goes away. */
    private static Thread write(Path fifo, byte[] bytes, boolean repeat) {
        Thread t = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                do {
                    out.write(bytes);
                } while (repeat);
            } catch (IOException e) {
                // The reader closed the FIFO: a broken pipe is how an endless writer ends.
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
