package org.kaname.ui.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;

/** The plan's structure as a tree in plan order: pillar → support measure → measure. */
public record MeasureTree(TreeKey key, List<MeasureTree> children) {
    public static final TreeKey UNASSIGNED = new TreeKey(TreeKey.Kind.UNASSIGNED, "");

    /** The top level; groups without a known pillar and measures without a known group end under {@link #UNASSIGNED}. */
    public static List<MeasureTree> of(Plan plan) {
        Set<String> pillarIds = plan.pillars().stream().map(Pillar::id).collect(Collectors.toSet());
        Set<String> groupIds = plan.groups().stream().map(MeasureGroup::id).collect(Collectors.toSet());
        List<MeasureTree> top = new ArrayList<>();
        for (Pillar p : plan.pillars()) {
            top.add(new MeasureTree(TreeKey.pillar(p.id()), plan.groups().stream()
                    .filter(g -> p.id().equals(g.pillar())).map(g -> group(plan, g)).toList()));
        }
        List<MeasureTree> loose = new ArrayList<>();
        plan.groups().stream().filter(g -> g.pillar() == null || !pillarIds.contains(g.pillar()))
                .forEach(g -> loose.add(group(plan, g)));
        plan.measures().stream().filter(m -> m.group() == null || !groupIds.contains(m.group()))
                .forEach(m -> loose.add(new MeasureTree(TreeKey.measure(m.id()), List.of())));
        if (!loose.isEmpty()) {
            top.add(new MeasureTree(UNASSIGNED, loose));
        }
        return top;
    }

    private static MeasureTree group(Plan plan, MeasureGroup g) {
        return new MeasureTree(TreeKey.group(g.id()), plan.measures().stream().filter(m -> g.id().equals(m.group()))
                .map(Measure::id).map(id -> new MeasureTree(TreeKey.measure(id), List.of())).toList());
    }
}
