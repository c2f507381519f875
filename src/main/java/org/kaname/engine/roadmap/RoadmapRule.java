package org.kaname.engine.roadmap;

import java.util.Locale;

/** How measures are laid out over the years. {@link #PRIORITY_FIRST} is the default and the documented contract. */
public enum RoadmapRule {
    /** Rank order, prerequisites first, each at its earliest start within budget (docs/roadmap.md). */
    PRIORITY_FIRST;

    /** The word used on the command line and in files, e.g. {@code priority-first}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
