package org.kaname.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * UI settings in {@code settings.properties} in the data directory: a plain file that travels with the data, unlike
 * the Windows registry. A missing or damaged file gives the defaults; it never stops the app.
 */
public final class UiSettingsFile {
    /** Looked up when first needed: setting up logging before the first frame would delay the window. */
    private static Logger log() {
        return LoggerFactory.getLogger(UiSettingsFile.class);
    }
    private final Path file;

    public UiSettingsFile(Path dataDirectory) {
        this.file = dataDirectory.resolve("settings.properties");
    }

    public UiSettings load() {
        if (!Files.isRegularFile(file)) {
            return UiSettings.DEFAULTS;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            UiSettings d = UiSettings.DEFAULTS;
            return new UiSettings(number(p, "window.x", d.x()), number(p, "window.y", d.y()),
                    number(p, "window.width", d.width()), number(p, "window.height", d.height()),
                    Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
                    (long) number(p, "last.plan", d.lastPlanId()), p.getProperty("last.screen", ""),
                    "en".equals(p.getProperty("language")) ? Locale.ENGLISH : Locale.JAPANESE,
                    number(p, "font.scale", 1.0), Boolean.parseBoolean(p.getProperty("theme.highContrast", "false")),
                    p.getProperty("shared.database", ""));
        } catch (IOException | IllegalArgumentException e) {
            log().warn("settings file {} unreadable; using defaults", file, e);
            return UiSettings.DEFAULTS;
        }
    }

    public void save(UiSettings s) {
        Properties p = new Properties();
        p.setProperty("window.x", Double.toString(s.x()));
        p.setProperty("window.y", Double.toString(s.y()));
        p.setProperty("window.width", Double.toString(s.width()));
        p.setProperty("window.height", Double.toString(s.height()));
        p.setProperty("window.maximized", Boolean.toString(s.maximized()));
        p.setProperty("last.plan", Long.toString(s.lastPlanId()));
        p.setProperty("last.screen", s.lastScreen());
        p.setProperty("language", s.locale().getLanguage());
        p.setProperty("font.scale", Double.toString(s.fontScale()));
        p.setProperty("theme.highContrast", Boolean.toString(s.highContrast()));
        // Host, port, database and user only: the password is never written anywhere (docs/shared-mode.md).
        p.setProperty("shared.database", s.sharedDatabase());
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling("settings.properties.tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Kaname UI settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log().warn("cannot save settings to {}", file, e);
        }
    }

    private static double number(Properties p, String key, double fallback) {
        String v = p.getProperty(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
