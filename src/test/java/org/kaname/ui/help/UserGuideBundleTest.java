package org.kaname.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user guide bundled in the app for Help › User guide (F1): present, whole, and written out as a page. */
class UserGuideBundleTest {
    @TempDir
    Path dir;

    @Test
    void bothGuidesAndEveryImageTheyShowAreBundled() throws Exception {
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            assertThat(UserGuide.markdown(locale)).contains("## 1. ");
            assertThat(UserGuide.images(locale)).as("images shown in the %s guide", locale).isNotEmpty()
                    .allSatisfy(image -> {
                        try (InputStream in = UserGuide.class.getResourceAsStream(UserGuide.RESOURCES + image)) {
                            assertThat(in).as("%s bundled (pom.xml, the docs resource's includes)", image).isNotNull();
                        }
                    });
        }
    }

    @Test
    void theWrittenPageHasTheChapterAnchorsAndItsImagesBesideIt() throws Exception {
        Path html = UserGuide.write(dir, Locale.JAPANESE);
        assertThat(html.getFileName()).hasToString("user-guide.ja.html");
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">")
                .contains("<h2 id=\"chapter-3\">3. 施策")
                .contains("<table>")
                .doesNotContain("<script").doesNotContain("http://").doesNotContain("https://fonts")
                .as("links to documents not bundled are plain text").doesNotContain(".md\"")
                .contains("scoring-model.ja.md");
        for (String image : UserGuide.images(Locale.JAPANESE)) {
            assertThat(page).contains("src=\"" + image + "\"");
            assertThat(dir.resolve(image)).isRegularFile();
            assertThat(Files.size(dir.resolve(image))).isPositive();
        }
        Path en = UserGuide.write(dir, Locale.ENGLISH);
        assertThat(Files.readString(en)).contains("<html lang=\"en\">").contains("<h2 id=\"chapter-3\">3. Measures");
    }

    @Test
    void openingAtAScreenGivesTheBrowserAPageThatMovesOnToItsChapter() throws Exception {
        List<URI> shown = new ArrayList<>();
        UserGuideOpener.Opened opened = new UserGuideOpener(dir, page -> shown.add(page))
                .open(Locale.ENGLISH, "rankingScreen");
        assertThat(opened.shown()).isTrue();
        assertThat(shown).containsExactly(opened.page().toUri());
        assertThat(opened.guide()).isEqualTo(dir.resolve("user-guide.en.html")).isRegularFile();
        assertThat(Files.readString(opened.page()))
                .contains("<meta http-equiv=\"refresh\" content=\"0; url=user-guide.en.html#chapter-5\">");
    }

    @Test
    void withoutAScreenTheGuideOpensAtTheTopAndABrowserThatFailsIsReported() throws Exception {
        UserGuideOpener.Opened opened = new UserGuideOpener(dir, page -> false).open(Locale.JAPANESE, null);
        assertThat(opened.shown()).isFalse();
        assertThat(opened.page()).isEqualTo(opened.guide()).isEqualTo(dir.resolve("user-guide.ja.html"));
    }
}
