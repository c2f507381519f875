package org.kaname.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** H2 only: where the local data folder is. */
class DataDirectoryTest {
    @Test
    void optionWinsOverEnvironment() {
        Path p = DataDirectory.resolve("/tmp/opt", Map.of("KANAME_HOME", "/tmp/env"), "Linux", "/home/u");
        assertThat(p).isEqualTo(Path.of("/tmp/opt"));
    }

    @Test
    void kanameHomeWinsOverPlatformDefault() {
        assertThat(DataDirectory.resolve(null, Map.of("KANAME_HOME", "/tmp/env"), "Windows 11", "C:/Users/u"))
                .isEqualTo(Path.of("/tmp/env"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/c/Users/u/AppData/Roaming"), "Windows 10", "/c/Users/u"))
                .isEqualTo(Path.of("/c/Users/u/AppData/Roaming", "Kaname"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Kaname"));
    }

    @Test
    void linuxUsesXdgDataHomeElseLocalShare() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/x/data/kaname"));
        assertThat(DataDirectory.resolve("", Map.of("XDG_DATA_HOME", " "), "Linux", "/home/u"))
                .isEqualTo(Path.of("/home/u/.local/share/kaname"));
    }
}
