package org.kaname.ui.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.kaname.engine.Prerequisites;
import org.kaname.i18n.Messages;
import org.kaname.model.Evidence;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.DialogService;
import org.kaname.ui.EditRunner;
import org.kaname.ui.overview.NumberText;
import org.kaname.ui.overview.YenText;

/**
 * State and actions of the measure tree and its details forms. Every action is one plan edit (one undo step); a
 * refused one leaves the plan unchanged and returns the reason, for the view to show at the field.
 */
public final class MeasuresViewModel {
    private final EditRunner edits;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<TreeKey> selected = new SimpleObjectProperty<>();
    private final PlanEditor.Listener listener = plan::set;

    public MeasuresViewModel(PlanEditor editor, DialogService dialogs, Messages messages) {
        this.edits = new EditRunner(editor);
        this.dialogs = dialogs;
        this.messages = messages;
        plan.set(editor.plan());
        editor.addListener(listener);
    }

    public void dispose() {
        edits.editor().removeListener(listener);
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ObjectProperty<TreeKey> selectedProperty() {
        return selected;
    }

    public List<MeasureTree> tree() {
        return MeasureTree.of(plan.get());
    }

    /** The text of a tree row: {@code S1-1  title} for a measure, the title or name otherwise. */
    public String label(TreeKey key) {
        Plan p = plan.get();
        return switch (key.kind()) {
            case PILLAR -> p.pillars().stream().filter(x -> x.id().equals(key.id())).findFirst()
                    .map(Pillar::name).orElse(key.id());
            case GROUP -> p.group(key.id()).map(MeasureGroup::title).orElse(key.id());
            case MEASURE -> p.measure(key.id()).map(m -> m.id() + "  " + m.title()).orElse(key.id());
            case UNASSIGNED -> messages.get("tree.unassigned");
        };
    }

    /** The text a rename starts from: the title or name without the id. */
    public String name(TreeKey key) {
        Plan p = plan.get();
        return switch (key.kind()) {
            case MEASURE -> p.measure(key.id()).map(Measure::title).orElse("");
            default -> label(key);
        };
    }

    // ---- tree actions

    /**
     * What Insert does on {@code at}: a support measure under a pillar, a measure under a support measure, a sibling
     * under a measure's group, a pillar when nothing is selected. The new item becomes the selection.
     */
    public Optional<String> add(TreeKey at) {
        Plan p = plan.get();
        if (at == null || at.kind() == TreeKey.Kind.UNASSIGNED) {
            return addPillar();
        }
        return switch (at.kind()) {
            case PILLAR -> addGroup(at.id());
            case GROUP -> addMeasure(at.id());
            case MEASURE -> addMeasure(p.measure(at.id()).map(Measure::group).orElse(null));
            default -> addPillar();
        };
    }

    public Optional<String> addPillar() {
        Plan p = plan.get();
        String id = StructureEdits.newId("pillar", p.pillars().size() + 1,
                p.pillars().stream().map(Pillar::id).toList());
        Pillar pillar = new Pillar(id, messages.get("new.pillar"), "");
        return select(TreeKey.pillar(id), edits.apply(messages.get("edit.addPillar"), q -> {
            List<Pillar> pillars = new ArrayList<>(q.pillars());
            pillars.add(pillar);
            return q.withStructure(pillars, q.groups(), q.measures());
        }));
    }

    public Optional<String> addGroup(String pillarId) {
        Plan p = plan.get();
        String id = StructureEdits.newId("S", p.groups().size() + 1, p.groups().stream().map(MeasureGroup::id).toList());
        MeasureGroup group = new MeasureGroup(id, pillarId, messages.get("new.group"), "", List.of(), List.of());
        return select(TreeKey.group(id), edits.apply(messages.get("edit.addGroup"), q -> {
            List<MeasureGroup> groups = new ArrayList<>(q.groups());
            // After the pillar's last group, so the tree shows it where it was added.
            int at = lastIndex(groups.stream().map(g -> pillarId != null && pillarId.equals(g.pillar())).toList());
            groups.add(at < 0 ? groups.size() : at + 1, group);
            return q.withStructure(q.pillars(), groups, q.measures());
        }));
    }

    public Optional<String> addMeasure(String groupId) {
        Plan p = plan.get();
        Set<String> taken = p.measures().stream().map(Measure::id).collect(Collectors.toSet());
        long inGroup = p.measures().stream().filter(m -> groupId != null && groupId.equals(m.group())).count();
        String id = StructureEdits.newId(groupId == null ? "M" : groupId + "-", (int) inGroup + 1, taken);
        Measure measure = Measure.of(id, groupId, messages.get("new.measure"));
        return select(TreeKey.measure(id), edits.apply(messages.get("edit.addMeasure"), q -> {
            List<Measure> measures = new ArrayList<>(q.measures());
            int at = lastIndex(measures.stream().map(m -> groupId != null && groupId.equals(m.group())).toList());
            measures.add(at < 0 ? measures.size() : at + 1, measure);
            return q.withMeasures(measures);
        }));
    }

    /** Renames (the title or name of) {@code key}. */
    public Optional<String> rename(TreeKey key, String text) {
        return switch (key.kind()) {
            case PILLAR -> commit(PillarField.NAME, key.id(), text);
            case GROUP -> commit(GroupField.TITLE, key.id(), text);
            case MEASURE -> commit(MeasureField.TITLE, key.id(), text);
            case UNASSIGNED -> Optional.empty();
        };
    }

    /**
     * Removes {@code key} with everything that depends on it, after the user confirms what will go with it.
     * Empty when removed or when the user said no.
     */
    public Optional<String> remove(TreeKey key) {
        Plan p = plan.get();
        String title = messages.get("remove.title");
        switch (key.kind()) {
            case MEASURE -> {
                Measure m = p.measure(key.id()).orElseThrow();
                String question = messages.get("remove.measure", m.id(), m.title(),
                        StructureEdits.scoreCount(p, List.of(m.id())), StructureEdits.dependentCount(p, m.id()));
                if (!dialogs.confirm(title, question)) {
                    return Optional.empty();
                }
                return deselect(key, edits.apply(messages.get("edit.removeMeasure", m.id()),
                        q -> StructureEdits.removeMeasures(q, List.of(m.id()))));
            }
            case GROUP -> {
                MeasureGroup g = p.group(key.id()).orElseThrow();
                List<String> measures = p.measures().stream().filter(m -> g.id().equals(m.group()))
                        .map(Measure::id).toList();
                String question = messages.get("remove.group", g.title(), measures.size(),
                        StructureEdits.scoreCount(p, measures));
                if (!dialogs.confirm(title, question)) {
                    return Optional.empty();
                }
                return deselect(key, edits.apply(messages.get("edit.removeGroup", g.title()),
                        q -> StructureEdits.removeGroups(q, List.of(g.id()))));
            }
            case PILLAR -> {
                Pillar pl = p.pillars().stream().filter(x -> x.id().equals(key.id())).findFirst().orElseThrow();
                Set<String> groups = p.groups().stream().filter(g -> pl.id().equals(g.pillar()))
                        .map(MeasureGroup::id).collect(Collectors.toSet());
                List<String> measures = p.measures().stream().filter(m -> groups.contains(m.group()))
                        .map(Measure::id).toList();
                String question = messages.get("remove.pillar", pl.name(), groups.size(), measures.size(),
                        StructureEdits.scoreCount(p, measures));
                if (!dialogs.confirm(title, question)) {
                    return Optional.empty();
                }
                return deselect(key, edits.apply(messages.get("edit.removePillar", pl.name()),
                        q -> StructureEdits.removePillar(q, pl.id())));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    // ---- measure details

    /** What is wrong with {@code text} for {@code field} of measure {@code id}, before the plan sees it. */
    public Optional<String> check(MeasureField field, String id, String text) {
        String t = text == null ? "" : text.strip();
        return switch (field) {
            case ID -> t.isEmpty() ? error("error.idBlank")
                    : !t.equals(id) && plan.get().measure(t).isPresent() ? error("error.idTaken", t)
                    : Optional.empty();
            case TITLE -> t.isEmpty() ? error("error.titleBlank") : Optional.empty();
            case DESCRIPTION, OWNER -> Optional.empty();
            case INITIAL_COST, ANNUAL_COST -> yenError(text);
            case DURATION -> {
                OptionalInt years = NumberText.parseInt(t);
                yield years.isEmpty() ? error("error.notWhole", t)
                        : years.getAsInt() < 1 ? error("error.durationShort") : Optional.empty();
            }
        };
    }

    private Optional<String> yenError(String text) {
        if (YenText.isBlank(text)) {
            return error("error.amountRequired");
        }
        OptionalLong yen = YenText.parse(text);
        return yen.isEmpty() ? error("error.notAmount", text.strip())
                : yen.getAsLong() < 0 ? error("error.negativeAmount") : Optional.empty();
    }

    /** Applies {@code text} to {@code field} of measure {@code id}; a new id is carried into every reference. */
    public Optional<String> commit(MeasureField field, String id, String text) {
        Optional<String> error = check(field, id, text);
        if (error.isPresent()) {
            return error;
        }
        String t = text.strip();
        String description = messages.get("edit.measure." + field.name(), id);
        if (field == MeasureField.ID) {
            TreeKey before = selected.get();
            if (TreeKey.measure(id).equals(before)) {
                selected.set(TreeKey.measure(t));
            }
            Optional<String> refused = edits.apply(description,
                    p -> StructureEdits.changeMeasure(p, id, m -> MeasureDraft.change(m, d -> d.id = t)));
            if (refused.isPresent()) {
                selected.set(before);
            }
            return refused;
        }
        return changeMeasure(description, id, d -> {
            switch (field) {
                case TITLE -> d.title = t;
                case DESCRIPTION -> d.description = text;
                case OWNER -> d.owner = t;
                case INITIAL_COST -> d.initialCost = YenText.parse(t).getAsLong();
                case ANNUAL_COST -> d.annualCost = YenText.parse(t).getAsLong();
                case DURATION -> d.durationYears = NumberText.parseInt(t).getAsInt();
                default -> throw new IllegalStateException(field.name());
            }
        });
    }

    public Optional<String> commitEarliestStart(String id, Integer year) {
        return changeMeasure(messages.get("edit.measure.EARLIEST_START", id), id, d -> d.earliestStart = year);
    }

    /** Measures that could be prerequisites of {@code id}: all others, in plan order. */
    public List<Measure> prerequisiteCandidates(String id) {
        Measure m = plan.get().measure(id).orElseThrow();
        return plan.get().measures().stream().filter(x -> !x.id().equals(id) && !m.dependsOn().contains(x.id()))
                .toList();
    }

    /** Makes {@code prerequisite} a prerequisite of {@code id}, unless that closes a cycle (named in the refusal). */
    public Optional<String> addPrerequisite(String id, String prerequisite) {
        Plan p = plan.get();
        Measure m = p.measure(id).orElseThrow();
        if (m.dependsOn().contains(prerequisite)) {
            return Optional.empty();
        }
        List<String> depends = new ArrayList<>(m.dependsOn());
        depends.add(prerequisite);
        List<Measure> wouldBe = p.measures().stream().map(x -> x.id().equals(id) ? x.withDependsOn(depends) : x)
                .toList();
        Optional<List<String>> cycle = Prerequisites.findCycle(wouldBe);
        if (cycle.isPresent()) {
            return error("error.cycle", prerequisite, String.join(" → ", cycle.get()));
        }
        return changeMeasure(messages.get("edit.addPrerequisite", id), id, d -> d.dependsOn = depends);
    }

    public Optional<String> removePrerequisite(String id, String prerequisite) {
        return changeMeasure(messages.get("edit.removePrerequisite", id), id,
                d -> d.dependsOn = d.dependsOn.stream().filter(x -> !x.equals(prerequisite)).toList());
    }

    /** Sets the problems {@code id} addresses, kept in the plan's order of problems. */
    public Optional<String> setAddresses(String id, List<String> problemIds) {
        List<String> ordered = plan.get().problems().stream().map(pr -> pr.id()).filter(problemIds::contains)
                .toList();
        return changeMeasure(messages.get("edit.addresses", id), id, d -> d.addresses = ordered);
    }

    public Optional<String> setIndicators(String id, List<Indicator> indicators) {
        return changeMeasure(messages.get("edit.indicators", id), id, d -> d.indicators = List.copyOf(indicators));
    }

    public Optional<String> setEvidence(String id, List<Evidence> evidence) {
        return changeMeasure(messages.get("edit.evidence", id), id, d -> d.evidence = List.copyOf(evidence));
    }

    private Optional<String> changeMeasure(String description, String id, java.util.function.Consumer<MeasureDraft> c) {
        return edits.apply(description, p -> StructureEdits.changeMeasure(p, id, m -> MeasureDraft.change(m, c)));
    }

    // ---- group and pillar details

    public Optional<String> check(GroupField field, String text) {
        return field == GroupField.TITLE && (text == null || text.isBlank()) ? error("error.titleBlank")
                : Optional.empty();
    }

    public Optional<String> commit(GroupField field, String id, String text) {
        Optional<String> error = check(field, text);
        if (error.isPresent()) {
            return error;
        }
        return changeGroup(messages.get("edit.group." + field.name()), id, g -> field == GroupField.TITLE
                ? new MeasureGroup(g.id(), g.pillar(), text.strip(), g.purpose(), g.indicators(), g.evidence())
                : new MeasureGroup(g.id(), g.pillar(), g.title(), text, g.indicators(), g.evidence()));
    }

    public Optional<String> setGroupPillar(String id, String pillarId) {
        return changeGroup(messages.get("edit.group.PILLAR"), id,
                g -> new MeasureGroup(g.id(), pillarId, g.title(), g.purpose(), g.indicators(), g.evidence()));
    }

    public Optional<String> setGroupIndicators(String id, List<Indicator> indicators) {
        return changeGroup(messages.get("edit.group.INDICATORS"), id,
                g -> new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), indicators, g.evidence()));
    }

    public Optional<String> setGroupEvidence(String id, List<Evidence> evidence) {
        return changeGroup(messages.get("edit.group.EVIDENCE"), id,
                g -> new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), g.indicators(), evidence));
    }

    private Optional<String> changeGroup(String description, String id,
                                         java.util.function.UnaryOperator<MeasureGroup> change) {
        return edits.apply(description, p -> StructureEdits.changeGroup(p, id, change));
    }

    public Optional<String> check(PillarField field, String text) {
        return field == PillarField.NAME && (text == null || text.isBlank()) ? error("error.nameBlank")
                : Optional.empty();
    }

    public Optional<String> commit(PillarField field, String id, String text) {
        Optional<String> error = check(field, text);
        if (error.isPresent()) {
            return error;
        }
        return edits.apply(messages.get("edit.pillar." + field.name()), p -> StructureEdits.changePillar(p, id,
                x -> field == PillarField.NAME ? new Pillar(x.id(), text.strip(), x.description())
                        : new Pillar(x.id(), x.name(), text)));
    }

    private Optional<String> error(String key, Object... args) {
        return Optional.of(messages.get(key, args));
    }

    private Optional<String> select(TreeKey key, Optional<String> refused) {
        if (refused.isEmpty()) {
            selected.set(key);
        }
        return refused;
    }

    private Optional<String> deselect(TreeKey key, Optional<String> refused) {
        if (refused.isEmpty() && key.equals(selected.get())) {
            selected.set(null);
        }
        return refused;
    }

    private static int lastIndex(List<Boolean> matches) {
        return matches.lastIndexOf(Boolean.TRUE);
    }
}
