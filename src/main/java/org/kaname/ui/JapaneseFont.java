package org.kaname.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javafx.scene.text.Font;

/**
 * Picks the font family for the whole UI. A Windows or Mac UI font with Japanese glyphs when the PC has one;
 * otherwise the bundled IPAexGothic, because JavaFX shows tofu boxes for Japanese when no CJK font is installed
 * (and cannot use the Noto CJK collections that Linux desktops often have).
 */
public final class JapaneseFont {
    static final String BUNDLED_FAMILY = "IPAexGothic";
    private static final String BUNDLED_RESOURCE = "/org/kaname/fonts/ipaexg.ttf";
    private static final List<String> PREFERRED = List.of("Yu Gothic UI", "Meiryo UI", "Meiryo", "Hiragino Sans",
            "Hiragino Kaku Gothic ProN");

    private JapaneseFont() {
    }

    private static volatile String chosen;

    /** The family to use; loads the bundled font if no preferred system font exists. Decided once per process. */
    public static String family() {
        String f = chosen;
        if (f == null) {
            f = choose();
            chosen = f;
        }
        return f;
    }

    private static String choose() {
        List<String> installed = Font.getFamilies();
        for (String f : PREFERRED) {
            if (installed.contains(f)) {
                return f;
            }
        }
        try (InputStream in = JapaneseFont.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            Font loaded = in == null ? null : Font.loadFont(in, 14);
            return loaded != null ? loaded.getFamily() : BUNDLED_FAMILY;
        } catch (IOException e) {
            return BUNDLED_FAMILY;
        }
    }
}
