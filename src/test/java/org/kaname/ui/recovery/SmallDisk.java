package org.kaname.ui.recovery;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs to give the app a disk that really fills up (root ignores file permissions, not a full disk). Needs
 * Linux and the right to mount, as root in CI has; elsewhere the test is skipped with the reason. Always unmounted.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path dir;
    private boolean mounted;

    private SmallDisk(Path dir) {
        this.dir = dir;
    }

    public static SmallDisk mountOrSkip(Path dir, long bytes) throws IOException {
        Assumptions.assumeTrue(System.getProperty("os.name", "").startsWith("Linux"), "needs Linux to mount a tmpfs");
        Files.createDirectories(dir);
        String result = run("mount", "-t", "tmpfs", "-o", "size=" + (bytes / 1024) + "k,mode=0755", "kaname-ui-test",
                dir.toString());
        Assumptions.assumeTrue(result.isEmpty(), "cannot mount a tmpfs (needs root, as in CI): " + result);
        SmallDisk disk = new SmallDisk(dir);
        disk.mounted = true;
        return disk;
    }

    public Path dir() {
        return dir;
    }

    /** Writes a filler file until the disk refuses: no byte is left for anyone. */
    public void fill() {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(dir.resolve("filler.bin"))) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left on device: what we wanted.
        }
        byte[] small = new byte[512];
        for (int i = 0; i < 10_000; i++) {
            try {
                Files.write(dir.resolve("filler-" + i + ".bin"), small);
            } catch (IOException full) {
                return;
            }
        }
        throw new IllegalStateException("the disk at " + dir + " did not fill up");
    }

    @Override
    public void close() {
        if (mounted) {
            String result = run("umount", dir.toString());
            if (!result.isEmpty()) {
                run("umount", "-l", dir.toString());
            }
            mounted = false;
        }
    }

    private static String run(String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + ": timed out";
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? "" : String.join(" ", command) + ": exit " + p.exitValue() + " " + output;
        } catch (IOException e) {
            return String.join(" ", command) + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (UncheckedIOException e) {
            return e.getMessage();
        }
    }
}
