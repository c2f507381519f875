package org.kaname.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole plan: what is decided (measures), how (criteria, weights, tiers), by whom (raters and their scores), and
 * the background that explains it (problems, peer cases, timeline). The order of every list is the plan's order.
 * Identity in storage is kept outside the record, so the same plan can be exported and re-imported unchanged.
 */
public record Plan(String title, String organization, String description, String summary,
                   FiscalYears fiscalYears, Budget budget, List<Tier> tiers,
                   List<Criterion> criteria, Weighting weighting,
                   List<Pillar> pillars, List<MeasureGroup> groups, List<Measure> measures,
                   List<Significance> significance, List<Problem> problems, List<PeerCase> cases,
                   List<TimelineEntry> timeline,
                   List<Rater> raters, List<Score> scores, List<Scenario> scenarios,
                   List<ScoringRound> rounds, FollowUp followUp) {

    public Plan {
        followUp = followUp == null ? FollowUp.NONE : followUp;
        organization = Texts.orEmpty(organization);
        description = Texts.orEmpty(description);
        summary = Texts.orEmpty(summary);
        budget = budget == null ? Budget.UNLIMITED : budget;
        tiers = tiers == null || tiers.isEmpty() ? Tier.DEFAULTS : List.copyOf(tiers);
        criteria = Texts.list(criteria);
        weighting = weighting == null ? Weighting.DIRECT : weighting;
        pillars = Texts.list(pillars);
        groups = Texts.list(groups);
        measures = Texts.list(measures);
        significance = Texts.list(significance);
        problems = Texts.list(problems);
        cases = Texts.list(cases);
        timeline = Texts.list(timeline);
        raters = Texts.list(raters);
        scores = Texts.list(scores);
        scenarios = Texts.list(scenarios);
        rounds = Texts.list(rounds);
    }

    /** A plan without follow-up (evaluations, 単価, grade rule at their defaults). */
    public Plan(String title, String organization, String description, String summary,
                FiscalYears fiscalYears, Budget budget, List<Tier> tiers,
                List<Criterion> criteria, Weighting weighting,
                List<Pillar> pillars, List<MeasureGroup> groups, List<Measure> measures,
                List<Significance> significance, List<Problem> problems, List<PeerCase> cases,
                List<TimelineEntry> timeline,
                List<Rater> raters, List<Score> scores, List<Scenario> scenarios, List<ScoringRound> rounds) {
        this(title, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting, pillars, groups,
                measures, significance, problems, cases, timeline, raters, scores, scenarios, rounds, FollowUp.NONE);
    }

    /** A plan without workshop rounds (most plans never run one). */
    public Plan(String title, String organization, String description, String summary,
                FiscalYears fiscalYears, Budget budget, List<Tier> tiers,
                List<Criterion> criteria, Weighting weighting,
                List<Pillar> pillars, List<MeasureGroup> groups, List<Measure> measures,
                List<Significance> significance, List<Problem> problems, List<PeerCase> cases,
                List<TimelineEntry> timeline,
                List<Rater> raters, List<Score> scores, List<Scenario> scenarios) {
        this(title, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting, pillars, groups,
                measures, significance, problems, cases, timeline, raters, scores, scenarios, List.of());
    }

    /** An empty plan with a title and a horizon: the start of a plan typed in from scratch. */
    public static Plan empty(String title, FiscalYears years) {
        return new Plan(title, "", "", "", years, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<Measure> measure(String id) {
        return measures.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<MeasureGroup> group(String id) {
        return groups.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Plan withTitle(String newTitle) {
        return new Plan(newTitle, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting,
                pillars, groups, measures, significance, problems, cases, timeline, raters, scores, scenarios, rounds, followUp);
    }

    public Plan withBudget(Budget newBudget) {
        return new Plan(title, organization, description, summary, fiscalYears, newBudget, tiers, criteria, weighting,
                pillars, groups, measures, significance, problems, cases, timeline, raters, scores, scenarios, rounds, followUp);
    }

    public Plan withTiers(List<Tier> newTiers) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, newTiers, criteria, weighting,
                pillars, groups, measures, significance, problems, cases, timeline, raters, scores, scenarios, rounds, followUp);
    }

    public Plan withCriteria(List<Criterion> newCriteria) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, tiers, newCriteria, weighting,
                pillars, groups, measures, significance, problems, cases, timeline, raters, scores, scenarios, rounds, followUp);
    }

    public Plan withWeighting(Weighting newWeighting) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, tiers, criteria, newWeighting,
                pillars, groups, measures, significance, problems, cases, timeline, raters, scores, scenarios, rounds, followUp);
    }

    public Plan withStructure(List<Pillar> newPillars, List<MeasureGroup> newGroups, List<Measure> newMeasures) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting,
                newPillars, newGroups, newMeasures, significance, problems, cases, timeline, raters, scores, scenarios,
                rounds, followUp);
    }

    public Plan withMeasures(List<Measure> newMeasures) {
        return withStructure(pillars, groups, newMeasures);
    }

    public Plan withProblems(List<Problem> newProblems) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting,
                pillars, groups, measures, significance, newProblems, cases, timeline, raters, scores, scenarios, rounds, followUp);
    }

    public Plan withRatersAndScores(List<Rater> newRaters, List<Score> newScores) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting,
                pillars, groups, measures, significance, problems, cases, timeline, newRaters, newScores, scenarios, rounds, followUp);
    }

    public Plan withScores(List<Score> newScores) {
        return withRatersAndScores(raters, newScores);
    }

    public Plan withScenarios(List<Scenario> newScenarios) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting,
                pillars, groups, measures, significance, problems, cases, timeline, raters, scores, newScenarios, rounds, followUp);
    }

    /** The open round, if one is running (at most one is). */
    public Optional<ScoringRound> openRound() {
        return rounds.stream().filter(ScoringRound::isOpen).findFirst();
    }

    public Plan withRounds(List<ScoringRound> newRounds) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting,
                pillars, groups, measures, significance, problems, cases, timeline, raters, scores, scenarios,
                newRounds, followUp);
    }

    public Plan withFollowUp(FollowUp newFollowUp) {
        return new Plan(title, organization, description, summary, fiscalYears, budget, tiers, criteria, weighting,
                pillars, groups, measures, significance, problems, cases, timeline, raters, scores, scenarios, rounds,
                newFollowUp);
    }
}
