package org.kaname.store;

import java.time.Instant;
import java.util.List;
import org.kaname.model.Plan;

/**
 * A whole stored plan as one value: its content, when it was created and last changed, every row of its journal and
 * every named version, as stored. Read from one database and written into another by {@link PlanArchives}, it makes
 * a copy whose history, undo and version comparisons are the source's.
 */
public record PlanArchive(long sourceId, Plan plan, Instant createdAt, Instant updatedAt, List<JournalRow> journal,
                          List<VersionRow> versions) {
    public PlanArchive {
        journal = List.copyOf(journal);
        versions = List.copyOf(versions);
    }
}
