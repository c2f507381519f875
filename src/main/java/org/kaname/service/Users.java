package org.kaname.service;

import java.util.Optional;
import org.kaname.store.PlanStore;

/**
 * Who is making changes, for the journal: the display name set in the app (kept in the data directory), or else
 * the operating system's user name.
 */
public final class Users {
    static final String DISPLAY_NAME = "journal.displayName";
    private static final int MAX_LENGTH = 100;

    private final PlanStore store;
    private volatile String cached;

    Users(PlanStore store) {
        this.store = store;
    }

    /** The name the journal records now. */
    public String current() {
        String name = cached;
        if (name == null) {
            name = displayName().orElseGet(Users::systemUser);
            cached = name;
        }
        return name;
    }

    public Optional<String> displayName() {
        return store.setting(DISPLAY_NAME).filter(s -> !s.isBlank());
    }

    /** Sets the display name ({@code ""} goes back to the OS user name); at most 100 characters. */
    public void setDisplayName(String name) {
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
