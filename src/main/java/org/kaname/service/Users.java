package org.kaname.service;

import java.util.Optional;
import org.kaname.store.PlanStore;

/**
 * Who is making changes, for the journal: the display name set in the app (kept in the data directory), or else
 * the operating system's user name. On a shared database it is the PostgreSQL login, which the person cannot rename:
 * the server knows everyone by their login, and a display name in the shared settings would rename everyone.
 */
public final class Users {
    static final String DISPLAY_NAME = "journal.displayName";
    private static final int MAX_LENGTH = 100;

    private final PlanStore store;
    private final String login;
    private volatile String cached;

    Users(PlanStore store) {
        this(store, "");
    }

    /** Users of a database whose connection is logged in as {@code login} ({@code ""} for the local file). */
    Users(PlanStore store, String login) {
        this.store = store;
        this.login = login;
    }

    /** Whether the name is the database login, fixed (a shared database); else it can be set. */
    public boolean isLogin() {
        return !login.isEmpty();
    }

    /** The name the journal records now. */
    public String current() {
        if (isLogin()) {
            return login;
        }
        String name = cached;
        if (name == null) {
            name = displayName().orElseGet(Users::systemUser);
            cached = name;
        }
        return name;
    }

    public Optional<String> displayName() {
        if (isLogin()) {
            return Optional.empty();
        }
        return store.setting(DISPLAY_NAME).filter(s -> !s.isBlank());
    }

    /**
     * Sets the display name ({@code ""} goes back to the OS user name); at most 100 characters. Refused on a shared
     * database ({@link #isLogin()}).
     */
    public void setDisplayName(String name) {
        if (isLogin()) {
            throw new IllegalStateException("on a shared database the journal records the login " + login
                    + "; it has no display name of its own");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("display name longer than " + MAX_LENGTH + " characters");
        }
        store.putSetting(DISPLAY_NAME, trimmed);
        cached = null;
    }

    public static String systemUser() {
        String user = System.getProperty("user.name", "");
        return user.isBlank() ? "unknown" : user;
    }
}
