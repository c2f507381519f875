package org.kaname.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.kaname.io.PlanValidator;
import org.kaname.model.Plan;

/**
 * What every named edit must do, checked in one place: it resolves into a change that leaves a valid plan, whose
 * inverse (and whose restoring change, as undo makes it) gives the plan back exactly, and it is described in Japanese
 * and English; a refusal carries the expected key and a text in both languages.
 */
final class EditCheck {
    static final EditTexts JA = EditTexts.of(Locale.JAPANESE);
    static final EditTexts EN = EditTexts.of(Locale.ENGLISH);

    private EditCheck() {
    }

    /** {@code plan} after {@code edit}, which must change something. */
    static Plan apply(Plan plan, Edit edit) throws EditRefusedException {
        Change change = edit.resolve(plan);
        assertThat(change.isEmpty()).as("%s changes something", edit.kind()).isFalse();
        Plan after = change.applyTo(plan);
        assertThat(new PlanValidator(Locale.ENGLISH).validate(after)).as("plan valid after %s", edit.kind())
                .isEmpty();
        sameContent(change.inverse().applyTo(after), plan, edit.kind() + " inverted");
        sameContent(change.restoring(after).applyTo(after), plan, edit.kind() + " undone");
        described(edit);
        return after;
    }

    /** Equal plans, scores compared as a set: a score put back goes after its measure's others, not to its place. */
    static void sameContent(Plan actual, Plan expected, String what) {
        assertThat(actual.scores()).as("scores, %s", what).containsExactlyInAnyOrderElementsOf(expected.scores());
        assertThat(actual.withScores(expected.scores())).as(what).isEqualTo(expected);
    }

    /** The refusal of {@code edit} on {@code plan}, which must have {@code key} and leave the plan alone. */
    static EditRefusedException refused(Plan plan, Edit edit, String key) {
        EditRefusedException e = catchThrowableOfType(() -> edit.resolve(plan), EditRefusedException.class);
        assertThat(e).as("%s refused", edit.kind()).isNotNull();
        assertThat(e.key()).as("refusal key of %s", edit.kind()).isEqualTo(key);
        String ja = JA.refusal(e);
        String en = EN.refusal(e);
        assertThat(ja).doesNotStartWith("!").doesNotContain("{").isNotEqualTo(en);
        assertThat(en).doesNotStartWith("!").doesNotContain("{");
        assertThat(e.getMessage()).isEqualTo(en);
        return e;
    }

    /** The edit's kind has a short name and a description in both languages, with every placeholder filled. */
    static void described(Edit edit) {
        for (EditTexts texts : new EditTexts[] {JA, EN}) {
            assertThat(texts.kindName(edit.kind())).as("kind name of %s", edit.kind()).doesNotStartWith("!");
            assertThat(texts.describe(edit)).as("description of %s", edit.kind()).doesNotStartWith("!")
                    .doesNotContain("{").isNotBlank();
        }
        assertThat(JA.describe(edit)).isNotEqualTo(EN.describe(edit));
        assertThat(JA.kindName(edit.kind())).isNotEqualTo(EN.kindName(edit.kind()));
    }
}
