package org.kaname.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.kaname.io.PlanJson;
import org.kaname.store.Database;
import org.kaname.store.PlanStore;
import org.kaname.store.StorageUnavailableException;

/**
 * The composition root shared by the CLI and the app: one open database and the services over it. Built once per
 * process and passed down by constructor; nothing global.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final PlanService plans;
    private final Locale locale;

    private Services(Database database, PlanService plans, Locale locale) {
        this.database = database;
        this.plans = plans;
        this.locale = locale;
    }

    /** Opens the data directory, migrates it and, on its first start, loads the sample plan. */
    public static Services open(Path dataDirectory, Locale locale) throws StorageUnavailableException {
        Database db = Database.open(dataDirectory);
        try {
            PlanService plans = new PlanService(new PlanStore(db, Clock.systemUTC()), new PlanJson(locale));
            plans.loadSampleOnFirstStart();
            return new Services(db, plans, locale);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public PlanService plans() {
        return plans;
    }

    public Locale locale() {
        return locale;
    }

    public Path dataDirectory() {
        return database.directory();
    }

    @Override
    public void close() {
        database.close();
    }
}
