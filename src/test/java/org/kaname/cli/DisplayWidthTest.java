package org.kaname.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayWidthTest {
    @Test
    void japaneseCharactersTakeTwoColumns() {
        assertThat(DisplayWidth.of("abc")).isEqualTo(3);
        assertThat(DisplayWidth.of("高")).isEqualTo(2);
        assertThat(DisplayWidth.of("未評価")).isEqualTo(6);
        assertThat(DisplayWidth.of("ひらがなカタカナ")).isEqualTo(16);
        assertThat(DisplayWidth.of("（令和9年度）")).isEqualTo(2 + 4 + 1 + 4 + 2); // fullwidth brackets, ASCII 9
        assertThat(DisplayWidth.of("、。「」")).isEqualTo(8);
        assertThat(DisplayWidth.of("ｱｲｳ")).isEqualTo(3); // halfwidth katakana stays narrow
        assertThat(DisplayWidth.of("e\u0301")).isEqualTo(1); // combining accent takes no column
        assertThat(DisplayWidth.of("\uD840\uDC0B")).isEqualTo(2); // 𠀋, outside the BMP
    }

    @Test
    void tableColumnsLineUpWithWideCharacters() {
        List<String> lines = new TextTable(List.of("rank", "title", "score"), true, false, true)
                .row(List.of("1", "デジタル人材", "80.00"))
                .row(List.of("10", "UI guide", "5.00"))
                .lines();
        // Every line ends its score column at the same display column.
        assertThat(lines).extracting(DisplayWidth::of).containsOnly(DisplayWidth.of(lines.get(0)));
        assertThat(lines.get(1)).isEqualTo("   1  デジタル人材  80.00");
        assertThat(lines.get(2)).isEqualTo("  10  UI guide       5.00");
    }
}
