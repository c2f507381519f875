package org.kaname.engine.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.RoundState;
import org.kaname.model.ScoringRound;

class AnonymousRatersTest {
    @Test
    void lettersRunFromAToZThenDouble() {
        assertThat(AnonymousRaters.letter(0)).isEqualTo("A");
        assertThat(AnonymousRaters.letter(25)).isEqualTo("Z");
        assertThat(AnonymousRaters.letter(26)).isEqualTo("AA");
        assertThat(AnonymousRaters.letter(27)).isEqualTo("AB");
        assertThat(AnonymousRaters.letter(52)).isEqualTo("BA");
    }

    @Test
    void eachRaterIsTheLetterOfTheirPlaceInTheRoundAndKeepsTheFirst() {
        ScoringRound round = new ScoringRound(1, "", List.of("S1-1"), List.of("r3", "r1", "r3", "r2"), true,
                RoundState.REVEALED, null, null, List.of());
        assertThat(AnonymousRaters.letters(round)).containsExactly(java.util.Map.entry("r3", "A"),
                java.util.Map.entry("r1", "B"), java.util.Map.entry("r2", "D"));
    }
}
