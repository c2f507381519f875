package org.kaname.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;

/**
 * The new write paths of issue 12 driven headless as a child JVM for {@link CrashTest}: the {@link JournalScript}
 * operations on a plan, each through the service the CLI or the app uses, printing {@code SAVED k} once operation k
 * returned (its commit is durable by then).
 *
 * <p>{@code JournalDriver DATA_DIR PLAN_ID IMPORT_FILE}: prints {@code OPENED}, {@code SAVED 1} … {@code SAVED 5},
 * {@code DONE}; exit 0, or 1 with the failure on stderr.
 */
public final class JournalDriver {
    private JournalDriver() {
    }

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        long planId = Long.parseLong(args[1]);
        Path importFile = Path.of(args[2]);
        System.setProperty("kaname.log.dir", data.toString());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = 0;
        try (Services services = Services.open(data, Locale.ROOT)) {
            out.println("OPENED");
            out.flush();
            services.plans().apply(planId, JournalScript.first(services.plans().open(planId).plan()));
            saved(out, 1);
            services.versions().snapshot(planId, JournalScript.VERSION_NAME);
            saved(out, 2);
            services.plans().apply(planId, JournalScript.third(services.plans().open(planId).plan()));
            saved(out, 3);
            PlanEditor editor = services.editor(planId, services.plans().open(planId).plan(), Runnable::run);
            String refused = editor.undo().orElse(null);
            if (refused != null) {
                throw new IllegalStateException("undo refused: " + refused);
            }
            saved(out, 4);
            out.println("IMPORTED " + services.plans().importPlan(importFile));
            saved(out, 5);
        } catch (Exception e) {
            System.err.println("journal driver failed: " + e);
            code = 1;
        }
        if (code == 0) {
            out.println("DONE");
            out.flush();
        }
        System.exit(code);
    }

    private static void saved(PrintStream out, int k) {
        out.println("SAVED " + k);
        out.flush();
    }
}
