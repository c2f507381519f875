package org.kaname.ui.help;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which chapter of the user guide explains which screen: the one table F1 reads. A chapter is named by its number,
 * which the Japanese and English guides share (「## 3. 施策 — …」 and "## 3. Measures" are both {@code chapter-3}), so
 * the same anchor serves both languages. GuideChaptersTest checks that every screen has a chapter and that the chapter
 * exists in both guides.
 */
public final class GuideChapters {
    /** Screen id ({@code PlanScreen.id()}) → the chapter's anchor in the guide's HTML. */
    static final Map<String, String> BY_SCREEN = Map.of(
            "overviewScreen", anchor(1),
            "criteriaScreen", anchor(2),
            "measuresScreen", anchor(3),
            "scoringScreen", anchor(4),
            "rankingScreen", anchor(5),
            "sensitivityScreen", anchor(6),
            "roadmapScreen", anchor(7),
            "workshopScreen", anchor(8),
            "evaluationScreen", anchor(10));

    private static final Pattern NUMBERED = Pattern.compile("^(\\d+)\\.\\s");

    private GuideChapters() {
    }

    /** The anchor of the chapter about {@code screenId}; empty for no screen (no plan open) or an unknown one. */
    public static Optional<String> anchorFor(String screenId) {
        return Optional.ofNullable(screenId == null ? null : BY_SCREEN.get(screenId));
    }

    /** The anchor a heading gets in the HTML: {@code chapter-N} for a heading that starts with 「N. 」, else none. */
    static Optional<String> anchorOfHeading(String headingText) {
        Matcher m = NUMBERED.matcher(headingText.strip());
        return m.find() ? Optional.of(anchor(Integer.parseInt(m.group(1)))) : Optional.empty();
    }

    private static String anchor(int chapter) {
        return "chapter-" + chapter;
    }
}
