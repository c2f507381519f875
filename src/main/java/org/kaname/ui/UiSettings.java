package org.kaname.ui;

import java.util.Locale;

/**
 * What the app remembers between runs: window bounds, the last plan and screen, language, font scale, theme, and the
 * shared database it was connected to ({@code postgresql://host:port/db?user=u}, never a password; empty for the
 * local database). {@code x}/{@code y} are NaN when the window has never been placed.
 */
public record UiSettings(double x, double y, double width, double height, boolean maximized, long lastPlanId,
                         String lastScreen, Locale locale, double fontScale, boolean highContrast,
                         String sharedDatabase) {
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;
    public static final UiSettings DEFAULTS = new UiSettings(Double.NaN, Double.NaN, 1280, 800, false, -1, "",
            Locale.JAPANESE, 1.0, false, "");

    /** Settings on the local database. */
    public UiSettings(double x, double y, double width, double height, boolean maximized, long lastPlanId,
                      String lastScreen, Locale locale, double fontScale, boolean highContrast) {
        this(x, y, width, height, maximized, lastPlanId, lastScreen, locale, fontScale, highContrast, "");
    }

    public UiSettings {
        fontScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Double.isNaN(fontScale) ? 1.0 : fontScale));
        width = width < 640 ? 640 : width;
        height = height < 480 ? 480 : height;
        lastScreen = lastScreen == null ? "" : lastScreen;
        locale = locale == null ? Locale.JAPANESE : locale;
        sharedDatabase = sharedDatabase == null ? "" : sharedDatabase.strip();
    }

    public UiSettings withBounds(double newX, double newY, double newWidth, double newHeight, boolean isMaximized) {
        return new UiSettings(newX, newY, newWidth, newHeight, isMaximized, lastPlanId, lastScreen, locale, fontScale,
                highContrast, sharedDatabase);
    }

    public UiSettings withLastPlan(long planId, String screen) {
        return new UiSettings(x, y, width, height, maximized, planId, screen, locale, fontScale, highContrast,
                sharedDatabase);
    }

    public UiSettings withLocale(Locale newLocale) {
        return new UiSettings(x, y, width, height, maximized, lastPlanId, lastScreen, newLocale, fontScale,
                highContrast, sharedDatabase);
    }

    public UiSettings withFontScale(double scale) {
        return new UiSettings(x, y, width, height, maximized, lastPlanId, lastScreen, locale, scale, highContrast,
                sharedDatabase);
    }

    public UiSettings withHighContrast(boolean on) {
        return new UiSettings(x, y, width, height, maximized, lastPlanId, lastScreen, locale, fontScale, on,
                sharedDatabase);
    }

    /**
     * The shared database to connect to at the next start ({@code ""}: the local one). The last plan belongs to the
     * database it was in, so it is forgotten when the database changes.
     */
    public UiSettings withSharedDatabase(String uri) {
        String next = uri == null ? "" : uri.strip();
        long plan = next.equals(sharedDatabase) ? lastPlanId : -1;
        return new UiSettings(x, y, width, height, maximized, plan, lastScreen, locale, fontScale, highContrast, next);
    }
}
