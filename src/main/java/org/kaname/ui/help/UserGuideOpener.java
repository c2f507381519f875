package org.kaname.ui.help;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Help › User guide (F1): writes the bundled guide into a folder and shows it in the system's browser at the chapter
 * of the screen in front. Nothing goes to the network: the page and its images are files on this PC.
 */
public final class UserGuideOpener {
    /** Shows a page in a browser; false when no browser could be started. */
    @FunctionalInterface
    public interface Browser {
        boolean show(URI page);
    }

    /** What happened: the guide's HTML file, the page given to the browser, and whether a browser took it. */
    public record Opened(Path guide, Path page, boolean shown) {
    }

    private final Path folder;
    private final Browser browser;

    public UserGuideOpener(Path folder, Browser browser) {
        this.folder = folder;
        this.browser = browser;
    }

    /** Writes the guide in {@code locale}'s language and shows it at the chapter of {@code screenId} (may be null). */
    public Opened open(Locale locale, String screenId) throws IOException {
        Path guide = UserGuide.write(folder, locale);
        Optional<String> anchor = GuideChapters.anchorFor(screenId);
        Path page = anchor.isPresent() ? jumpPage(guide, anchor.get(), locale) : guide;
        return new Opened(guide, page, browser.show(page.toUri()));
    }

    /**
     * A page that moves on to {@code guide#anchor} at once. Browsers are given this rather than the anchor itself: on
     * Windows a file address loses its {@code #chapter} on the way to the browser, and the guide would open at the top.
     */
    private static Path jumpPage(Path guide, String anchor, Locale locale) throws IOException {
        String target = guide.getFileName() + "#" + anchor;
        Path page = guide.resolveSibling("open." + UserGuide.language(locale) + ".html");
        Files.writeString(page, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n"
                + "<title>Kaname</title></head>\n<body><a href=\"" + target + "\">" + target + "</a></body></html>\n",
                StandardCharsets.UTF_8);
        return page;
    }
}
