package org.kaname.ui.help;

import java.awt.Desktop;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The system's browser: through the desktop (Windows, macOS, most Linux desktops), else {@code xdg-open} on Linux.
 * Called off the FX thread: the desktop call may take a moment and must not freeze the window.
 */
public final class SystemBrowser implements UserGuideOpener.Browser {
    private static final System.Logger LOG = System.getLogger(SystemBrowser.class.getName());

    @Override
    public boolean show(URI page) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(page);
                return true;
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "the desktop could not show " + page + ": " + e);
        }
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux") && xdgOpen(page);
    }

    private static boolean xdgOpen(URI page) {
        try {
            Process p = new ProcessBuilder("xdg-open", page.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            // xdg-open returns once the browser is started; one that keeps running has evidently started it.
            return !p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() == 0;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "xdg-open could not show " + page + ": " + e);
            return false;
        }
    }
}
