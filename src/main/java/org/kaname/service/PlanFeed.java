package org.kaname.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.kaname.store.PlanStore;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * News of others' changes on a shared PostgreSQL server: every committed change of a plan is announced on the channel
 * {@value PlanStore#PLAN_CHANNEL} as "planId:seq" (by the store, in the change's transaction); this feed listens on a
 * connection of its own, in a daemon thread, and tells its subscribers within about half a second. When the
 * connection drops, it reconnects with a growing pause (up to 10 s) and then tells every subscriber to catch up, since
 * news may have been missed meanwhile. There is no feed on H2, which one PC uses.
 */
public final class PlanFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PlanFeed.class);
    private static final int WAIT_MILLIS = 500;
    /** How often an idle connection is checked, so a dead one is noticed even when no news comes. */
    private static final long CHECK_NANOS = 5_000_000_000L;
    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 10_000;

    /** Opens the feed's own connection (a server's listener connection). */
    @FunctionalInterface
    public interface Connector {
        Connection open() throws SQLException;
    }

    /** Hears of changes. Called on the feed's thread: hand real work to another thread. */
    public interface Subscriber {
        /** Plan {@code planId} changed; {@code seq} is the journal seq of the change (0 when it was deleted). */
        void changed(long planId, long seq);

        /** News may have been missed (the connection dropped and is back): fetch what changed. */
        default void resync() {
        }
    }

    private final Connector connector;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean listening;
    private volatile Connection connection;

    public PlanFeed(Connector connector) {
        this.connector = connector;
        this.thread = new Thread(this::run, "kaname-plan-feed");
        thread.setDaemon(true);
    }

    /** Starts listening; subscribers hear of changes committed from about now on. */
    public PlanFeed start() {
        thread.start();
        return this;
    }

    /** Adds {@code subscriber}; closing the result removes it. */
    public AutoCloseable subscribe(Subscriber subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** True while the feed has a working connection that listens (for tests and the status bar). */
    public boolean listening() {
        return listening;
    }

    private void run() {
        long pause = FIRST_PAUSE_MILLIS;
        boolean everConnected = false;
        while (!closed) {
            try (Connection c = connector.open()) {
                connection = c;
                c.setAutoCommit(true);
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + PlanStore.PLAN_CHANNEL);
                }
                listening = true;
                pause = FIRST_PAUSE_MILLIS;
                if (everConnected) {
                    LOG.info("plan feed reconnected; subscribers catch up");
                    subscribers.forEach(PlanFeed::resyncQuietly);
                }
                everConnected = true;
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("plan feed lost its connection; retrying in {} ms: {}", pause, e.getMessage());
                }
            } finally {
                listening = false;
                connection = null;
            }
            if (!closed) {
                sleep(pause);
                pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (!closed) {
            PGNotification[] news = pg.getNotifications(WAIT_MILLIS);
            if (news != null) {
                for (PGNotification n : news) {
                    deliver(n.getParameter());
                }
            }
            if (System.nanoTime() - checked > CHECK_NANOS) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT 1");
                }
                checked = System.nanoTime();
            }
        }
    }

    private void deliver(String payload) {
        int colon = payload.indexOf(':');
        long planId;
        long seq;
        try {
            planId = Long.parseLong(payload.substring(0, colon));
            seq = Long.parseLong(payload.substring(colon + 1));
        } catch (RuntimeException e) {
            LOG.warn("plan feed ignores a notification it cannot read: {}", payload);
            return;
        }
        for (Subscriber s : subscribers) {
            try {
                s.changed(planId, seq);
            } catch (RuntimeException e) {
                LOG.warn("a plan feed subscriber failed", e);
            }
        }
    }

    private static void resyncQuietly(Subscriber s) {
        try {
            s.resync();
        } catch (RuntimeException e) {
            LOG.warn("a plan feed subscriber failed to resync", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops listening and closes the connection; waits at most a second for the thread. */
    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.debug("closing the plan feed's connection", e);
            }
        }
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
