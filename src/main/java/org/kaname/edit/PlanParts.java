package org.kaname.edit;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.kaname.model.Plan;

/**
 * Some parts of a plan, as they are in {@code source}; the other parts of {@code source} mean nothing here. Parts are
 * immutable lists, so keeping them costs references, not copies.
 */
public record PlanParts(Plan source, Set<PlanPart> parts) {
    public static final PlanParts NONE = new PlanParts(Plan.empty("", null), EnumSet.noneOf(PlanPart.class));

    public PlanParts {
        Objects.requireNonNull(source, "source");
        parts = parts.isEmpty() ? EnumSet.noneOf(PlanPart.class) : EnumSet.copyOf(parts);
    }

    public static PlanParts of(Plan source, Collection<PlanPart> parts) {
        return new PlanParts(source, parts.isEmpty() ? EnumSet.noneOf(PlanPart.class) : EnumSet.copyOf(parts));
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public boolean has(PlanPart part) {
        return parts.contains(part);
    }

    /** {@code target} with these parts taken from {@code source}; its other parts and its scores unchanged. */
    public Plan applyTo(Plan target) {
        Plan p = target;
        for (PlanPart part : parts) {
            p = copy(part, source, p);
        }
        return p;
    }

    /** A plan holding only these parts (the rest empty and no scores): the form in which a journal keeps them. */
    public Plan alone() {
        Plan empty = new Plan("", "", "", "", source.fiscalYears(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        return applyTo(empty);
    }

    /** The parts in which {@code a} and {@code b} differ (score cells aside). */
    public static Set<PlanPart> differing(Plan a, Plan b) {
        Set<PlanPart> found = EnumSet.noneOf(PlanPart.class);
        for (PlanPart part : PlanPart.values()) {
            if (!Objects.equals(value(part, a), value(part, b))) {
                found.add(part);
            }
        }
        return found;
    }

    static Object value(PlanPart part, Plan p) {
        return switch (part) {
            case HEAD -> Arrays.asList(p.title(), p.organization(), p.description(), p.summary(), p.fiscalYears(),
                    p.budget());
            case TIERS -> p.tiers();
            case CRITERIA -> p.criteria();
            case WEIGHTING -> p.weighting();
            case PILLARS -> p.pillars();
            case GROUPS -> p.groups();
            case MEASURES -> p.measures();
            case SIGNIFICANCE -> p.significance();
            case PROBLEMS -> p.problems();
            case CASES -> p.cases();
            case TIMELINE -> p.timeline();
            case RATERS -> p.raters();
            case SCENARIOS -> p.scenarios();
            case ROUNDS -> p.rounds();
            case FOLLOW_UP -> p.followUp();
        };
    }

    private static Plan copy(PlanPart part, Plan from, Plan to) {
        return switch (part) {
            case HEAD -> new Plan(from.title(), from.organization(), from.description(), from.summary(),
                    from.fiscalYears(), from.budget(), to.tiers(), to.criteria(), to.weighting(), to.pillars(),
                    to.groups(), to.measures(), to.significance(), to.problems(), to.cases(), to.timeline(),
                    to.raters(), to.scores(), to.scenarios(), to.rounds(), to.followUp());
            case TIERS -> to.withTiers(from.tiers());
            case CRITERIA -> to.withCriteria(from.criteria());
            case WEIGHTING -> to.withWeighting(from.weighting());
            case PILLARS -> to.withStructure(from.pillars(), to.groups(), to.measures());
            case GROUPS -> to.withStructure(to.pillars(), from.groups(), to.measures());
            case MEASURES -> to.withMeasures(from.measures());
            case SIGNIFICANCE -> new Plan(to.title(), to.organization(), to.description(), to.summary(),
                    to.fiscalYears(), to.budget(), to.tiers(), to.criteria(), to.weighting(), to.pillars(),
                    to.groups(), to.measures(), from.significance(), to.problems(), to.cases(), to.timeline(),
                    to.raters(), to.scores(), to.scenarios(), to.rounds(), to.followUp());
            case PROBLEMS -> to.withProblems(from.problems());
            case CASES -> new Plan(to.title(), to.organization(), to.description(), to.summary(),
                    to.fiscalYears(), to.budget(), to.tiers(), to.criteria(), to.weighting(), to.pillars(),
                    to.groups(), to.measures(), to.significance(), to.problems(), from.cases(), to.timeline(),
                    to.raters(), to.scores(), to.scenarios(), to.rounds(), to.followUp());
            case TIMELINE -> new Plan(to.title(), to.organization(), to.description(), to.summary(),
                    to.fiscalYears(), to.budget(), to.tiers(), to.criteria(), to.weighting(), to.pillars(),
                    to.groups(), to.measures(), to.significance(), to.problems(), to.cases(), from.timeline(),
                    to.raters(), to.scores(), to.scenarios(), to.rounds(), to.followUp());
            case RATERS -> to.withRatersAndScores(from.raters(), to.scores());
            case SCENARIOS -> to.withScenarios(from.scenarios());
            case ROUNDS -> to.withRounds(from.rounds());
            case FOLLOW_UP -> to.withFollowUp(from.followUp());
        };
    }
}
