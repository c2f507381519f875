package org.kaname.ui;

import java.util.List;

/** One row of the plan tree: a pillar, a support measure or a measure, with the texts its columns show. */
public record MeasureRow(Kind kind, String id, String title, List<String> criterionValues, String score, String tier) {
    /** What the row stands for. */
    public enum Kind { PILLAR, GROUP, MEASURE }

    public MeasureRow {
        criterionValues = List.copyOf(criterionValues);
    }

    public static MeasureRow heading(Kind kind, String id, String title) {
        return new MeasureRow(kind, id, title, List.of(), "", "");
    }
}
