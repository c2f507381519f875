package org.kaname.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kaname.edit.PlanPart;
import org.kaname.model.Plan;

/**
 * How the store merges a change of plan parts into parts someone else changed meanwhile, and checks the result: a
 * three-way merge (base = what the change replaced, mine = what it makes, theirs = what is stored now) that keeps
 * both sides where they touch different things and names each value both changed differently. The exchange format
 * knows what the "things" of a part are, so the service layer supplies it, as it supplies {@link PartsCodec}.
 */
public interface PartsMerge {
    /** No merging: any part changed by someone else is one conflict (store tests that build a store themselves). */
    PartsMerge NONE = new PartsMerge() {
        @Override
        public Result merge(Set<PlanPart> parts, Plan base, Plan mine, Plan theirs) {
            return new Result(mine, parts.stream().map(p -> new Conflict(p, p.name(), "", "")).toList());
        }

        @Override
        public Optional<String> problem(Plan plan) {
            return Optional.empty();
        }
    };

    /**
     * {@code parts} of {@code mine} merged with those of {@code theirs} since {@code base}: {@code merged} holds the
     * result in those parts (its other parts mean nothing), and {@code conflicts} every value both changed to
     * different values (then {@code merged} must not be written).
     */
    Result merge(Set<PlanPart> parts, Plan base, Plan mine, Plan theirs);

    /** What is wrong with {@code plan} as a whole (a merge of valid sides can still be invalid), or empty. */
    Optional<String> problem(Plan plan);

    record Result(Plan merged, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }
    }

    /** A value in {@code part} both sides changed: where, in words ({@code target}), and each side as text. */
    record Conflict(PlanPart part, String target, String mine, String theirs) {
    }
}
