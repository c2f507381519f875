package org.kaname.engine.compare;

import java.util.Objects;

/** A measure named by its id and title, as one version of the plan has it. */
public record MeasureRef(String id, String title) {
    public MeasureRef {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
    }
}
