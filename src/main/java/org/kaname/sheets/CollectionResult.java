package org.kaname.sheets;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code apply} stored, in one transaction: the files whose rows were stored (wholly, or their valid rows when
 * partial files were accepted), the files from which nothing was stored, and the count of scores added, changed,
 * removed (emptied cells) and found unchanged.
 */
public record CollectionResult(List<Path> stored, List<Path> rejected, int added, int changed, int removed,
                               int unchanged) {
    public CollectionResult {
        stored = List.copyOf(stored);
        rejected = List.copyOf(rejected);
    }
}
