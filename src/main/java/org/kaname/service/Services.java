package org.kaname.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Locale;
import org.kaname.io.PlanJson;
import org.kaname.store.BackupFile;
import org.kaname.store.BackupPolicy;
import org.kaname.store.Database;
import org.kaname.store.PlanJournal;
import org.kaname.store.Passphrase;
import org.kaname.store.PlanStore;
import org.kaname.store.PlanVersions;
import org.kaname.model.Plan;
import org.kaname.store.StorageUnavailableException;

/**
 * The composition root shared by the CLI and the app: one open database and the services over it. Built once per
 * process and passed down by constructor; nothing global.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final PlanService plans;
    private final HistoryService history;
    private final VersionService versions;
    private final Locale locale;

    private Services(Database database, PlanService plans, VersionService versions, Locale locale) {
        this.database = database;
        this.plans = plans;
        this.history = new HistoryService(plans);
        this.versions = versions;
        this.locale = locale;
    }

    /** Opens the data directory, migrates it and, on its first start, loads the sample plan. */
    public static Services open(Path dataDirectory, Locale locale) throws StorageUnavailableException {
        return open(dataDirectory, locale, BackupPolicy.COMMAND_LINE);
    }

    /** As {@link #open(Path, Locale)}, with the app's or the command line's backup policy. */
    public static Services open(Path dataDirectory, Locale locale, BackupPolicy backups)
            throws StorageUnavailableException {
        return open(dataDirectory, locale, backups, Passphrase.NONE);
    }

    /**
     * As {@link #open(Path, Locale, BackupPolicy)}, for a data directory that may be encrypted: {@code passphrase} is
     * asked when it is (or, for a new directory, whether to create it encrypted); see docs/security.md.
     */
    public static Services open(Path dataDirectory, Locale locale, BackupPolicy backups, Passphrase passphrase)
            throws StorageUnavailableException {
        Database db = Database.open(dataDirectory, backups, Clock.systemUTC(), passphrase);
        try {
            PlanJson json = new PlanJson(locale);
            PlanPartsJson parts = new PlanPartsJson(json);
            PlanStore store = new PlanStore(db, Clock.systemUTC(), new PlanDigest(json), parts);
            PlanJournal journal = new PlanJournal(db, parts);
            PlanService plans = new PlanService(store, journal, json, locale, new Users(store));
            plans.upgradeLegacy();
            plans.loadSampleOnFirstStart();
            VersionService versions = new VersionService(plans, new PlanVersions(db, Clock.systemUTC(), parts));
            return new Services(db, plans, versions, locale);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public PlanService plans() {
        return plans;
    }

    /** The journal of each plan: its history, filtered, and reverting an entry (through a {@link PlanEditor}). */
    public HistoryService history() {
        return history;
    }

    /** Named versions of plans and their comparison. */
    public VersionService versions() {
        return versions;
    }

    /** Who the journal records as making changes. */
    public Users users() {
        return plans.users();
    }

    /** The editor through which the app changes plan {@code id}, committing on {@code saver}. */
    public PlanEditor editor(long id, Plan plan, java.util.concurrent.Executor saver) {
        return new PlanEditor(plans, id, plan, saver, locale);
    }

    public Locale locale() {
        return locale;
    }

    public Path dataDirectory() {
        return database.directory();
    }

    /** Writes a verified backup of every plan as it is now: to {@code target}, or into the backups folder if null. */
    public BackupFile backUp(Path target) throws IOException {
        return database.backUp(target);
    }

    /** The backups in the data directory, newest first. */
    public List<BackupFile> backups() {
        return database.backups().list();
    }

    @Override
    public void close() {
        database.close();
    }
}
