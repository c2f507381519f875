package org.kaname.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The line estimate: full-width characters 1 em, Latin 0.62 em, words kept whole, sentences preferred for splits. */
class TextFitTest {
    @Test
    void japaneseWrapsBetweenAnyTwoCharacters() {
        assertThat(TextFit.lines("あ".repeat(20), 20, 1)).isEqualTo(1);
        assertThat(TextFit.lines("あ".repeat(21), 20, 1)).isEqualTo(2);
        // At 1.25 times the type, 16 characters fill a 20 em line.
        assertThat(TextFit.lines("あ".repeat(17), 20, 1.25)).isEqualTo(2);
        assertThat(TextFit.lines("あ\nい", 20, 1)).isEqualTo(2);
    }

    @Test
    void latinWordsWrapWholeAndOverlongWordsBreak() {
        // "abcdefghij" is 6.2 em: three of them with spaces (6.2 + 0.32 + 6.2 = 12.72) fit 13 em, the third wraps.
        assertThat(TextFit.lines("abcdefghij abcdefghij abcdefghij", 13, 1)).isEqualTo(2);
        // One 40-letter address is 24.8 em: two lines of 13 em.
        assertThat(TextFit.lines("x".repeat(40), 13, 1)).isEqualTo(2);
    }

    @Test
    void splitKeepsWholeSentencesOnTheFirstPartWhenThatCostsAtMostAQuarter() {
        String text = "一二三四五六七八九十一二三四五六。" + "あいうえおかきくけこさしすせそ。";
        String[] parts = TextFit.split(text, 10, 1, 2);
        assertThat(parts[0]).isEqualTo("一二三四五六七八九十一二三四五六。");
        assertThat(parts[1]).isEqualTo("あいうえおかきくけこさしすせそ。");
        // A sentence ending early would leave most of the room empty: the head fills its two lines instead.
        String early = "一二三。" + "あいうえおかきくけこさしすせそたちつてと。";
        assertThat(TextFit.split(early, 10, 1, 2)[0]).hasSize(20);
        assertThat(TextFit.split(text, 10, 1, 5)).containsExactly(text, "");
        assertThat(TextFit.split(text, 10, 1, 0)).containsExactly("", text);
    }
}
