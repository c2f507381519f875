package org.kaname.edit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * Sets the numbers of one indicator of a measure or a support measure ({@code set-indicator-numbers}): its direction,
 * its baseline (現状値) with the baseline's 年度, and its targets by 年度, one of which may be marked final. Its texts
 * and actuals stay. No baseline and no targets make the indicator qualitative (text only) again. Refused: an unknown
 * owner or indicator, two targets for one 年度, more than one final target, a baseline that is not a finite number.
 */
public record SetIndicatorNumbers(Holder holder, String ownerId, String indicatorId, IndicatorDirection direction,
                                  Double baseline, Integer baselineYear, List<IndicatorTarget> targets)
        implements Edit {
    public SetIndicatorNumbers {
        if (holder == Holder.PROBLEM) {
            throw new IllegalArgumentException("problems have no indicators");
        }
        direction = direction == null ? IndicatorDirection.UP : direction;
        targets = targets == null ? List.of() : targets.stream()
                .sorted(java.util.Comparator.comparingInt(IndicatorTarget::year)).toList();
    }

    @Override
    public String kind() {
        return "set-indicator-numbers";
    }

    @Override
    public EditTarget target() {
        return holder == Holder.MEASURE ? EditTarget.measure(ownerId) : EditTarget.PLAN;
    }

    /** The indicator, its owner, and how many targets it now has. */
    @Override
    public List<String> arguments() {
        return List.of(indicatorId, ownerId, String.valueOf(targets.size()));
    }

    @Override
    public Change resolve(Plan plan) throws EditRefusedException {
        List<Indicator> indicators = holder == Holder.MEASURE ? Lookup.measure(plan, ownerId).indicators()
                : Lookup.group(plan, ownerId).indicators();
        if (indicators.stream().noneMatch(i -> i.id().equals(indicatorId))) {
            throw new EditRefusedException("indicatorNotOfOwner", indicatorId, ownerId);
        }
        if (baseline != null && !Double.isFinite(baseline)) {
            throw new EditRefusedException("baselineNotFinite", String.valueOf(baseline));
        }
        Set<Integer> years = new HashSet<>();
        for (IndicatorTarget t : targets) {
            if (!years.add(t.year())) {
                throw new EditRefusedException("duplicateTargetYear", String.valueOf(t.year()));
            }
        }
        if (targets.stream().filter(IndicatorTarget::isFinal).count() > 1) {
            throw new EditRefusedException("severalFinalTargets", Lookup.joined(targets.stream()
                    .filter(IndicatorTarget::isFinal).map(t -> String.valueOf(t.year())).toList()));
        }
        List<Indicator> changed = indicators.stream().map(i -> i.id().equals(indicatorId)
                ? i.withNumbers(direction, baseline, baselineYear, targets) : i).toList();
        if (holder == Holder.MEASURE) {
            return Change.between(plan, StructureEdits.changeMeasure(plan, ownerId, m -> m.withIndicators(changed)));
        }
        return Change.between(plan, StructureEdits.changeGroup(plan, ownerId,
                g -> new MeasureGroup(g.id(), g.pillar(), g.title(), g.purpose(), changed, g.evidence())));
    }
}
