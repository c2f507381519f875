package org.kaname.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Kaname keeps its database and log: {@code --data DIR}, else {@code KANAME_HOME}, else the platform's
 * per-user data directory. Pure: the environment is passed in, so every platform's rule is testable anywhere.
 */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String home = env.get("KANAME_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Kaname");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Kaname");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("kaname");
    }

    /** The directory for this process: the option, the real environment and the real platform. */
    public static Path forThisMachine(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }
}
