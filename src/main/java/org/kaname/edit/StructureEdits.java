package org.kaname.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.kaname.model.Evaluation;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Score;

/**
 * Pure changes of a plan's structure that keep its references whole: removing a measure also removes its scores, its
 * evaluations and its mentions in other measures' prerequisites and in rounds; renaming an id renames every reference
 * to it. The structure edits ({@link RemoveMeasures}, {@link ChangeMeasure}…) resolve through these.
 */
final class StructureEdits {
    private StructureEdits() {
    }

    /** After the last item matching {@code inPlace}, or at the end when none does. */
    static <T> List<T> insertAfterLast(List<T> items, T item, Predicate<T> inPlace) {
        List<T> out = new ArrayList<>(items);
        int at = -1;
        for (int i = 0; i < out.size(); i++) {
            if (inPlace.test(out.get(i))) {
                at = i;
            }
        }
        out.add(at < 0 ? out.size() : at + 1, item);
        return out;
    }

    /** Without the measures {@code ids}, their scores, and every prerequisite naming them. */
    static Plan removeMeasures(Plan p, Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        List<Measure> measures = p.measures().stream().filter(m -> !gone.contains(m.id()))
                .map(m -> m.dependsOn().stream().anyMatch(gone::contains)
                        ? m.withDependsOn(m.dependsOn().stream().filter(d -> !gone.contains(d)).toList()) : m)
                .toList();
        List<Score> scores = p.scores().stream().filter(s -> !gone.contains(s.measure())).toList();
        Plan q = p.withStructure(p.pillars(), p.groups(), measures).withScores(scores)
                .withRounds(p.rounds().stream().map(r -> r.withoutMeasures(gone)).toList());
        boolean evaluated = p.followUp().evaluations().stream().anyMatch(e -> gone.contains(e.measureId()));
        return !evaluated ? q : q.withFollowUp(p.followUp().withEvaluations(p.followUp().evaluations().stream()
                .filter(e -> !gone.contains(e.measureId())).toList()));
    }

    /** Without the groups {@code ids}, their measures (as {@link #removeMeasures}) and peer cases' links to them. */
    static Plan removeGroups(Plan p, Collection<String> ids) {
        Set<String> gone = Set.copyOf(ids);
        // A measure in no group stays (Set.copyOf refuses contains(null), hence the check).
        List<String> measures = p.measures().stream().filter(m -> m.group() != null && gone.contains(m.group()))
                .map(Measure::id).toList();
        Plan q = removeMeasures(p, measures);
        List<MeasureGroup> groups = q.groups().stream().filter(g -> !gone.contains(g.id())).toList();
        List<PeerCase> cases = q.cases().stream().map(c -> c.groups().stream().anyMatch(gone::contains)
                ? new PeerCase(c.municipality(), c.title(), c.summary(), c.successFactors(), c.results(), c.sources(),
                c.groups().stream().filter(g -> !gone.contains(g)).toList())
                : c).toList();
        return PlanHead.withCases(q.withStructure(q.pillars(), groups, q.measures()), cases);
    }

    /** Without the pillar {@code id} and everything under it. */
    static Plan removePillar(Plan p, String id) {
        List<String> groups = p.groups().stream().filter(g -> id.equals(g.pillar())).map(MeasureGroup::id).toList();
        Plan q = removeGroups(p, groups);
        return q.withStructure(q.pillars().stream().filter(pl -> !pl.id().equals(id)).toList(), q.groups(),
                q.measures());
    }

    /** With measure {@code id} changed by {@code change}; a new id is carried into prerequisites and scores. */
    static Plan changeMeasure(Plan p, String id, UnaryOperator<Measure> change) {
        Measure old = p.measure(id).orElseThrow();
        Measure now = change.apply(old);
        String newId = now.id();
        List<Measure> measures = p.measures().stream().map(m -> {
            Measure x = m.id().equals(id) && m == old ? now : m;
            if (!newId.equals(id) && x.dependsOn().contains(id)) {
                x = x.withDependsOn(x.dependsOn().stream().map(d -> d.equals(id) ? newId : d).toList());
            }
            return x;
        }).toList();
        List<Score> scores = newId.equals(id) ? p.scores() : p.scores().stream()
                .map(s -> s.measure().equals(id)
                        ? new Score(newId, s.criterion(), s.rater(), s.value(), s.note(), s.time()) : s)
                .toList();
        Plan q = p.withStructure(p.pillars(), p.groups(), measures).withScores(scores)
                .withRounds(newId.equals(id) ? p.rounds()
                        : p.rounds().stream().map(r -> r.withMeasureRenamed(id, newId)).toList());
        boolean evaluated = !newId.equals(id)
                && p.followUp().evaluations().stream().anyMatch(e -> e.measureId().equals(id));
        return !evaluated ? q : q.withFollowUp(p.followUp().withEvaluations(p.followUp().evaluations().stream()
                .map(e -> e.measureId().equals(id) ? renamed(e, newId) : e)
                .sorted(java.util.Comparator.comparing(Evaluation::measureId).thenComparingInt(Evaluation::year))
                .toList()));
    }

    private static Evaluation renamed(Evaluation e, String measureId) {
        return new Evaluation(measureId, e.year(), e.grade(), e.gradeReason(), e.direction(), e.directionReason(),
                e.comment(), e.reopened());
    }

    static Plan changeGroup(Plan p, String id, UnaryOperator<MeasureGroup> change) {
        List<MeasureGroup> groups = p.groups().stream().map(g -> g.id().equals(id) ? change.apply(g) : g).toList();
        return p.withStructure(p.pillars(), groups, p.measures());
    }

    static Plan changePillar(Plan p, String id, UnaryOperator<Pillar> change) {
        List<Pillar> pillars = p.pillars().stream().map(x -> x.id().equals(id) ? change.apply(x) : x).toList();
        return p.withStructure(pillars, p.groups(), p.measures());
    }

    /** With problem {@code id} changed; a new id is carried into the measures that address it. */
    static Plan changeProblem(Plan p, String id, UnaryOperator<Problem> change) {
        List<Problem> problems = p.problems().stream().map(x -> x.id().equals(id) ? change.apply(x) : x).toList();
        String newId = problems.stream().filter(x -> !p.problems().contains(x)).map(Problem::id)
                .findFirst().orElse(id);
        Plan q = p.withProblems(problems);
        if (newId.equals(id)) {
            return q;
        }
        return q.withMeasures(q.measures().stream().map(m -> m.addresses().contains(id)
                ? MeasureDraft.change(m, d -> d.addresses = m.addresses().stream()
                .map(a -> a.equals(id) ? newId : a).toList())
                : m).toList());
    }

    /** Without problem {@code id} and the measures' links to it. */
    static Plan removeProblem(Plan p, String id) {
        Plan q = p.withProblems(p.problems().stream().filter(x -> !x.id().equals(id)).toList());
        return q.withMeasures(q.measures().stream().map(m -> m.addresses().contains(id)
                ? MeasureDraft.change(m, d -> d.addresses = m.addresses().stream()
                .filter(Predicate.not(id::equals)).toList())
                : m).toList());
    }

    static Plan changeCase(Plan p, int index, UnaryOperator<PeerCase> change) {
        List<PeerCase> cases = new ArrayList<>(p.cases());
        cases.set(index, change.apply(cases.get(index)));
        return PlanHead.withCases(p, cases);
    }
}
