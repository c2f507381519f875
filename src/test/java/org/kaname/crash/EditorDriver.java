package org.kaname.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;
import org.kaname.store.StoredPlan;

/**
 * The app's editor driven headless, as a child JVM for {@link CrashTest}: opens the data folder as the app does
 * ({@link Services#open}), opens a plan in a {@link PlanEditor} built as {@code ui.MainViewModel} builds it (a
 * {@link PlanValidator} for the locale), and applies the {@link EditScript} edits one after another. The editor saves
 * on the calling thread here ({@code Runnable::run}), so after {@code saved(empty)} — the moment the app shows
 * 「保存済み」 — it prints {@code SAVED k} and flushes, and the parent knows edit k was acknowledged.
 *
 * <p>{@code EditorDriver DATA_DIR PLAN_ID SEED EDITS}: prints {@code OPENED}, then {@code SAVED 1} … {@code SAVED
 * EDITS}, then {@code DONE}; exit 0, or 1 with the failure on stderr.
 */
public final class EditorDriver {
    private EditorDriver() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        long planId = Long.parseLong(args[1]);
        EditScript script = new EditScript(Long.parseLong(args[2]));
        int edits = Integer.parseInt(args[3]);
        // As the Launcher does: the log goes to the data folder, so a crash can be read about there.
        System.setProperty("kaname.log.dir", data.toString());
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int code = 0;
        try (Services services = Services.open(data, Locale.ROOT)) {
            StoredPlan stored = services.plans().open(planId);
            PlanEditor editor = services.editor(planId, stored.plan(), Runnable::run);
            int[] current = {0};
            AtomicReference<Throwable> failure = new AtomicReference<>();
            editor.addListener(new PlanEditor.Listener() {
                @Override
                public void planChanged(Plan plan) {
                }

                @Override
                public void saved(Optional<Throwable> error) {
                    if (error.isEmpty()) {
                        out.println("SAVED " + current[0]);
                        out.flush();
                    } else {
                        failure.set(error.get());
                    }
                }
            });
            out.println("OPENED");
            out.flush();
            for (int k = 1; k <= edits; k++) {
                current[0] = k;
                editor.apply(script.edit(editor.plan(), k));
                if (failure.get() != null) {
                    System.err.println("edit " + k + " was not saved: " + failure.get());
                    code = 1;
                    break;
                }
            }
        } catch (Exception e) {
            System.err.println("editor driver failed: " + e);
            code = 1;
        }
        if (code == 0) {
            out.println("DONE");
            out.flush();
        }
        System.exit(code);
    }
}
