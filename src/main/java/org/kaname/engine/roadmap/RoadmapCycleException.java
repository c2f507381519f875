package org.kaname.engine.roadmap;

import java.util.List;
import org.kaname.engine.EngineException;

/** The plan's prerequisites form a cycle, so no order can satisfy them; {@link #cycle()} names it, first id repeated last. */
public final class RoadmapCycleException extends EngineException {
    private final List<String> cycle;

    public RoadmapCycleException(List<String> cycle) {
        super(Kind.INVALID_INPUT, "roadmap.cycle", "The prerequisites form a cycle: " + String.join(" → ", cycle)
                + ". Remove one of these prerequisites so that the measures can be ordered.",
                String.join(" → ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    public List<String> cycle() {
        return cycle;
    }
}
