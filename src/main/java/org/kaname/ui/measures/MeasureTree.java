package org.kaname.ui.measures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
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

    /**
     * The tree with only what {@code matches} and what leads to it: an item that matches keeps everything under it,
     * an item that does not is kept (as a way to a match) only when something under it matches. The keys of those
     * ways are added to {@code ways}: the tree opens them so that every match shows.
     */
    public static List<MeasureTree> filter(List<MeasureTree> top, Predicate<TreeKey> matches, Set<TreeKey> ways) {
        List<MeasureTree> kept = new ArrayList<>();
        for (MeasureTree node : top) {
            if (matches.test(node.key())) {
                kept.add(node);
            } else {
                List<MeasureTree> children = filter(node.children(), matches, ways);
                if (!children.isEmpty()) {
                    kept.add(new MeasureTree(node.key(), children));
                    ways.add(node.key());
                }
            }
        }
        return kept;
    }

    /** How many measures the trees hold. */
    public static int measureCount(List<MeasureTree> trees) {
        int n = 0;
        for (MeasureTree t : trees) {
            n += t.key().kind() == TreeKey.Kind.MEASURE ? 1 : 0;
            n += measureCount(t.children());
        }
        return n;
    }

    /** The texts a filter looks in, per item: id, name or title, and the description, purpose and owner. */
    public static Function<TreeKey, String[]> texts(Plan plan) {
        Map<TreeKey, String[]> texts = new HashMap<>();
        plan.pillars().forEach(p -> texts.put(TreeKey.pillar(p.id()), new String[] {p.id(), p.name(), p.description()}));
        plan.groups().forEach(g -> texts.put(TreeKey.group(g.id()), new String[] {g.id(), g.title(), g.purpose()}));
        plan.measures().forEach(m -> texts.put(TreeKey.measure(m.id()),
                new String[] {m.id(), m.title(), m.description(), m.owner()}));
        return key -> texts.getOrDefault(key, new String[0]);
    }
}
