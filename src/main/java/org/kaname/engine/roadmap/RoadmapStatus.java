package org.kaname.engine.roadmap;

import java.util.Locale;

/** Where a measure ended up on the roadmap. {@link #code()} is the fixed word used in CSV output. */
public enum RoadmapStatus {
    /** Has a start and an end year inside the horizon (or a pinned start, possibly outside it). */
    SCHEDULED,
    /** Scored, but could not be placed; the row carries the reason. */
    DEFERRED,
    /** Has no score, so it takes no part in scheduling. */
    UNSCORED,
    /**
     * Its latest evaluation ended it (今後の方向性 廃止 or 完了) and it was not re-opened, so it leaves the roadmap;
     * the row carries the evaluation as its reason. Re-opened, it is scheduled again like any other.
     */
    ENDED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
