package org.kaname.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version recorded at build time in {@code org/kaname/version.properties}. */
public final class KanameVersion implements IVersionProvider {
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = KanameVersion.class.getResourceAsStream("/org/kaname/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Kaname " + version()};
    }
}
