package org.kaname.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.engine.RankingService;
import org.kaname.io.PlanValidator;
import org.kaname.service.PlanEditor;
import org.kaname.service.Services;
import org.kaname.ui.task.CurrentThreadTaskExecutor;

/**
 * Everything a screen needs, for tests: a fresh data directory with the sample plan, an editor that saves at once
 * on the calling thread, a synchronous task executor and recording dialogs. Close it after the test.
 */
public final class ScreenFixture implements AutoCloseable {
    public final Services services;
    public final PlanEditor editor;
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final List<String> statusMessages = new ArrayList<>();
    public final ScreenContext context;

    public ScreenFixture(Path dataDirectory, Locale locale) throws Exception {
        services = Services.open(dataDirectory, locale);
        long id = services.plans().plans().get(0).id();
        editor = services.editor(id, services.plans().open(id).plan(), Runnable::run);
        context = new ScreenContext(editor, new RankingService(), new CurrentThreadTaskExecutor(), dialogs, locale,
                statusMessages::add);
    }

    /** The plan as stored in the database now (to check that an edit was saved). */
    public org.kaname.model.Plan storedPlan() throws Exception {
        return services.plans().open(editor.planId()).plan();
    }

    @Override
    public void close() {
        services.close();
    }
}
