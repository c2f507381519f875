package org.kaname.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kaname.model.Judgment;

class AhpTest {
    private static final List<String> LEADER = List.of("experience", "education", "charisma", "age");

    /**
     * The leader-selection example of Wikipedia's "Analytic hierarchy process – leader example": criteria weights
     * .547 / .127 / .270 / .056 and a consistency ratio of about 0.044. The page rounds its figures, hence the tolerance.
     */
    @Test
    void leaderExampleFromWikipedia() {
        AhpResult r = Ahp.analyseIds(LEADER, List.of(
                new Judgment("experience", "education", 4), new Judgment("experience", "charisma", 3),
                new Judgment("experience", "age", 7), new Judgment("education", "charisma", 1.0 / 3),
                new Judgment("education", "age", 3), new Judgment("charisma", "age", 5)));

        assertThat(r.weights().get("experience")).isCloseTo(0.547, within(0.0015));
        assertThat(r.weights().get("education")).isCloseTo(0.127, within(0.0015));
        assertThat(r.weights().get("charisma")).isCloseTo(0.270, within(0.0015));
        assertThat(r.weights().get("age")).isCloseTo(0.056, within(0.0015));
        assertThat(r.consistencyRatio()).isPresent();
        assertThat(r.consistencyRatio().getAsDouble()).isCloseTo(0.044, within(0.0015));
        assertThat(r.isInconsistent()).isFalse();
        assertThat(List.copyOf(r.weights().keySet())).isEqualTo(LEADER);
        assertThat(r.weights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
    }

    /** Same page, the candidates compared on experience: Tom .217, Dick .717, Harry .066. */
    @Test
    void leaderExampleExperienceMatrix() {
        AhpResult r = Ahp.analyseIds(List.of("tom", "dick", "harry"), List.of(
                new Judgment("tom", "dick", 0.25), new Judgment("tom", "harry", 4), new Judgment("dick", "harry", 9)));

        assertThat(r.weights().get("tom")).isCloseTo(0.217, within(0.001));
        assertThat(r.weights().get("dick")).isCloseTo(0.717, within(0.001));
        assertThat(r.weights().get("harry")).isCloseTo(0.066, within(0.001));
        assertThat(r.isInconsistent()).isFalse();
    }

    /** A consistent matrix (a_ij = w_i / w_j for w = 0.6, 0.3, 0.1) gives back w exactly, λmax = n and CR = 0. */
    @Test
    void consistentJudgmentsGiveTheirWeightsExactly() {
        AhpResult r = Ahp.analyseIds(List.of("a", "b", "c"), List.of(
                new Judgment("a", "b", 2), new Judgment("a", "c", 6), new Judgment("c", "b", 1.0 / 3)));

        assertThat(r.weights().get("a")).isCloseTo(0.6, within(1e-12));
        assertThat(r.weights().get("b")).isCloseTo(0.3, within(1e-12));
        assertThat(r.weights().get("c")).isCloseTo(0.1, within(1e-12));
        assertThat(r.lambdaMax()).isCloseTo(3, within(1e-12));
        assertThat(r.consistencyIndex()).isCloseTo(0, within(1e-12));
        assertThat(r.consistencyRatio().getAsDouble()).isCloseTo(0, within(1e-12));
    }

    @Test
    void twoCriteriaAreAlwaysConsistent() {
        AhpResult r = Ahp.analyseIds(List.of("a", "b"), List.of(new Judgment("b", "a", 3)));
        assertThat(r.weights().get("a")).isCloseTo(0.25, within(1e-12));
        assertThat(r.weights().get("b")).isCloseTo(0.75, within(1e-12));
        assertThat(r.consistencyRatio().getAsDouble()).isZero();
        assertThat(r.mostInconsistent()).isEmpty();
    }

    /**
     * Weights 8 : 4 : 2 : 1 judged consistently except b vs d, given as 1/4 instead of 4: CR far above 0.10 and
     * the b–d judgment is the one named.
     */
    @Test
    void inconsistentJudgmentsAreFlaggedAndTheWorstJudgmentNamed() {
        Judgment wrong = new Judgment("b", "d", 0.25);
        AhpResult r = Ahp.analyseIds(List.of("a", "b", "c", "d"), List.of(
                new Judgment("a", "b", 2), new Judgment("a", "c", 4), new Judgment("a", "d", 8),
                new Judgment("b", "c", 2), wrong, new Judgment("c", "d", 2)));

        assertThat(r.consistencyRatio().getAsDouble()).isGreaterThan(0.10);
        assertThat(r.isInconsistent()).isTrue();
        assertThat(r.mostInconsistent()).isPresent();
        assertThat(r.mostInconsistent().get().judgment()).isEqualTo(wrong);
        assertThat(r.mostInconsistent().get().impliedValue()).isGreaterThan(0.25);
        assertThat(r.mostInconsistent().get().deviation()).isGreaterThan(1);
    }

    @Test
    void randomIndexIsSaatysTable() {
        double[] expected = {0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
        for (int n = 3; n <= 10; n++) {
            assertThat(Ahp.randomIndex(n).getAsDouble()).isEqualTo(expected[n - 3]);
        }
        assertThat(Ahp.randomIndex(11)).isEmpty();
    }

    @Test
    void zeroNegativeAndNaNJudgmentsAreRejectedWithTheirPosition() {
        for (double bad : new double[] {0, -3, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Ahp.analyseIds(List.of("a", "b"), List.of(new Judgment("a", "b", bad))))
                    .isInstanceOf(EngineException.class)
                    .hasMessageContaining("judgment #1").hasMessageContaining("a vs b")
                    .hasMessageContaining("positive number")
                    .extracting(e -> ((EngineException) e).kind()).isEqualTo(EngineException.Kind.INVALID_INPUT);
        }
        assertThatThrownBy(() -> Ahp.analyseIds(List.of("a", "b"), List.of(new Judgment("a", "b", 12))))
                .isInstanceOf(EngineException.class).hasMessageContaining("Saaty");
    }

    @Test
    void aMissingJudgmentIsAnErrorNamingThePair() {
        assertThatThrownBy(() -> Ahp.analyseIds(List.of("a", "b", "c"), List.of(
                new Judgment("a", "b", 2), new Judgment("a", "c", 3))))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("no judgment between 'b' and 'c'");
    }

    @Test
    void unknownRepeatedAndSelfJudgmentsAreErrors() {
        assertThatThrownBy(() -> Ahp.analyseIds(List.of("a", "b"), List.of(new Judgment("a", "zzz", 2))))
                .isInstanceOf(EngineException.class).hasMessageContaining("'zzz'")
                .extracting(e -> ((EngineException) e).kind()).isEqualTo(EngineException.Kind.UNKNOWN_NAME);
        assertThatThrownBy(() -> Ahp.analyseIds(List.of("a", "b"), List.of(
                new Judgment("a", "b", 2), new Judgment("b", "a", 0.5))))
                .isInstanceOf(EngineException.class).hasMessageContaining("judgment #2").hasMessageContaining("#1");
        assertThatThrownBy(() -> Ahp.analyseIds(List.of("a", "b"), List.of(new Judgment("a", "a", 1))))
                .isInstanceOf(EngineException.class).hasMessageContaining("itself");
    }
}
