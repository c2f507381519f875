package org.kaname.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class TextFitTest {
    /** A width where ASCII is 1 and everything else (kanji, the ellipsis, astral characters) is 2. */
    private static final ToDoubleFunction<String> WIDTH = s -> s.codePoints().mapToDouble(c -> c < 0x80 ? 1 : 2).sum();

    /** The one-character-at-a-time cut this replaces: the reference for what the result must be. */
    private static String byDroppingOneAtATime(String s, double max) {
        if (WIDTH.applyAsDouble(s) <= max) {
            return s;
        }
        int end = s.length();
        while (end > 0 && WIDTH.applyAsDouble(s.substring(0, end) + "…") > max) {
            end = s.offsetByCodePoints(end, -1);
        }
        return end == 0 ? "" : s.substring(0, end) + "…";
    }

    @Test
    void aTextThatFitsIsKeptWhole() {
        assertThat(TextFit.fit("施策A", 10, WIDTH)).isEqualTo("施策A");
    }

    @Test
    void aLongTextIsCutAtTheLongestPrefixThatFitsWithTheEllipsis() {
        assertThat(TextFit.fit("情報化推進リーダー", 9, WIDTH)).isEqualTo("情報化…");
        assertThat(TextFit.fit("abcdef", 5, WIDTH)).isEqualTo("abc…");
        assertThat(TextFit.fit("abcdef", 1, WIDTH)).isEmpty();
    }

    @Test
    void neverCutsASurrogatePairInTwo() {
        String s = "a\uD842\uDFB7\uD842\uDFB7\uD842\uDFB7"; // 𠮷 three times
        assertThat(TextFit.fit(s, 5, WIDTH)).isEqualTo("a\uD842\uDFB7…");
    }

    @Test
    void agreesWithDroppingOneCharacterAtATimeOnRandomTexts() {
        Random random = new Random(13);
        String alphabet = "ab 施策、。\uD842\uDFB7-/";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                int at = random.nextInt(alphabet.length());
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    b.append(alphabet, at, at + 2);
                } else if (Character.isLowSurrogate(alphabet.charAt(at))) {
                    b.append(alphabet, at - 1, at + 1);
                } else {
                    b.append(alphabet.charAt(at));
                }
            }
            double max = random.nextInt(40);
            assertThat(TextFit.fit(b.toString(), max, WIDTH)).as("%s in %s", b, max)
                    .isEqualTo(byDroppingOneAtATime(b.toString(), max));
        }
    }

    @Test
    void aTitleOfFourThousandCharactersIsMeasuredAFewTimesNotThousands() {
        AtomicInteger measured = new AtomicInteger();
        String title = "長い題名".repeat(1_000);
        String fitted = TextFit.fit(title, 40, s -> {
            measured.incrementAndGet();
            return WIDTH.applyAsDouble(s);
        });
        assertThat(fitted).isEqualTo("長い題名".repeat(4) + "長い題…");
        assertThat(measured.get()).isLessThan(20);
    }
}
