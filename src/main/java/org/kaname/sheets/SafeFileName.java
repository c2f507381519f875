package org.kaname.sheets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A file name that Windows (and every other system) accepts: no {@code <>:"/\|?*} or control characters, no
 * trailing dot or space, not a device name such as {@code CON} or {@code COM1}, and short enough for deep folders.
 */
public final class SafeFileName {
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*\\p{Cntrl}]");
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    private static final int MAX_CHARS = 80;

    private SafeFileName() {
    }

    /** {@code base} made safe, then {@code extension} (with its dot) appended. */
    public static String of(String base, String extension) {
        // a lone surrogate cannot be encoded as a file name (the path would be refused): replaced, as in a cell
        String s = FORBIDDEN.matcher(CellText.clean(base)).replaceAll("_").replaceAll("\\s+", " ").strip();
        if (s.length() > MAX_CHARS) {
            int end = Character.isHighSurrogate(s.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            s = s.substring(0, end);
        }
        s = s.replaceAll("[. ]+$", "");
        if (s.isEmpty()) {
            s = "_";
        }
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (DEVICES.contains(stem.toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return s + extension;
    }
}
