package org.kaname.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kaname.edit.PlanPart;
import org.kaname.model.CostItem;
import org.kaname.model.Criterion;
import org.kaname.model.Evaluation;
import org.kaname.model.Evidence;
import org.kaname.model.FollowUp;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.model.Significance;
import org.kaname.model.Tier;
import org.kaname.model.TimelineEntry;
import org.kaname.model.YearCost;

/**
 * Writes the rows of one plan's content under a plan id that already exists (the plan row itself is the store's):
 * all of them for a new plan, or the rows of the parts a change replaces.
 */
final class PlanRowWriter {
    /** Marks a missing timestamp, which needs its own SQL null type. */
    static final Object NO_TIME = new Object();
    /** Marks a missing text (a measure without group, a group without pillar): PostgreSQL refuses an INTEGER null. */
    static final Object NO_TEXT = new Object();
    /** Marks a missing number (a baseline): typed as a double, as its column is. */
    static final Object NO_NUMBER = new Object();
    /** Marks a missing date (an actual's measurement date). */
    static final Object NO_DATE = new Object();

    /** Tables of an indicator's or evidence's owner, children first. */
    private static final String[] OWNED_TABLES = {"indicator_target", "indicator_actual", "indicator", "evidence"};

    private final Connection c;
    private final long planId;

    PlanRowWriter(Connection connection, long planId) {
        this.c = connection;
        this.planId = planId;
    }

    /** Writes every row of {@code p} but the plan row itself, for a plan that has none yet. */
    void writeContent(Plan p) throws SQLException {
        writeBudget(p);
        for (PlanPart part : PlanPart.values()) {
            if (part != PlanPart.HEAD) {
                writePart(part, p);
            }
        }
        ScoreBlocks.insertAll(c, planId, p.scores());
    }

    /**
     * Replaces the rows of one part (not {@link PlanPart#HEAD}, which is the plan row and the store's) with those of
     * {@code after}. Measures are rewritten one by one where only some changed and their order did not.
     */
    void rewritePart(PlanPart part, Plan before, Plan after) throws SQLException {
        if (part == PlanPart.MEASURES && sameIds(before.measures(), after.measures())) {
            rewriteMeasures(before.measures(), after.measures());
            return;
        }
        if (part == PlanPart.FOLLOW_UP && rewriteEvaluations(before.followUp(), after.followUp())) {
            return;
        }
        deletePart(part);
        writePart(part, after);
    }

    /**
     * Rewrites only the evaluations that changed, when nothing else of the follow-up did and the evaluations are
     * still those of the same measures and years in the same order (an evaluation edited in place: one row, not
     * every evaluation of a 2,000-measure plan). False when that is not the case and nothing was written.
     */
    private boolean rewriteEvaluations(FollowUp was, FollowUp now) throws SQLException {
        if (was.personnelRate() != now.personnelRate() || !was.gradeRule().equals(now.gradeRule())) {
            return false;
        }
        List<Evaluation> a = was.evaluations();
        List<Evaluation> b = now.evaluations();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).measureId().equals(b.get(i).measureId()) || a.get(i).year() != b.get(i).year()) {
                return false;
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM evaluation WHERE plan_id = ? AND position = ?");
             PreparedStatement ins = insertEvaluation()) {
            for (int i = 0; i < b.size(); i++) {
                if (!a.get(i).equals(b.get(i))) {
                    batch(del, planId, i);
                    batchEvaluation(ins, i, b.get(i));
                }
            }
            del.executeBatch();
            ins.executeBatch();
        }
        return true;
    }

    /**
     * Rewrites the measures that changed, in the same order as before, each as little as it needs: its actuals only
     * (an import of actuals, which changes every measure of a plan at once), its indicators only, or all its rows.
     * One statement per table for all the measures of each kind.
     */
    private void rewriteMeasures(List<Measure> was, List<Measure> now) throws SQLException {
        List<Measure> whole = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Measure> indicators = new ArrayList<>();
        List<Measure> actuals = new ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            Measure a = was.get(i);
            Measure b = now.get(i);
            if (a.equals(b)) {
                continue;
            }
            if (!a.withIndicators(b.indicators()).equals(b)) {
                whole.add(b);
                positions.add(i);
            } else if (onlyActualsDiffer(a.indicators(), b.indicators())) {
                actuals.add(b);
            } else {
                indicators.add(b);
            }
        }
        if (!whole.isEmpty()) {
            deleteMeasures(whole);
            writeMeasures(whole, positions);
        }
        if (!indicators.isEmpty()) {
            deleteMeasureRows(indicators, "indicator_target", "indicator_actual", "indicator");
            Owned owned = new Owned();
            for (Measure m : indicators) {
                owned.indicators(OwnerKind.MEASURE, m.id(), m.indicators());
            }
            owned.write();
        }
        if (!actuals.isEmpty()) {
            deleteMeasureRows(actuals, "indicator_actual");
            List<OwnerRows<Indicator>> owners = new ArrayList<>();
            for (Measure m : actuals) {
                owners.add(new OwnerRows<>(OwnerKind.MEASURE, m.id(), m.indicators()));
            }
            writeIndicators(owners, true);
        }
    }

    private static boolean onlyActualsDiffer(List<Indicator> a, List<Indicator> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).withActuals(b.get(i).actuals()).equals(b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Deletes the measures' rows of owned {@code tables} (indicator_*), one statement per table. */
    private void deleteMeasureRows(List<Measure> measures, String... tables) throws SQLException {
        for (String table : tables) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table
                    + " WHERE plan_id = ? AND owner_kind = 'M' AND owner_id = ?")) {
                for (Measure m : measures) {
                    batch(ps, planId, m.id());
                }
                ps.executeBatch();
            }
        }
    }

    private static boolean sameIds(List<Measure> a, List<Measure> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).id().equals(b.get(i).id())) {
                return false;
            }
        }
        return true;
    }

    void writeBudget(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO budget_year (plan_id, fiscal_year, amount) VALUES (?, ?, ?)")) {
            for (Map.Entry<Integer, Long> e : p.budget().byYear().entrySet()) {
                batch(ps, planId, e.getKey(), e.getValue());
            }
            ps.executeBatch();
        }
    }

    private void writePart(PlanPart part, Plan p) throws SQLException {
        switch (part) {
            case HEAD -> throw new IllegalArgumentException("the plan row is written by the store");
            case TIERS -> writeTiers(p);
            case CRITERIA -> writeCriteria(p.criteria());
            case WEIGHTING -> writeWeighting(p);
            case PILLARS -> writePillars(p);
            case GROUPS -> writeGroups(p);
            case MEASURES -> writeMeasures(p.measures(), null);
            case SIGNIFICANCE -> writeSignificance(p);
            case PROBLEMS -> writeProblems(p);
            case CASES -> writeCases(p);
            case TIMELINE -> writeTimeline(p);
            case RATERS -> writeRaters(p);
            case SCENARIOS -> writeScenarios(p);
            case ROUNDS -> writeRounds(p.rounds());
            case FOLLOW_UP -> writeFollowUp(p.followUp());
        }
    }

    /** Deletes the rows of one part; the rows of the plan's other parts stay. */
    void deletePart(PlanPart part) throws SQLException {
        switch (part) {
            case HEAD -> delete("budget_year");
            case TIERS -> delete("tier");
            case CRITERIA -> delete("criterion_level", "criterion");
            case WEIGHTING -> delete("weighting_judgment", "weighting_rank", "weighting_point");
            case PILLARS -> delete("pillar");
            case GROUPS -> {
                deleteOwned(OwnerKind.GROUP);
                delete("measure_group");
            }
            case MEASURES -> {
                deleteOwned(OwnerKind.MEASURE);
                delete("measure_cost_item", "measure_year_cost", "measure_dependency", "measure_problem", "measure");
            }
            case SIGNIFICANCE -> delete("significance");
            case PROBLEMS -> {
                deleteOwned(OwnerKind.PROBLEM);
                delete("problem");
            }
            case CASES -> {
                deleteOwned(OwnerKind.CASE);
                delete("peer_case_group", "peer_case");
            }
            case TIMELINE -> delete("timeline_entry");
            case RATERS -> delete("rater");
            case SCENARIOS -> delete("scenario_weight", "scenario");
            case ROUNDS -> delete("round_score", "round_rater", "round_measure", "scoring_round");
            case FOLLOW_UP -> delete("evaluation", "grade_step", "plan_follow_up");
        }
    }

    private void delete(String... tables) throws SQLException {
        for (String table : tables) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE plan_id = ?")) {
                ps.setLong(1, planId);
                ps.executeUpdate();
            }
        }
    }

    private void deleteOwned(OwnerKind owner) throws SQLException {
        for (String table : OWNED_TABLES) {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM " + table + " WHERE plan_id = ? AND owner_kind = ?")) {
                bind(ps, planId, owner.code());
                ps.executeUpdate();
            }
        }
    }

    private void deleteMeasures(List<Measure> measures) throws SQLException {
        for (String sql : new String[] {
            "DELETE FROM indicator_target WHERE plan_id = ? AND owner_kind = 'M' AND owner_id = ?",
            "DELETE FROM indicator_actual WHERE plan_id = ? AND owner_kind = 'M' AND owner_id = ?",
            "DELETE FROM indicator WHERE plan_id = ? AND owner_kind = 'M' AND owner_id = ?",
            "DELETE FROM evidence WHERE plan_id = ? AND owner_kind = 'M' AND owner_id = ?",
            "DELETE FROM measure_cost_item WHERE plan_id = ? AND measure_id = ?",
            "DELETE FROM measure_year_cost WHERE plan_id = ? AND measure_id = ?",
            "DELETE FROM measure_dependency WHERE plan_id = ? AND measure_id = ?",
            "DELETE FROM measure_problem WHERE plan_id = ? AND measure_id = ?",
            "DELETE FROM measure WHERE plan_id = ? AND id = ?"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Measure m : measures) {
                    batch(ps, planId, m.id());
                }
                ps.executeBatch();
            }
        }
    }

    private void writeTiers(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tier (plan_id, position, name, min_score) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (Tier t : p.tiers()) {
                batch(ps, planId, i++, t.name(), t.minScore());
            }
            ps.executeBatch();
        }
    }

    private void writeCriteria(List<Criterion> criteria) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO criterion (plan_id, position, id, name, description,"
                + " weight, direction, scale_min, scale_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement levels = c.prepareStatement("INSERT INTO criterion_level (plan_id, criterion_id,"
                     + " level_value, description) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (Criterion cr : criteria) {
                batch(ps, planId, i++, cr.id(), cr.name(), cr.description(), cr.weight(), cr.direction().code(),
                        cr.scale().min(), cr.scale().max());
            }
            ps.executeBatch();
            for (Criterion cr : criteria) {
                for (Map.Entry<Integer, String> level : cr.scale().levels().entrySet()) {
                    batch(levels, planId, cr.id(), level.getKey(), level.getValue());
                }
            }
            levels.executeBatch();
        }
    }

    private void writeWeighting(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO weighting_judgment (plan_id, position,"
                + " criterion_a, criterion_b, judgment) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Judgment j : p.weighting().judgments()) {
                batch(ps, planId, i++, j.a(), j.b(), j.value());
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO weighting_rank (plan_id, position, criterion_id) VALUES (?, ?, ?)")) {
            int i = 0;
            for (String id : p.weighting().ranking()) {
                batch(ps, planId, i++, id);
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO weighting_point (plan_id, position, criterion_id, points) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (Map.Entry<String, Double> e : p.weighting().points().entrySet()) {
                batch(ps, planId, i++, e.getKey(), e.getValue());
            }
            ps.executeBatch();
        }
    }

    private void writePillars(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO pillar (plan_id, position, id, name, description) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Pillar pl : p.pillars()) {
                batch(ps, planId, i++, pl.id(), pl.name(), pl.description());
            }
            ps.executeBatch();
        }
    }

    private void writeGroups(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO measure_group (plan_id, position, id, pillar_id,"
                + " title, purpose) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (MeasureGroup g : p.groups()) {
                batch(ps, planId, i++, g.id(), text(g.pillar()), g.title(), g.purpose());
            }
            ps.executeBatch();
        }
        Owned owned = new Owned();
        for (MeasureGroup g : p.groups()) {
            owned.indicators(OwnerKind.GROUP, g.id(), g.indicators());
            owned.evidence(OwnerKind.GROUP, g.id(), g.evidence());
        }
        owned.write();
    }

    /**
     * Inserts {@code measures} at {@code positions} (null: 0, 1, 2…), with their lists, costs by 年度, indicators and
     * evidence.
     */
    private void writeMeasures(List<Measure> measures, List<Integer> positions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO measure (plan_id, position, id, group_id, title,"
                + " description, owner, initial_cost, annual_cost, duration_years, earliest_start, pinned_start)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement deps = c.prepareStatement("INSERT INTO measure_dependency (plan_id, measure_id,"
                     + " position, prerequisite_id) VALUES (?, ?, ?, ?)");
             PreparedStatement probs = c.prepareStatement("INSERT INTO measure_problem (plan_id, measure_id,"
                     + " position, problem_id) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < measures.size(); i++) {
                Measure m = measures.get(i);
                batch(ps, planId, positions == null ? i : positions.get(i), m.id(), text(m.group()), m.title(), m.description(), m.owner(), m.initialCost(),
                        m.annualCost(), m.durationYears(), m.earliestStart(), m.pinnedStart());
                int d = 0;
                for (String pre : m.dependsOn()) {
                    batch(deps, planId, m.id(), d++, pre);
                }
                int a = 0;
                for (String pr : m.addresses()) {
                    batch(probs, planId, m.id(), a++, pr);
                }
            }
            ps.executeBatch();
            deps.executeBatch();
            probs.executeBatch();
        }
        writeYearCosts(measures);
        Owned owned = new Owned();
        for (Measure m : measures) {
            owned.indicators(OwnerKind.MEASURE, m.id(), m.indicators());
            owned.evidence(OwnerKind.MEASURE, m.id(), m.evidence());
        }
        owned.write();
    }

    private void writeSignificance(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO significance (plan_id, position, stakeholder, text_value) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (Significance s : p.significance()) {
                batch(ps, planId, i++, s.stakeholder().code(), s.text());
            }
            ps.executeBatch();
        }
    }

    private void writeProblems(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO problem (plan_id, position, id, stakeholder, title,"
                + " description, consequence) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Problem pr : p.problems()) {
                batch(ps, planId, i++, pr.id(), pr.stakeholder().code(), pr.title(), pr.description(),
                        pr.consequence());
            }
            ps.executeBatch();
        }
        Owned owned = new Owned();
        for (Problem pr : p.problems()) {
            owned.evidence(OwnerKind.PROBLEM, pr.id(), pr.evidence());
        }
        owned.write();
    }

    private void writeCases(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO peer_case (plan_id, position, municipality, title,"
                + " summary, success_factors, results) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement groups = c.prepareStatement("INSERT INTO peer_case_group (plan_id, case_position,"
                     + " position, group_id) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (PeerCase pc : p.cases()) {
                batch(ps, planId, i, pc.municipality(), pc.title(), pc.summary(), pc.successFactors(), pc.results());
                int g = 0;
                for (String groupId : pc.groups()) {
                    batch(groups, planId, i, g++, groupId);
                }
                i++;
            }
            ps.executeBatch();
            groups.executeBatch();
        }
        Owned owned = new Owned();
        int i = 0;
        for (PeerCase pc : p.cases()) {
            owned.evidence(OwnerKind.CASE, Integer.toString(i++), pc.sources());
        }
        owned.write();
    }

    private void writeTimeline(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO timeline_entry (plan_id, position, entry_year,"
                + " text_value, source) VALUES (?, ?, ?, ?, ?)")) {
            int t = 0;
            for (TimelineEntry e : p.timeline()) {
                batch(ps, planId, t++, e.year(), e.text(), e.source());
            }
            ps.executeBatch();
        }
    }

    private void writeRaters(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO rater (plan_id, position, id, name) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (Rater r : p.raters()) {
                batch(ps, planId, i++, r.id(), r.name());
            }
            ps.executeBatch();
        }
    }

    private void writeScenarios(Plan p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO scenario (plan_id, position, name) VALUES (?, ?, ?)");
             PreparedStatement weights = c.prepareStatement("INSERT INTO scenario_weight (plan_id, scenario_position,"
                     + " position, criterion_id, weight) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Scenario s : p.scenarios()) {
                batch(ps, planId, i, s.name());
                int w = 0;
                for (Map.Entry<String, Double> e : s.weights().entrySet()) {
                    batch(weights, planId, i, w++, e.getKey(), e.getValue());
                }
                i++;
            }
            ps.executeBatch();
            weights.executeBatch();
        }
    }

    private void writeRounds(List<ScoringRound> rounds) throws SQLException {
        if (rounds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO scoring_round (plan_id, position, round_number,"
                + " title, anonymous, state, opened_at, revealed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement measures = c.prepareStatement("INSERT INTO round_measure (plan_id, round_number,"
                     + " position, measure_id) VALUES (?, ?, ?, ?)");
             PreparedStatement raters = c.prepareStatement("INSERT INTO round_rater (plan_id, round_number,"
                     + " position, rater_id) VALUES (?, ?, ?, ?)");
             PreparedStatement scores = c.prepareStatement("INSERT INTO round_score (plan_id, round_number, position,"
                     + " measure_id, criterion_id, rater_id, score_value, note, scored_at)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ScoringRound r : rounds) {
                batch(ps, planId, i++, r.number(), r.title(), r.anonymous(), r.state().name(), time(r.opened()),
                        time(r.revealed()));
                int m = 0;
                for (String id : r.measures()) {
                    batch(measures, planId, r.number(), m++, id);
                }
                int n = 0;
                for (String id : r.raters()) {
                    batch(raters, planId, r.number(), n++, id);
                }
                int k = 0;
                for (Score s : r.scores()) {
                    batch(scores, planId, r.number(), k++, s.measure(), s.criterion(), s.rater(), s.value(), s.note(),
                            time(s.time()));
                }
            }
            ps.executeBatch();
            measures.executeBatch();
            raters.executeBatch();
            scores.executeBatch();
        }
    }

    /** A timestamp to bind: the instant, or {@link #NO_TIME} for none. */
    private static Object time(Instant t) {
        return t == null ? NO_TIME : t;
    }

    /** An optional text to bind: the text, or {@link #NO_TEXT} for none. */
    static Object text(String s) {
        return s == null ? NO_TEXT : s;
    }

    /** One owner's rows of a kind (its indicators, its evidence), gathered to be written in one batch. */
    private record OwnerRows<T>(OwnerKind kind, String ownerId, List<T> rows) {
    }

    /**
     * The indicators and evidence of many owners, written with one statement per table (not one per owner, which a
     * 2,000-measure plan would pay 2,000 times over).
     */
    private final class Owned {
        private final List<OwnerRows<Indicator>> indicators = new ArrayList<>();
        private final List<OwnerRows<Evidence>> evidence = new ArrayList<>();

        void indicators(OwnerKind kind, String ownerId, List<Indicator> rows) {
            if (!rows.isEmpty()) {
                indicators.add(new OwnerRows<>(kind, ownerId, rows));
            }
        }

        void evidence(OwnerKind kind, String ownerId, List<Evidence> rows) {
            if (!rows.isEmpty()) {
                evidence.add(new OwnerRows<>(kind, ownerId, rows));
            }
        }

        void write() throws SQLException {
            if (!indicators.isEmpty()) {
                writeIndicators(indicators, false);
            }
            if (!evidence.isEmpty()) {
                writeEvidence(evidence);
            }
        }
    }

    /** Inserts the owners' indicators with their targets and actuals, or ({@code actualsOnly}) their actuals alone. */
    private void writeIndicators(List<OwnerRows<Indicator>> owners, boolean actualsOnly) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator (plan_id, owner_kind, owner_id, position,"
                + " kind, name, target, unit, method, target_year, indicator_key, direction, baseline, baseline_year)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement targets = c.prepareStatement("INSERT INTO indicator_target (plan_id, owner_kind,"
                     + " owner_id, indicator_position, position, fiscal_year, target_value, is_final)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement actuals = c.prepareStatement("INSERT INTO indicator_actual (plan_id, owner_kind,"
                     + " owner_id, indicator_position, position, fiscal_year, actual_value, measured_on, source, note)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean anyTarget = false;
            boolean anyActual = false;
            for (OwnerRows<Indicator> owner : owners) {
                String kind = owner.kind().code();
                int i = 0;
                for (Indicator ind : owner.rows()) {
                    if (!actualsOnly) {
                        batch(ps, planId, kind, owner.ownerId(), i, ind.kind().name(), ind.name(), ind.target(),
                                ind.unit(), ind.method(), ind.targetYear(), ind.id(), ind.direction().name(),
                                number(ind.baseline()), ind.baselineYear());
                    }
                    int t = 0;
                    for (IndicatorTarget target : actualsOnly ? List.<IndicatorTarget>of() : ind.targets()) {
                        batch(targets, planId, kind, owner.ownerId(), i, t++, target.year(), target.value(),
                                target.isFinal());
                        anyTarget = true;
                    }
                    int a = 0;
                    for (IndicatorActual actual : ind.actuals()) {
                        batch(actuals, planId, kind, owner.ownerId(), i, a++, actual.year(), actual.value(),
                                date(actual.date()), actual.source(), actual.note());
                        anyActual = true;
                    }
                    i++;
                }
            }
            if (!actualsOnly) {
                ps.executeBatch();
            }
            if (anyTarget) {
                targets.executeBatch();
            }
            if (anyActual) {
                actuals.executeBatch();
            }
        }
    }

    private void writeEvidence(List<OwnerRows<Evidence>> owners) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence (plan_id, owner_kind, owner_id, position,"
                + " title, url, kind, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (OwnerRows<Evidence> owner : owners) {
                int i = 0;
                for (Evidence e : owner.rows()) {
                    batch(ps, planId, owner.kind().code(), owner.ownerId(), i++, e.title(), e.url(), e.kind().code(),
                            e.note());
                }
            }
            ps.executeBatch();
        }
    }

    /** The measures' costs by 年度 and their 事業費 breakdowns; nothing for measures in the simple form. */
    private void writeYearCosts(List<Measure> measures) throws SQLException {
        if (measures.stream().noneMatch(Measure::hasYearCosts)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO measure_year_cost (plan_id, measure_id, position,"
                + " fiscal_year, project_cost, staff_years, national, prefectural, other)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement items = c.prepareStatement("INSERT INTO measure_cost_item (plan_id, measure_id,"
                     + " cost_position, position, name, amount) VALUES (?, ?, ?, ?, ?, ?)")) {
            boolean anyItem = false;
            for (Measure m : measures) {
                int y = 0;
                for (YearCost cost : m.yearCosts()) {
                    batch(ps, planId, m.id(), y, cost.year(), cost.projectCost(), cost.staffYears(), cost.national(),
                            cost.prefectural(), cost.other());
                    int k = 0;
                    for (CostItem item : cost.breakdown()) {
                        batch(items, planId, m.id(), y, k++, item.name(), item.amount());
                        anyItem = true;
                    }
                    y++;
                }
            }
            ps.executeBatch();
            if (anyItem) {
                items.executeBatch();
            }
        }
    }

    /** The 単価 and grade rule (one row, always written, so a rule of no steps reads back as itself) and evaluations. */
    private void writeFollowUp(FollowUp f) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO plan_follow_up (plan_id, personnel_rate,"
                + " lowest_grade) VALUES (?, ?, ?)")) {
            bind(ps, planId, f.personnelRate(), f.gradeRule().lowest());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO grade_step (plan_id, position, grade,"
                + " min_achievement) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (GradeRule.Step step : f.gradeRule().steps()) {
                batch(ps, planId, i++, step.grade(), step.from());
            }
            ps.executeBatch();
        }
        if (f.evaluations().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = insertEvaluation()) {
            int i = 0;
            for (Evaluation e : f.evaluations()) {
                batchEvaluation(ps, i++, e);
            }
            ps.executeBatch();
        }
    }

    private PreparedStatement insertEvaluation() throws SQLException {
        return c.prepareStatement("INSERT INTO evaluation (plan_id, position, measure_id, fiscal_year, grade,"
                + " grade_reason, direction, direction_reason, comment, reopened) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    private void batchEvaluation(PreparedStatement ps, int position, Evaluation e) throws SQLException {
        batch(ps, planId, position, e.measureId(), e.year(), e.grade(), e.gradeReason(),
                e.direction() == null ? NO_TEXT : e.direction().name(), e.directionReason(), e.comment(),
                e.reopened());
    }

    /** An optional number to bind: the number, or {@link #NO_NUMBER} for none. */
    private static Object number(Double d) {
        return d == null ? NO_NUMBER : d;
    }

    /** An optional date to bind: the date, or {@link #NO_DATE} for none. */
    private static Object date(LocalDate d) {
        return d == null ? NO_DATE : d;
    }

    /** Binds the values in order (nulls typed so both H2 and PostgreSQL accept them) and adds the row to the batch. */
    static void batch(PreparedStatement ps, Object... values) throws SQLException {
        bind(ps, values);
        ps.addBatch();
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int index = i + 1;
            if (v == null) {
                // A bare null is an optional year; a missing time or text is passed as NO_TIME or NO_TEXT.
                ps.setNull(index, Types.INTEGER);
            } else if (v == NO_TIME) {
                ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else if (v == NO_TEXT) {
                ps.setNull(index, Types.VARCHAR);
            } else if (v == NO_NUMBER) {
                ps.setNull(index, Types.DOUBLE);
            } else if (v == NO_DATE) {
                ps.setNull(index, Types.DATE);
            } else if (v instanceof Instant instant) {
                ps.setObject(index, instant.atOffset(ZoneOffset.UTC));
            } else {
                ps.setObject(index, v);
            }
        }
    }
}
