package org.kaname.ui.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/**
 * Screenshots of the scoring screen's states, to look at: written only when the tests run with
 * {@code -Dkaname.shots=<folder>}, so an ordinary run writes nothing.
 */
final class Shots {
    private Shots() {
    }

    /** Saves the scene as {@code <folder>/<name>.png}; call on the FX thread. */
    static void take(Scene scene, String name) {
        String folder = System.getProperty("kaname.shots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
