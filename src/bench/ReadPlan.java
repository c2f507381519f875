import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.kaname.io.PlanJson;
import org.kaname.model.Plan;

/**
 * Reads (and validates) one kaname-plan file with {@link PlanJson#read(Path)}, as {@code import} does, and prints how
 * long it took (wall clock, and CPU time of the reading thread, which a busy machine disturbs less) and the Java heap
 * in use; meant for a fresh JVM per run, under {@code /usr/bin/time -f '%e s %M KB'} for the whole process (JVM
 * start included) and peak RSS. With REPEAT > 1 it reads again (warm JIT), printing each.
 *
 *   java -cp KANAME.jar src/bench/ReadPlan.java PLAN.json [REPEAT] [--write]
 *
 * With --write it also times {@link PlanJson#write(Plan)} (export) of the plan read.
 */
public final class ReadPlan {
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ReadPlan PLAN.json [REPEAT] [--write]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int repeat = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 1;
        boolean write = args[args.length - 1].equals("--write");
        Runtime rt = Runtime.getRuntime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Plan plan = null;
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            plan = new PlanJson(Locale.JAPANESE).read(file);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            System.out.printf("read %s: %,d bytes, %d measures, %d scores in %.3f s (thread CPU %.3f s); heap used"
                            + " %d MB, committed %d MB, max %d MB%n", file.getFileName(), Files.size(file),
                    plan.measures().size(), plan.scores().size(), (t1 - t0) / 1e9, (c1 - c0) / 1e9,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20, rt.maxMemory() >> 20);
        }
        if (write) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            String text = new PlanJson(Locale.JAPANESE).write(plan);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            System.out.printf("write: %,d chars in %.3f s (thread CPU %.3f s); heap used %d MB, committed %d MB%n",
                    text.length(), (t1 - t0) / 1e9, (c1 - c0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20,
                    rt.totalMemory() >> 20);
        }
    }
}
