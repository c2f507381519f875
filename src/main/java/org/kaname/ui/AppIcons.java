package org.kaname.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The Kaname mark (a folding fan on its rivet, installer/icons/kaname.svg) as window icons. Several sizes, so the
 * window system picks a sharp one for the title bar (16), the task bar (32, 48, 64) and the switcher (256); the 16 px
 * image is the redrawn small variant, not a scaled-down 256.
 */
public final class AppIcons {
    static final int[] SIZES = {16, 32, 48, 64, 256};
    private static List<Image> images;

    private AppIcons() {
    }

    /** Gives {@code stage} the Kaname icons. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    /** The icons, smallest first; loaded once. */
    public static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                loaded.add(image(size));
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /** The icon at {@code size} pixels (one of {@link #SIZES}). */
    public static Image image(int size) {
        URL url = AppIcons.class.getResource(resource(size));
        if (url == null) {
            throw new IllegalStateException("missing from the build: " + resource(size));
        }
        return new Image(url.toExternalForm(), false);
    }

    static String resource(int size) {
        return "/org/kaname/ui/icons/kaname-" + size + ".png";
    }
}
