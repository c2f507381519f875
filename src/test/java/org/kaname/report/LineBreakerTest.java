package org.kaname.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Line breaking by the Japanese rules, with every character 1 wide so the expected lines can be counted by hand. */
class LineBreakerTest {
    private static List<String> lines(String text, double width) {
        return LineBreaker.lines(text, width, cp -> 1.0);
    }

    @Test
    void aBalancedHeadingDoesNotLeaveOneCharacterAloneOnItsLastLine() {
        String heading = "支援策③：誰一人取り残さないデジタル・インクルージョンの推進";
        int n = heading.codePointCount(0, heading.length());
        assertThat(lines(heading, n - 1)).last().isEqualTo("進");
        List<String> balanced = LineBreaker.balanced(heading, n - 1, cp -> 1.0);
        assertThat(balanced).hasSize(2);
        assertThat(String.join("", balanced)).isEqualTo(heading);
        assertThat(balanced.get(1).length()).isGreaterThanOrEqualTo(n / 2 - 2);
    }

    @Test
    void aHeadingThatFitsOneLineIsNotWrappedByBalancing() {
        assertThat(LineBreaker.balanced("概要", 10, cp -> 1.0)).containsExactly("概要");
    }

    @Test
    void japaneseBreaksBetweenAnyTwoCharacters() {
        assertThat(lines("あいうえおかきくけこ", 4)).containsExactly("あいうえ", "おかきく", "けこ");
    }

    @Test
    void aCommaNeverStartsALineSoThePreviousCharacterMovesDownWithIt() {
        // "あいうえお" fills the line; "、" may not start the next one, so "お" goes down with it (追い出し).
        assertThat(lines("あいうえお、かきく", 5)).containsExactly("あいうえ", "お、かきく");
    }

    @Test
    void closingBracketsFullStopsAndSmallKanaNeverStartALine() {
        assertThat(lines("あいう」。え", 3)).containsExactly("あい", "う」。", "え");
        assertThat(lines("あいうっ", 3)).containsExactly("あい", "うっ");
        assertThat(lines("あいうー", 3)).containsExactly("あい", "うー");
    }

    @Test
    void anOpeningBracketNeverEndsALine() {
        // "あいう「" would fit, but "「" may not end a line, so it starts the next one.
        assertThat(lines("あいう「えお」", 4)).containsExactly("あいう", "「えお」");
    }

    @Test
    void latinWordsAndNumbersStayWholeAndSpacesAreDroppedAtTheBreak() {
        assertThat(lines("ab cdef gh", 5)).containsExactly("ab", "cdef", "gh");
        assertThat(lines("予算12,000円です", 7)).containsExactly("予算", "12,000円", "です");
    }

    @Test
    void aHostNameIsNeverBrokenTheUrlStartsANewLineInstead() {
        assertThat(lines("出典：https://www.example.jp/abc/def", 24))
                .containsExactly("出典：", "https://www.example.jp/", "abc/def");
        assertThat(lines("参照 https://a.jp/xyz", 14)).containsExactly("参照", "https://a.jp/", "xyz");
    }

    @Test
    void aHostLongerThanAWholeLineIsTheOneCaseCutWhereTheLineIsFull() {
        assertThat(lines("https://www.city.example.jp/a", 16)).containsExactly("https://www.city", ".example.jp/a");
    }

    @Test
    void aUrlLongerThanTheLineBreaksAfterASlash() {
        assertThat(lines("https://example.jp/abc/defgh", 20)).containsExactly("https://example.jp/", "abc/defgh");
    }

    @Test
    void aWordLongerThanTheLineIsCutWhereTheLineIsFull() {
        assertThat(lines("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void explicitLineEndsStartNewLinesAndAnEmptyLineStays() {
        assertThat(lines("あい\n\nう", 10)).containsExactly("あい", "", "う");
    }

    @Test
    void onRandomJapaneseTextNoLineStartsOrEndsWithAForbiddenCharacterAndNoneIsTooWide() {
        // No spaces: then a forced break (no allowed break on the line) always leaves a full line, which the checks
        // below can recognise; spaces are covered by the cases above.
        String alphabet = "あいうえおかきくけこ漢字、。「」（）っゃーabc12,3";
        Random random = new Random(7);
        for (int round = 0; round < 500; round++) {
            StringBuilder b = new StringBuilder();
            int n = 5 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int width = 6 + random.nextInt(10);
            List<String> lines = lines(b.toString(), width);
            assertThat(String.join("", lines)).isEqualTo(b.toString());
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertThat(line.length()).as("line %s of %s", line, b).isLessThanOrEqualTo(width);
                if (i > 0) {
                    boolean forced = lines.get(i - 1).length() == width;
                    if (!forced) {
                        assertThat(LineBreaker.NO_START.indexOf(line.charAt(0))).as("start of %s in %s", line, lines)
                                .isNegative();
                    }
                }
                if (i < lines.size() - 1 && !line.isEmpty() && line.length() < width) {
                    assertThat(LineBreaker.NO_END.indexOf(line.charAt(line.length() - 1)))
                            .as("end of %s in %s", line, lines).isNegative();
                }
            }
        }
    }
}
