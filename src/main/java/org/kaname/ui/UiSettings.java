package org.kaname.ui;

import java.util.Locale;

/**
 * What the app remembers between runs: window bounds, the last plan and screen, language, font scale, theme.
 * {@code x}/{@code y} are NaN when the window has never been placed.
 */
public record UiSettings(double x, double y, double width, double height, boolean maximized, long lastPlanId,
                         String lastScreen, Locale locale, double fontScale, boolean highContrast) {
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;
    public static final UiSettings DEFAULTS = new UiSettings(Double.NaN, Double.NaN, 1280, 800, false, -1, "",
            Locale.JAPANESE, 1.0, false);

    public UiSettings {
        fontScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Double.isNaN(fontScale) ? 1.0 : fontScale));
        width = width < 640 ? 640 : width;
        height = height < 480 ? 480 : height;
        lastScreen = lastScreen == null ? "" : lastScreen;
        locale = locale == null ? Locale.JAPANESE : locale;
    }

    public UiSettings withBounds(double newX, double newY, double newWidth, double newHeight, boolean isMaximized) {
        return new UiSettings(newX, newY, newWidth, newHeight, isMaximized, lastPlanId, lastScreen, locale, fontScale,
                highContrast);
    }

    public UiSettings withLastPlan(long planId, String screen) {
        return new UiSettings(x, y, width, height, maximized, planId, screen, locale, fontScale, highContrast);
    }

    public UiSettings withLocale(Locale newLocale) {
        return new UiSettings(x, y, width, height, maximized, lastPlanId, lastScreen, newLocale, fontScale,
                highContrast);
    }

    public UiSettings withFontScale(double scale) {
        return new UiSettings(x, y, width, height, maximized, lastPlanId, lastScreen, locale, scale, highContrast);
    }

    public UiSettings withHighContrast(boolean on) {
        return new UiSettings(x, y, width, height, maximized, lastPlanId, lastScreen, locale, fontScale, on);
    }
}
