package org.kaname.engine.evaluation;

import org.kaname.model.Indicator;

/** An indicator with the id of what it belongs to: a support measure (支援策) or a measure. */
public record OwnedIndicator(String owner, Indicator indicator) {
}
