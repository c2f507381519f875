package org.kaname.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaname.model.Plan;
import org.kaname.model.Tier;

/**
 * The priority tiers (優先度の区分, e.g. 高 ≥ 70): the whole table at once ({@code set-tiers}), one added below the
 * others ({@link #add}, {@code add-tier}) or one removed by name ({@link #remove}, {@code remove-tier}). Names are
 * unique and a plan keeps at least one tier.
 */
public record SetTiers(Action action, List<Tier> tiers, String name) implements Edit {
    public enum Action {
        SET("set-tiers"), ADD("add-tier"), REMOVE("remove-tier");

        private final String kind;

        Action(String kind) {
            this.kind = kind;
        }
    }

    public SetTiers {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    /** The whole table as typed. */
    public static SetTiers of(List<Tier> tiers) {
        return new SetTiers(Action.SET, tiers, null);
    }

    /** {@code tier} added after the others. */
    public static SetTiers add(Tier tier) {
        return new SetTiers(Action.ADD, List.of(tier), tier.name());
    }

    /** The tier named {@code name} removed. */
    public static SetTiers remove(String name) {
        return new SetTiers(Action.REMOVE, List.of(), name);
    }

    @Override
    public String kind() {
        return action.kind;
    }

    @Override
    public EditTarget target() {
        return EditTarget.PLAN;
    }

    @Override
    public List<String> arguments() {
        if (action == Action.SET) {
            return List.of(tiers.stream().map(t -> t.name() + " ≥ " + ScoreValues.text(t.minScore()))
                    .collect(Collectors.joining(", ")));
        }
        return List.of(name);
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        List<Tier> next = switch (action) {
            case SET -> tiers;
            case ADD -> {
                List<Tier> list = new ArrayList<>(plan.tiers());
                list.addAll(tiers);
                yield list;
            }
            case REMOVE -> {
                List<Tier> list = new ArrayList<>(plan.tiers());
                if (!list.removeIf(t -> t.name().equals(name))) {
                    throw new EditRefusedException("unknownTier", name);
                }
                yield list;
            }
        };
        if (next.isEmpty()) {
            throw new EditRefusedException("lastTier");
        }
        Set<String> names = new HashSet<>();
        for (Tier t : next) {
            if (t.name() == null || t.name().isBlank()) {
                throw new EditRefusedException("tierNameBlank");
            }
            if (!names.add(t.name())) {
                throw new EditRefusedException("duplicateTier", t.name());
            }
            if (!Double.isFinite(t.minScore())) {
                throw new EditRefusedException("notNumber", String.valueOf(t.minScore()));
            }
        }
        return Change.between(plan, plan.withTiers(next));
    }
}
