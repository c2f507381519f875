package org.kaname.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Saaty's scale as the AHP matrix shows and reads it (the weighting functions are tested in org.kaname.edit). */
class SaatyScaleTest {
    @Test
    void saatyScaleValuesTextAndNearest() {
        assertThat(SaatyScale.values()).hasSize(17).startsWith(1.0 / 9).endsWith(9.0);
        assertThat(SaatyScale.format(1.0 / 3)).isEqualTo("1/3");
        assertThat(SaatyScale.format(5)).isEqualTo("5");
        assertThat(SaatyScale.format(2.5)).isEqualTo("2.5");
        assertThat(SaatyScale.parse("1/4")).isEqualTo(0.25);
        assertThat(SaatyScale.nearest(2.9)).isEqualTo(3.0);
        assertThat(SaatyScale.nearest(0.3)).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(SaatyScale.nearest(40)).isEqualTo(9.0);
    }
}
