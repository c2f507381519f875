package org.kaname.edit;

import java.util.List;
import org.kaname.model.Plan;

/**
 * One change a person asked for, as a value: it names itself ({@link #kind()}), what it is about ({@link #target()})
 * and its wording ({@link #arguments()}, localised by {@link EditTexts}); it checks itself against a plan and resolves
 * into the exact {@link Change} it makes. Applying, storing, journaling and undoing all go through that change.
 */
public interface Edit {
    /** Stable code kept in the journal and shown in the history, e.g. {@code set-score}; a key of {@link EditTexts}. */
    String kind();

    /** What the edit is about, for the history's filters; {@link EditTarget#PLAN} for the plan as a whole. */
    EditTarget target();

    /** The values filled into the kind's description ({@code edit.<kind>} in the bundle), e.g. a measure's title. */
    List<String> arguments();

    /** Why, if the person said so (a score's note is the reason for a score); empty otherwise. */
    default String reason() {
        return "";
    }

    /**
     * The change this edit makes to {@code plan}, after checking it can: an empty change when it changes nothing,
     * an {@link EditRefusedException} naming the problem when it cannot be made (the plan is then untouched).
     */
    Change resolve(Plan plan) throws EditRefusedException;
}
