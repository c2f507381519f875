package org.kaname.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import org.junit.jupiter.api.Test;

/** Chart labels are drawn on one line with glyphs the bundled font has (found by the issue 13 fuzz suite). */
class ChartTextTest {
    private final Font font = ChartFonts.base().deriveFont(10f);

    @Test
    void controlCharactersBecomeSpacesAndMissingGlyphsAQuestionMark() {
        assertThat(ChartText.drawable(font, "研修\nプログラム\t①")).isEqualTo("研修 プログラム ①");
        assertThat(ChartText.drawable(font, "施策😀")).isEqualTo("施策?");
    }

    @Test
    void drawableTextIsLeftAlone() {
        String s = "DX推進リーダー（第1期）";
        assertThat(ChartText.drawable(font, s)).isSameAs(s);
    }

    @Test
    void aLabelIsMeasuredAsItIsDrawn() {
        assertThat(ChartText.width(font, "a\nb")).isEqualTo(ChartText.width(font, "a b"));
    }
}
