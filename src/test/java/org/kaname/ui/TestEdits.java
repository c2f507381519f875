package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.kaname.edit.Edit;
import org.kaname.edit.EditTarget;
import org.kaname.edit.PlanRewrite;
import org.kaname.model.Plan;

/**
 * A test's own set-up of the open plan (several rounds at once, a plan emptied…) as one edit. The screens change
 * plans only through the named edits of {@code org.kaname.edit}; tests use those too where one fits.
 */
public final class TestEdits {
    private TestEdits() {
    }

    /** The whole-plan change {@code change}, journaled as a general edit described by {@code what}. */
    public static Edit rewrite(String what, UnaryOperator<Plan> change) {
        return new PlanRewrite("edit", EditTarget.PLAN, List.of(what), change);
    }

    /**
     * {@code actual} holds what {@code expected} holds. Scores are compared as a set: an undone removal puts each
     * score back after the other scores of its measure (the order the store keeps them in), not at its old place.
     */
    public static void assertSameContent(Plan actual, Plan expected) {
        assertThat(actual.scores()).containsExactlyInAnyOrderElementsOf(expected.scores());
        assertThat(actual.withScores(expected.scores())).isEqualTo(expected);
    }
}
