package org.kaname.ui.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/**
 * Screenshots of the shared mode's windows, to look at: written only when the tests run with
 * {@code -Dkaname.shots=<folder>}, so an ordinary run writes nothing. A dialog is drawn over its main window, centred
 * and framed, as a user sees it (headless, each window is its own picture).
 */
final class Shots {
    private Shots() {
    }

    /** Saves {@code main} with {@code dialog} (may be null) over it as {@code <folder>/<name>.png}; FX thread. */
    static void take(Scene main, Scene dialog, String name) {
        String folder = System.getProperty("kaname.shots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            BufferedImage picture = image(main);
            if (dialog != null) {
                BufferedImage over = image(dialog);
                Graphics2D g = picture.createGraphics();
                int x = Math.max(0, (picture.getWidth() - over.getWidth()) / 2);
                int y = Math.max(0, (picture.getHeight() - over.getHeight()) / 2);
                g.setColor(new Color(0, 0, 0, 70));
                g.fillRect(0, 0, picture.getWidth(), picture.getHeight());
                g.drawImage(over, x, y, null);
                g.setColor(Color.DARK_GRAY);
                g.drawRect(x - 1, y - 1, over.getWidth() + 1, over.getHeight() + 1);
                g.dispose();
            }
            ImageIO.write(picture, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage image(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        BufferedImage fx = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        BufferedImage rgb = new BufferedImage(fx.getWidth(), fx.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(fx, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
