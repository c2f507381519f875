package org.kaname.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kaname never touches the network (docs/security.md): each command runs as its own JVM under
 * {@code strace -f -e trace=connect}, and any connect() to an {@code AF_INET} or {@code AF_INET6} address fails the
 * test. Local sockets ({@code AF_UNIX}, e.g. the name service cache) are fine; so is opening a socket without
 * connecting it, which the JDK does to probe for IPv6. Skipped, with the reason, only where strace is missing or the
 * system forbids tracing; {@code .ci/run} installs strace, so CI always runs it.
 */
class NoNetworkTest {
    private static final long TIME_LIMIT_SECONDS = 180;
    private static final String SAMPLE = "/org/kaname/sample/dx-promotion-leader.json";

    @TempDir
    static Path dir;
    static Path data;

    @BeforeAll
    static void straceWorksHere() throws Exception {
        List<String> probe = List.of("strace", "-f", "-e", "trace=connect", "-o", "/dev/null", "true");
        Process p;
        try {
            p = new ProcessBuilder(probe).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "strace is not installed (apt-get install strace): " + e.getMessage());
            return;
        }
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0,
                "strace cannot trace here (ptrace not permitted?): " + said.strip());
        data = dir.resolve("data");
    }

    @Test
    void theTraceSeesAConnectWhenOneIsMade() throws Exception {
        List<String> connects = internetConnects(traced("connects-once", "org.kaname.network.ConnectsOnce", List.of()));
        assertThat(connects).as("the trace of a process that connects to the loopback").isNotEmpty();
    }

    @Test
    void noCommandConnectsToAnyInternetAddress() throws Exception {
        Path sample = dir.resolve("sample.json");
        try (InputStream in = NoNetworkTest.class.getResourceAsStream(SAMPLE)) {
            assertThat(in).as(SAMPLE).isNotNull();
            Files.copy(in, sample);
        }
        List<List<String>> commands = List.of(
                List.of("plans"),
                List.of("import", sample.toString()),
                List.of("rank", "2"),
                List.of("report", "2", "--out", dir.resolve("report.pdf").toString()),
                List.of("sheets", "2", "--out", dir.resolve("sheets").toString()),
                List.of("collect", "2", dir.resolve("sheets").toString()),
                List.of("backup"));
        List<String> found = new ArrayList<>();
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(List.of("--data", data.toString()));
            args.addAll(command);
            Path trace = traced(command.get(0), "org.kaname.Launcher", args);
            internetConnects(trace).forEach(line -> found.add(String.join(" ", command) + ": " + line));
        }
        assertThat(found).as("connect() calls to internet addresses").isEmpty();
    }

    /** Runs {@code mainClass} of the test class path under strace; fails unless it exits 0. The trace file. */
    private Path traced(String name, String mainClass, List<String> args) throws Exception {
        Path trace = dir.resolve(name + ".strace");
        List<String> cmd = new ArrayList<>(List.of("strace", "-f", "-e", "trace=connect", "-o", trace.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(args);
        Path output = dir.resolve(name + ".out");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(name + " did not end within " + TIME_LIMIT_SECONDS + " s");
        }
        assertThat(p.exitValue()).as(name + " exit code; it said:\n" + Files.readString(output)).isZero();
        return trace;
    }

    /** The trace's connect() lines naming an IPv4 or IPv6 address. */
    static List<String> internetConnects(Path trace) throws IOException {
        return Files.readAllLines(trace, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("connect(")
                        && (line.contains("sa_family=AF_INET,") || line.contains("sa_family=AF_INET6,")))
                .toList();
    }
}
