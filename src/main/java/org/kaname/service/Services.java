package org.kaname.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.kaname.io.PlanJson;
import org.kaname.store.BackupFile;
import org.kaname.store.BackupPolicy;
import org.kaname.store.Database;
import org.kaname.store.DatabaseLocation;
import org.kaname.store.PlanArchives;
import org.kaname.store.PlanJournal;
import org.kaname.store.PlanMembers;
import org.kaname.store.Passphrase;
import org.kaname.store.PlanStore;
import org.kaname.store.PlanVersions;
import org.kaname.store.ServerAddress;
import org.kaname.store.ServerDatabase;
import org.kaname.store.SqlDatabase;
import org.kaname.model.Plan;
import org.kaname.store.StorageUnavailableException;

/**
 * The composition root shared by the CLI and the app: one open database and the services over it. Built once per
 * process and passed down by constructor; nothing global. The database is the local H2 file ({@link #open}) or a
 * shared one on a PostgreSQL server ({@link #openServer}); backups, restore and encryption belong to the local file
 * only, a server's are the server administrator's.
 */
public final class Services implements AutoCloseable {
    private final SqlDatabase database;
    private final PlanService plans;
    private final HistoryService history;
    private final VersionService versions;
    private final MemberService members;
    private final Locale locale;

    /** News of others' changes, on a server; none on H2. */
    private final PlanFeed feed;

    private Services(SqlDatabase database, PlanService plans, VersionService versions, Locale locale) {
        this.database = database;
        this.feed = database instanceof ServerDatabase server ? new PlanFeed(server::openListenerConnection).start()
                : null;
        this.plans = plans;
        this.history = new HistoryService(plans);
        this.versions = versions;
        this.members = new MemberService(new PlanMembers(database), plans, locale);
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
        return over(Database.open(dataDirectory, backups, Clock.systemUTC(), passphrase), locale);
    }

    /**
     * Connects to the shared database at {@code address} (see {@link ServerDatabase#open}: within about 10 s, a
     * schema older than this Kaname is migrated, only by the database's owner; a newer one is refused). No sample
     * plan is loaded there; the journal records the PostgreSQL login.
     */
    public static Services openServer(ServerAddress address, char[] password, Locale locale)
            throws StorageUnavailableException {
        return over(ServerDatabase.open(address, password), locale);
    }

    /** The services over {@code db}, which they close when they are closed (or when building them fails). */
    static Services over(SqlDatabase db, Locale locale) {
        try {
            PlanJson json = new PlanJson(locale);
            PlanPartsJson parts = new PlanPartsJson(json);
            PlanStore store = new PlanStore(db, Clock.systemUTC(), new PlanDigest(json), parts,
                    new PlanPartsMerge(json, locale));
            PlanJournal journal = new PlanJournal(db, parts);
            PlanService plans = new PlanService(store, journal, json, locale, new Users(store, db.user()));
            plans.upgradeLegacy();
            if (db.location() instanceof DatabaseLocation.Local) {
                // A shared database starts empty: a sample there would be everyone's, and nobody's to delete.
                plans.loadSampleOnFirstStart();
            }
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

    /** Who may do what in each plan of a shared database (on the local file its user owns every plan). */
    public MemberService members() {
        return members;
    }

    /**
     * Whole plans with their history and versions as stored, read from this database or written into it as new plans
     * ({@code kaname copy}).
     */
    public PlanArchives archives() {
        return new PlanArchives(database, new PlanDigest(new PlanJson(locale)));
    }

    /** Who the journal records as making changes. */
    public Users users() {
        return plans.users();
    }

    /** The editor through which the app changes plan {@code id}, committing on {@code saver}. */
    public PlanEditor editor(long id, Plan plan, java.util.concurrent.Executor saver) {
        return new PlanEditor(plans, id, plan, saver, locale);
    }

    /**
     * The editor of plan {@code id} in shared mode (see {@link PlanEditor}): {@code plan} as stored at journal seq
     * {@code seq} ({@link PlanService#journalSeq}, read before the plan), others' changes made on {@code editing}.
     */
    public PlanEditor editor(long id, Plan plan, long seq, java.util.concurrent.Executor saver,
                             java.util.concurrent.Executor editing) {
        PlanEditor editor = new PlanEditor(plans, id, plan, seq, saver, editing, locale);
        if (members.shared()) {
            editor.restrictTo(members.access(id));
        }
        if (feed != null) {
            editor.listenTo(feed);
        }
        return editor;
    }

    /** News of others' changes to plans, on a server ({@link PlanFeed}); empty on the local database. */
    public Optional<PlanFeed> feed() {
        return Optional.ofNullable(feed);
    }

    public Locale locale() {
        return locale;
    }

    /** Where the plans are: the local data directory or the server's database. */
    public DatabaseLocation location() {
        return database.location();
    }

    /** Whether the plans are in a shared database on a server, which others may change at the same time. */
    public boolean isShared() {
        return database.location() instanceof DatabaseLocation.Server;
    }

    public SqlDatabase database() {
        return database;
    }

    /** The local H2 database, with what only it has (backups, its data directory); empty on a server. */
    public Optional<Database> localDatabase() {
        return database instanceof Database local ? Optional.of(local) : Optional.empty();
    }

    /** The local data directory; on a server there is none ({@link ServerManagedException}). */
    public Path dataDirectory() {
        return local("the data directory").directory();
    }

    /**
     * Writes a verified backup of every plan as it is now: to {@code target}, or into the backups folder if null. On
     * a server a {@link ServerManagedException}: the server's administrator backs it up.
     */
    public BackupFile backUp(Path target) throws IOException {
        return local("backups").backUp(target);
    }

    /** The backups in the data directory, newest first; none on a server. */
    public List<BackupFile> backups() {
        return localDatabase().map(db -> db.backups().list()).orElse(List.of());
    }

    private Database local(String what) {
        return localDatabase().orElseThrow(() -> new ServerManagedException(what, database.location()));
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
        database.close();
    }
}
