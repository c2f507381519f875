package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the filter counts as the same text: case and full-width/half-width forms do not matter; every word must occur. */
class FilterFieldTest {
    @Test
    void fullWidthHalfWidthAndCaseAreTheSame() {
        assertThat(FilterField.matches(FilterField.words("ＡＩ"), "AI・RPAの共同導入")).isTrue();
        assertThat(FilterField.matches(FilterField.words("rpa"), "AI・ＲＰＡの共同導入")).isTrue();
        assertThat(FilterField.matches(FilterField.words("ｶﾞｲﾄﾞﾗｲﾝ"), "UI/UX設計ガイドライン")).isTrue();
        assertThat(FilterField.matches(FilterField.words("s1-1"), "S1-1")).isTrue();
        assertThat(FilterField.matches(FilterField.words("s1-2"), "S1-1")).isFalse();
    }

    @Test
    void everyWordMustOccurInOneOfTheTexts() {
        List<String> words = FilterField.words(" 人事課　育成 ");
        assertThat(words).containsExactly("人事課", "育成");
        assertThat(FilterField.matches(words, "S1-3", "内部人材育成プログラム", "人事課")).isTrue();
        assertThat(FilterField.matches(words, "S1-2", "外部専門人材の活用", "人事課")).isFalse();
        assertThat(FilterField.matches(words, (String) null)).isFalse();
    }

    @Test
    void noWordsLetEverythingThrough() {
        assertThat(FilterField.words("　 ")).isEmpty();
        assertThat(FilterField.matches(FilterField.words(""), "anything")).isTrue();
    }
}
