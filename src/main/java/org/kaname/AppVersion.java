package org.kaname;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Kaname's version, recorded at build time in {@code org/kaname/version.properties}. One lookup for both faces:
 * {@code kaname --version} and the app's About dialog show the same text.
 */
public final class AppVersion {
    private AppVersion() {
    }

    /** The version, e.g. {@code 0.1.0}; {@code unknown} if the build did not record one. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/kaname/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
