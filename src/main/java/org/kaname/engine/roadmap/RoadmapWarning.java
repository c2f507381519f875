package org.kaname.engine.roadmap;

import java.util.List;

/**
 * Something the roadmap does that a planner should know about, caused by a pin or by the plan's data; reported,
 * never hidden. {@link RoadmapTexts#warning} turns it into a sentence.
 */
public sealed interface RoadmapWarning {

    /** Pinned measures make {@code year} spend {@code spent} against a cap of {@code cap}. */
    record PinnedOverBudget(int year, long spent, long cap, List<String> pinnedMeasureIds) implements RoadmapWarning {
        public PinnedOverBudget {
            pinnedMeasureIds = List.copyOf(pinnedMeasureIds);
        }

        public long over() {
            return spent - cap;
        }
    }

    /**
     * A pinned measure starts in {@code pinnedStart} although its prerequisite is not scheduled
     * ({@code prerequisiteEnd} null) or ends only in {@code prerequisiteEnd}, which is not before the pin.
     */
    record PinnedBeforePrerequisite(String measureId, int pinnedStart, String prerequisiteId,
                                    RoadmapStatus prerequisiteStatus, Integer prerequisiteEnd)
            implements RoadmapWarning {
    }

    /** A pinned measure starts before its own earliest start. */
    record PinnedBeforeEarliestStart(String measureId, int pinnedStart, int earliestStart) implements RoadmapWarning {
    }

    /** A pinned measure occupies years {@code start}…{@code end}, partly outside the plan's horizon. */
    record PinnedOutsideHorizon(String measureId, int start, int end) implements RoadmapWarning {
    }

    /** A measure is pinned but has no score; unscored measures are not scheduled, so the pin is ignored. */
    record PinnedButUnscored(String measureId, int pinnedStart) implements RoadmapWarning {
    }

    /** A prerequisite names no measure of the plan; it is ignored. */
    record UnknownPrerequisite(String measureId, String prerequisiteId) implements RoadmapWarning {
    }
}
