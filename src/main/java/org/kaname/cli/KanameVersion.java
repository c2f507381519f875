package org.kaname.cli;

import org.kaname.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code kaname --version}: the version the About dialog shows too ({@link AppVersion}). */
public final class KanameVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Kaname " + AppVersion.version()};
    }
}
