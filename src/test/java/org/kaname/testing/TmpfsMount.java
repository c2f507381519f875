package org.kaname.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a folder, to give Kaname a full disk or a read-only folder that even root cannot write
 * (root ignores file permissions, not a read-only mount). Needs Linux and the right to mount (root in CI); where that
 * is missing the test is skipped with the reason, never silently passed. Always {@link #close() unmounted}.
 */
public final class TmpfsMount implements AutoCloseable {
    private final Path dir;
    private boolean mounted;

    private TmpfsMount(Path dir) {
        this.dir = dir;
    }

    /** Mounts a tmpfs of {@code bytes} on {@code dir} (created if needed), or skips the test saying why it cannot. */
    public static TmpfsMount mountOrSkip(Path dir, long bytes) {
        Assumptions.assumeTrue(System.getProperty("os.name", "").startsWith("Linux"),
                "needs Linux to mount a tmpfs (os.name=" + System.getProperty("os.name") + ")");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TmpfsMount mount = new TmpfsMount(dir);
        String result = run("mount", "-t", "tmpfs", "-o", "size=" + kib(bytes) + "k,mode=0755", "kaname-test", dir.toString());
        Assumptions.assumeTrue(result.isEmpty(), "cannot mount a tmpfs on " + dir
                + " (needs root or CAP_SYS_ADMIN, as in CI): " + result);
        mount.mounted = true;
        return mount;
    }

    public Path dir() {
        return dir;
    }

    /** Grows or shrinks the filesystem (not below what it holds). */
    public void resize(long bytes) {
        require(run("mount", "-o", "remount,size=" + kib(bytes) + "k", dir.toString()), "resize");
    }

    public void readOnly() {
        require(run("mount", "-o", "remount,ro", dir.toString()), "remount read-only");
    }

    public void readWrite() {
        require(run("mount", "-o", "remount,rw", dir.toString()), "remount read-write");
    }

    /** Bytes in use, as the filesystem counts them (whole pages). */
    public long used() {
        try {
            var store = Files.getFileStore(dir);
            return store.getTotalSpace() - store.getUnallocatedSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes filler files until the disk refuses: no byte is left for anyone. */
    public void fill() {
        byte[] block = new byte[64 * 1024];
        try (java.io.OutputStream out = Files.newOutputStream(dir.resolve("filler.bin"))) {
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
                // Something still has a file open (a child that outlived its kill?): detach it now, freed later.
                result = run("umount", "-l", dir.toString());
            }
            mounted = false;
            require(result, "unmount");
        }
    }

    private static long kib(long bytes) {
        return (bytes + 4095) / 4096 * 4;
    }

    private static void require(String result, String what) {
        if (!result.isEmpty()) {
            throw new IllegalStateException("tmpfs " + what + " failed: " + result);
        }
    }

    /** Runs a mount command; empty on success, else its exit code and output. */
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
        }
    }
}
