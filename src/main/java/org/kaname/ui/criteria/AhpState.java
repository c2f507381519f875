package org.kaname.ui.criteria;

import java.util.List;
import java.util.Optional;
import org.kaname.engine.AhpResult;

/**
 * The AHP editor's content: criteria (ids and names, in plan order), the full pairwise matrix ({@code matrix[i][k]}
 * is how many times criterion i is as important as k; NaN where the pair is not judged yet) and the engine's
 * analysis of it, or the reason there is none.
 */
public record AhpState(List<String> ids, List<String> names, double[][] matrix, Optional<AhpResult> result,
                       String error) {
    public static final AhpState EMPTY = new AhpState(List.of(), List.of(), new double[0][0], Optional.empty(), "");

    public AhpState {
        ids = List.copyOf(ids);
        names = List.copyOf(names);
    }

    /** The upper-triangle cell (row, column) that holds the most inconsistent judgment, if any. */
    public Optional<int[]> mostInconsistentCell() {
        return result.flatMap(AhpResult::mostInconsistent).map(inc -> {
            int a = ids.indexOf(inc.judgment().a());
            int b = ids.indexOf(inc.judgment().b());
            return new int[] {Math.min(a, b), Math.max(a, b)};
        });
    }
}
