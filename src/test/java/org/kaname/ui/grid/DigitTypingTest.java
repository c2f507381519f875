package org.kaname.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kaname.model.Scale;

class DigitTypingTest {
    private final Scale oneToFive = new Scale(1, 5, null);
    private final Scale zeroToTen = new Scale(0, 10, null);
    private final DigitTyping typing = new DigitTyping();

    @Test
    void twoDigitsInOneCellAreOneNumberOnlyWhenItIsOnTheScale() {
        assertThat(typing.valueFor("a", 1, zeroToTen)).isEqualTo(1);
        typing.typed("a", 1, true);
        assertThat(typing.valueFor("a", 0, zeroToTen)).isEqualTo(10);
        typing.typed("a", 3, true);
        assertThat(typing.valueFor("a", 4, oneToFive)).as("34 is off a 1–5 scale").isEqualTo(4);
    }

    @Test
    void anotherCellAResetOrAnUnstoredValueStartsAfresh() {
        typing.typed("a", 1, true);
        assertThat(typing.valueFor("b", 0, zeroToTen)).isEqualTo(0);
        typing.reset();
        assertThat(typing.valueFor("a", 0, zeroToTen)).isEqualTo(0);
        typing.typed("a", 1, false);
        assertThat(typing.valueFor("a", 0, zeroToTen)).isEqualTo(0);
        typing.typed("a", 0, true);
        assertThat(typing.valueFor("a", 5, zeroToTen)).as("a leading 0 is not a tens digit").isEqualTo(5);
        assertThat(typing.valueFor("a", 5, null)).isEqualTo(5);
    }
}
