package org.kaname.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Tier;

/** Group and pillar summaries of a ranking, in the plan's order of groups and pillars. */
public final class Summaries {
    private Summaries() {
    }

    /** One summary per support measure (group). */
    public static List<Summary> byGroup(Plan plan, Ranking ranking) {
        List<Summary> out = new ArrayList<>();
        for (MeasureGroup g : plan.groups()) {
            out.add(summarise(g.id(), g.title(), ranking, m -> g.id().equals(m.groupId())));
        }
        return out;
    }

    /** One summary per pillar: the mean over all ranked measures of its groups (not the mean of group means). */
    public static List<Summary> byPillar(Plan plan, Ranking ranking) {
        List<Summary> out = new ArrayList<>();
        for (Pillar p : plan.pillars()) {
            Set<String> groups = new HashSet<>();
            plan.groups().stream().filter(g -> p.id().equals(g.pillar())).forEach(g -> groups.add(g.id()));
            out.add(summarise(p.id(), p.name(), ranking, m -> groups.contains(m.groupId())));
        }
        return out;
    }

    /**
     * The measures outside every support measure (no group, as the format allows), summarised like a group with an
     * empty id and name for the caller to label (支援策なし); empty when every measure has a group of the plan.
     */
    public static Optional<Summary> outsideGroups(Plan plan, Ranking ranking) {
        Set<String> groups = new HashSet<>();
        plan.groups().forEach(g -> groups.add(g.id()));
        Predicate<RankedMeasure> outside = m -> m.groupId() == null || !groups.contains(m.groupId());
        return ranking.measures().stream().anyMatch(outside)
                ? Optional.of(summarise("", "", ranking, outside)) : Optional.empty();
    }

    /**
     * The measures outside every pillar (in a group without pillar, or in no group), summarised like a pillar with an
     * empty id and name for the caller to label (柱なし); empty when the plan has no pillars at all, since a summary
     * by pillar then means nothing, or when every measure is under one.
     */
    public static Optional<Summary> outsidePillars(Plan plan, Ranking ranking) {
        if (plan.pillars().isEmpty()) {
            return Optional.empty();
        }
        Set<String> pillars = new HashSet<>();
        plan.pillars().forEach(p -> pillars.add(p.id()));
        Set<String> underPillar = new HashSet<>();
        plan.groups().stream().filter(g -> g.pillar() != null && pillars.contains(g.pillar()))
                .forEach(g -> underPillar.add(g.id()));
        Predicate<RankedMeasure> outside = m -> m.groupId() == null || !underPillar.contains(m.groupId());
        return ranking.measures().stream().anyMatch(outside)
                ? Optional.of(summarise("", "", ranking, outside)) : Optional.empty();
    }

    private static Summary summarise(String id, String name, Ranking ranking, Predicate<RankedMeasure> member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ranking.tiers().forEach(t -> counts.put(t.name(), 0));
        counts.put(Tier.UNSCORED, 0);
        Tiers tiers = new Tiers(ranking.tiers());
        double sum = 0;
        int scored = 0;
        int total = 0;
        for (RankedMeasure m : ranking.measures()) {
            if (!member.test(m)) {
                continue;
            }
            total++;
            counts.merge(m.tier(), 1, Integer::sum);
            if (m.isScored()) {
                sum += m.score().getAsDouble();
                scored++;
            }
        }
        OptionalDouble mean = scored == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / scored);
        String tier = mean.isPresent() ? tiers.nameOf(mean.getAsDouble()) : Tier.UNSCORED;
        return new Summary(id, name, mean, tier, total, counts);
    }
}
