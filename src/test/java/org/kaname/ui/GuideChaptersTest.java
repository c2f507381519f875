package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.ui.help.GuideChapters;
import org.kaname.ui.help.UserGuide;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** F1's table: every screen of the workspace has a chapter, and that chapter exists in both the ja and en guide. */
@ExtendWith(ApplicationExtension.class)
class GuideChaptersTest {
    @TempDir
    Path dir;

    @Test
    void everyScreenHasAChapterInBothGuides() throws Exception {
        List<String> ids;
        try (ScreenFixture fixture = new ScreenFixture(dir.resolve("data"), Locale.JAPANESE)) {
            ids = WaitForAsyncUtils.asyncFx(() -> {
                Workspace workspace = new Workspace(fixture.context);
                List<String> found = workspace.screens().stream().map(PlanScreen::id).toList();
                workspace.dispose();
                return found;
            }).get();
        }
        assertThat(ids).hasSize(Workspace.SCREENS.size());
        String ja = Files.readString(UserGuide.write(dir.resolve("help"), Locale.JAPANESE));
        String en = Files.readString(UserGuide.write(dir.resolve("help"), Locale.ENGLISH));
        for (String id : ids) {
            String anchor = GuideChapters.anchorFor(id).orElseThrow(() -> new AssertionError("no chapter for " + id));
            assertThat(ja).as("the Japanese guide's chapter for %s", id).contains(" id=\"" + anchor + "\"");
            assertThat(en).as("the English guide's chapter for %s", id).contains(" id=\"" + anchor + "\"");
        }
        assertThat(ids.stream().map(id -> GuideChapters.anchorFor(id).orElseThrow()).distinct())
                .as("each screen its own chapter").hasSameSizeAs(ids);
    }
}
