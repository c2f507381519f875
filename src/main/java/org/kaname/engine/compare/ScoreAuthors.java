package org.kaname.engine.compare;

import java.util.Optional;

/**
 * Who last changed a rater's value of a measure on a criterion, where that is known (the change journal knows; a
 * plain plan does not). Asked once for every changed, added or removed value of a comparison.
 */
@FunctionalInterface
public interface ScoreAuthors {
    /** Nobody is known for any value. */
    ScoreAuthors NONE = (measure, criterion, rater) -> Optional.empty();

    /** The person or department who last changed this cell, if known. */
    Optional<String> lastChangedBy(String measure, String criterion, String rater);
}
