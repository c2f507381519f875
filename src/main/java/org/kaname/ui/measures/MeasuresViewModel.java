package org.kaname.ui.measures;

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
import org.kaname.edit.AddGroup;
import org.kaname.edit.AddMeasure;
import org.kaname.edit.AddPillar;
import org.kaname.edit.ChangeGroup;
import org.kaname.edit.ChangeMeasure;
import org.kaname.edit.ChangePillar;
import org.kaname.edit.Holder;
import org.kaname.edit.RemoveGroup;
import org.kaname.edit.RemoveMeasures;
import org.kaname.edit.RemovePillar;
import org.kaname.edit.SetAddresses;
import org.kaname.edit.SetEvidence;
import org.kaname.edit.SetIndicators;
import org.kaname.edit.SetPrerequisite;
import org.kaname.edit.SetYearCosts;
import org.kaname.engine.cost.CostLine;
import org.kaname.engine.cost.MeasureCosts;
import org.kaname.i18n.Messages;
import org.kaname.model.Evidence;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.YearCost;
import org.kaname.service.PlanEditor;
import org.kaname.ui.DialogService;
import org.kaname.ui.ScreenContext;
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

    public MeasuresViewModel(ScreenContext context, Messages messages) {
        PlanEditor editor = context.editor();
        this.edits = new EditRunner(editor);
        this.dialogs = context.dialogs();
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
        String id = AddPillar.newId(p);
        return select(TreeKey.pillar(id), edits.apply(new AddPillar(new Pillar(id, messages.get("new.pillar"), ""))));
    }

    public Optional<String> addGroup(String pillarId) {
        Plan p = plan.get();
        String id = AddGroup.newId(p);
        MeasureGroup group = new MeasureGroup(id, pillarId, messages.get("new.group"), "", List.of(), List.of());
        // Added after the pillar's last group, so the tree shows it where it was added.
        return select(TreeKey.group(id), edits.apply(new AddGroup(group)));
    }

    public Optional<String> addMeasure(String groupId) {
        Plan p = plan.get();
        String id = AddMeasure.newId(p, groupId);
        Measure measure = Measure.of(id, groupId, messages.get("new.measure"));
        return select(TreeKey.measure(id), edits.apply(new AddMeasure(measure)));
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
                        scoreCount(p, List.of(m.id())), dependentCount(p, m.id()));
                if (!dialogs.confirm(title, question)) {
                    return Optional.empty();
                }
                return deselect(key, edits.apply(RemoveMeasures.of(m.id())));
            }
            case GROUP -> {
                MeasureGroup g = p.group(key.id()).orElseThrow();
                List<String> measures = p.measures().stream().filter(m -> g.id().equals(m.group()))
                        .map(Measure::id).toList();
                String question = messages.get("remove.group", g.title(), measures.size(),
                        scoreCount(p, measures));
                if (!dialogs.confirm(title, question)) {
                    return Optional.empty();
                }
                return deselect(key, edits.apply(new RemoveGroup(g.id())));
            }
            case PILLAR -> {
                Pillar pl = p.pillars().stream().filter(x -> x.id().equals(key.id())).findFirst().orElseThrow();
                Set<String> groups = p.groups().stream().filter(g -> pl.id().equals(g.pillar()))
                        .map(MeasureGroup::id).collect(Collectors.toSet());
                List<String> measures = p.measures().stream().filter(m -> groups.contains(m.group()))
                        .map(Measure::id).toList();
                String question = messages.get("remove.pillar", pl.name(), groups.size(), measures.size(),
                        scoreCount(p, measures));
                if (!dialogs.confirm(title, question)) {
                    return Optional.empty();
                }
                return deselect(key, edits.apply(new RemovePillar(pl.id())));
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
        if (field == MeasureField.ID) {
            TreeKey before = selected.get();
            if (TreeKey.measure(id).equals(before)) {
                selected.set(TreeKey.measure(t));
            }
            Optional<String> refused = edits.apply(ChangeMeasure.id(id, t));
            if (refused.isPresent()) {
                selected.set(before);
            }
            return refused;
        }
        return edits.apply(switch (field) {
            case TITLE -> ChangeMeasure.title(id, t);
            case DESCRIPTION -> ChangeMeasure.description(id, text);
            case OWNER -> ChangeMeasure.owner(id, t);
            case INITIAL_COST -> ChangeMeasure.initialCost(id, YenText.parse(t).getAsLong());
            case ANNUAL_COST -> ChangeMeasure.annualCost(id, YenText.parse(t).getAsLong());
            case DURATION -> ChangeMeasure.duration(id, NumberText.parseInt(t).getAsInt());
            case ID -> throw new IllegalStateException(field.name());
        });
    }

    public Optional<String> commitEarliestStart(String id, Integer year) {
        return edits.apply(ChangeMeasure.earliestStart(id, year));
    }

    /** Measures that could be prerequisites of {@code id}: all others, in plan order. */
    public List<Measure> prerequisiteCandidates(String id) {
        Measure m = plan.get().measure(id).orElseThrow();
        return plan.get().measures().stream().filter(x -> !x.id().equals(id) && !m.dependsOn().contains(x.id()))
                .toList();
    }

    /** Makes {@code prerequisite} a prerequisite of {@code id}, unless that closes a cycle (named in the refusal). */
    public Optional<String> addPrerequisite(String id, String prerequisite) {
        return edits.apply(SetPrerequisite.add(id, prerequisite));
    }

    public Optional<String> removePrerequisite(String id, String prerequisite) {
        return edits.apply(SetPrerequisite.remove(id, prerequisite));
    }

    /** Sets the problems {@code id} addresses, kept in the plan's order of problems. */
    public Optional<String> setAddresses(String id, List<String> problemIds) {
        return edits.apply(new SetAddresses(id, problemIds));
    }

    public Optional<String> setIndicators(String id, List<Indicator> indicators) {
        return edits.apply(new SetIndicators(Holder.MEASURE, id, indicators));
    }

    public Optional<String> setEvidence(String id, List<Evidence> evidence) {
        return edits.apply(new SetEvidence(Holder.MEASURE, id, evidence));
    }

    // ---- costs by 年度 (issue 16)

    /** Sets the costs by 年度 of {@code id} (an empty list returns it to the simple form): one edit. */
    public Optional<String> setYearCosts(String id, List<YearCost> costs) {
        return edits.apply(new SetYearCosts(id, costs));
    }

    /**
     * Switches {@code id} to costs by 年度, starting from what its simple form costs in each year as planned (all of
     * it 事業費), so nothing typed before is lost; the simple form's amounts stay kept for a switch back.
     */
    public Optional<String> useYearCosts(String id) {
        Measure m = plan.get().measure(id).orElseThrow();
        if (m.hasYearCosts()) {
            return Optional.empty();
        }
        List<YearCost> rows = MeasureCosts.planned(plan.get(), m).stream()
                .map(l -> YearCost.project(l.year(), l.project())).toList();
        return setYearCosts(id, rows);
    }

    /** Switches {@code id} back to the simple form (initial plus annual, kept all along). */
    public Optional<String> useSimpleForm(String id) {
        Measure m = plan.get().measure(id).orElseThrow();
        return m.hasYearCosts() ? setYearCosts(id, List.of()) : Optional.empty();
    }

    /** The plan's 単価 of one 人工 in yen per year (0: not set). */
    public long personnelRate() {
        return plan.get().followUp().personnelRate();
    }

    /** A new year's row for {@code id}: the year after its last, or its planned start, costing nothing. */
    public YearCost newYearCost(String id) {
        Measure m = plan.get().measure(id).orElseThrow();
        int year = m.hasYearCosts() ? m.yearCosts().get(m.yearCosts().size() - 1).year() + 1
                : MeasureCosts.plannedStart(plan.get(), m);
        return YearCost.project(year, 0);
    }

    /** The measure's costs over all its years in words, in 千円: 事業費, 人件費, 合計, 一般財源. */
    public String yearCostTotals(String id) {
        Measure m = plan.get().measure(id).orElse(null);
        if (m == null) {
            return "";
        }
        CostLine sum = CostLine.zero(0);
        for (CostLine l : MeasureCosts.planned(plan.get(), m)) {
            sum = sum.plus(l);
        }
        return messages.get("yearCost.totals", ThousandYen.rounded(sum.project()),
                ThousandYen.rounded(sum.personnel()), ThousandYen.rounded(sum.total()),
                ThousandYen.rounded(sum.generalFund()));
    }

    /** Says that 人件費 counts as nothing while the plan has no 単価, and where to set it; empty once it is set. */
    public String personnelRateNote() {
        long rate = personnelRate();
        return rate == 0 ? messages.get("yearCost.noRate")
                : messages.get("yearCost.rate", org.kaname.ui.overview.YenText.format(rate));
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
        return edits.apply(new ChangeGroup(id, field == GroupField.TITLE ? ChangeGroup.Field.TITLE
                : ChangeGroup.Field.PURPOSE, text));
    }

    public Optional<String> setGroupPillar(String id, String pillarId) {
        return edits.apply(new ChangeGroup(id, ChangeGroup.Field.PILLAR, pillarId));
    }

    public Optional<String> setGroupIndicators(String id, List<Indicator> indicators) {
        return edits.apply(new SetIndicators(Holder.GROUP, id, indicators));
    }

    public Optional<String> setGroupEvidence(String id, List<Evidence> evidence) {
        return edits.apply(new SetEvidence(Holder.GROUP, id, evidence));
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
        return edits.apply(new ChangePillar(id, field == PillarField.NAME ? ChangePillar.Field.NAME
                : ChangePillar.Field.DESCRIPTION, text));
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

    private static long scoreCount(Plan p, List<String> measureIds) {
        return p.scores().stream().filter(s -> measureIds.contains(s.measure())).count();
    }

    private static long dependentCount(Plan p, String measureId) {
        return p.measures().stream().filter(m -> !m.id().equals(measureId))
                .filter(m -> m.dependsOn().contains(measureId)).count();
    }
}
