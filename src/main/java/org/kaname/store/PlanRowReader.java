package org.kaname.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.kaname.model.Budget;
import org.kaname.model.CostItem;
import org.kaname.model.Criterion;
import org.kaname.model.Direction;
import org.kaname.model.Evaluation;
import org.kaname.model.Evidence;
import org.kaname.model.EvidenceKind;
import org.kaname.model.FiscalYears;
import org.kaname.model.FollowUp;
import org.kaname.model.FutureDirection;
import org.kaname.model.GradeRule;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorActual;
import org.kaname.model.IndicatorDirection;
import org.kaname.model.IndicatorKind;
import org.kaname.model.IndicatorTarget;
import org.kaname.model.Judgment;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.PeerCase;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.RoundState;
import org.kaname.model.Scale;
import org.kaname.model.Scenario;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.model.Significance;
import org.kaname.model.Stakeholder;
import org.kaname.model.Tier;
import org.kaname.model.TimelineEntry;
import org.kaname.model.Weighting;
import org.kaname.model.WeightingMethod;
import org.kaname.model.YearCost;

/** Reads one plan's rows back into the model, in stored order. */
final class PlanRowReader {
    private final Connection c;
    private final long planId;

    /** The measures whose scores are read, or null for all. */
    private final java.util.Set<String> scoresOf;

    PlanRowReader(Connection connection, long planId) {
        this(connection, planId, null);
    }

    /** A reader of the whole plan but the scores of measures outside {@code scoresOf} (null: all scores). */
    PlanRowReader(Connection connection, long planId, java.util.Set<String> scoresOf) {
        this.c = connection;
        this.planId = planId;
        this.scoresOf = scoresOf;
    }

    /** Row mapper that may throw SQLException. */
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    Optional<StoredPlan> read() throws SQLException {
        List<Object[]> head = query("SELECT title, organization, description, summary, fy_start, fy_end,"
                + " budget_uniform, weighting_method, updated_at FROM plan WHERE id = ?", rs -> new Object[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                    (Long) rs.getObject(7, Long.class), rs.getString(8), rs.getObject(9, OffsetDateTime.class)});
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get(0);
        Map<String, List<Indicator>> indicators = indicators();
        Map<String, List<Evidence>> evidence = evidence();
        List<Measure> measures = measures(indicators, evidence);
        Plan plan = new Plan((String) h[0], (String) h[1], (String) h[2], (String) h[3],
                new FiscalYears((Integer) h[4], (Integer) h[5]), budget((Long) h[6]), tiers(), criteria(),
                weighting(WeightingMethod.fromCode((String) h[7])), pillars(), groups(indicators, evidence),
                measures, significance(), problems(evidence), cases(evidence), timeline(),
                raters(), scores(measures), scenarios(), rounds(), followUp());
        return Optional.of(new StoredPlan(planId, plan, ((OffsetDateTime) h[8]).toInstant()));
    }

    private Budget budget(Long uniform) throws SQLException {
        if (uniform != null) {
            return Budget.uniform(uniform);
        }
        Map<Integer, Long> byYear = new TreeMap<>();
        for (Object[] row : query("SELECT fiscal_year, amount FROM budget_year WHERE plan_id = ? ORDER BY fiscal_year",
                rs -> new Object[] {rs.getInt(1), rs.getLong(2)})) {
            byYear.put((Integer) row[0], (Long) row[1]);
        }
        return byYear.isEmpty() ? Budget.UNLIMITED : Budget.byYear(byYear);
    }

    private List<Tier> tiers() throws SQLException {
        return query("SELECT name, min_score FROM tier WHERE plan_id = ? ORDER BY position",
                rs -> new Tier(rs.getString(1), rs.getDouble(2)));
    }

    private List<Criterion> criteria() throws SQLException {
        Map<String, Map<Integer, String>> levels = new HashMap<>();
        for (Object[] row : query("SELECT criterion_id, level_value, description FROM criterion_level"
                + " WHERE plan_id = ?", rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3)})) {
            levels.computeIfAbsent((String) row[0], k -> new TreeMap<>()).put((Integer) row[1], (String) row[2]);
        }
        return query("SELECT id, name, description, weight, direction, scale_min, scale_max FROM criterion"
                + " WHERE plan_id = ? ORDER BY position", rs -> new Criterion(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getDouble(4), Direction.fromCode(rs.getString(5)),
                Scale.of(rs.getInt(6), rs.getInt(7), levels.get(rs.getString(1)))));
    }

    private Weighting weighting(WeightingMethod method) throws SQLException {
        List<Judgment> judgments = query("SELECT criterion_a, criterion_b, judgment FROM weighting_judgment"
                + " WHERE plan_id = ? ORDER BY position", rs -> new Judgment(rs.getString(1), rs.getString(2),
                rs.getDouble(3)));
        List<String> ranking = query("SELECT criterion_id FROM weighting_rank WHERE plan_id = ? ORDER BY position",
                rs -> rs.getString(1));
        Map<String, Double> points = new LinkedHashMap<>();
        for (Object[] row : query("SELECT criterion_id, points FROM weighting_point WHERE plan_id = ?"
                + " ORDER BY position", rs -> new Object[] {rs.getString(1), rs.getDouble(2)})) {
            points.put((String) row[0], (Double) row[1]);
        }
        return new Weighting(method, judgments, ranking, points);
    }

    private List<Pillar> pillars() throws SQLException {
        return query("SELECT id, name, description FROM pillar WHERE plan_id = ? ORDER BY position",
                rs -> new Pillar(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    private List<MeasureGroup> groups(Map<String, List<Indicator>> indicators, Map<String, List<Evidence>> evidence)
            throws SQLException {
        return query("SELECT id, pillar_id, title, purpose FROM measure_group WHERE plan_id = ? ORDER BY position",
                rs -> new MeasureGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        indicators.get(key(OwnerKind.GROUP, rs.getString(1))),
                        evidence.get(key(OwnerKind.GROUP, rs.getString(1)))));
    }

    private List<Measure> measures(Map<String, List<Indicator>> indicators, Map<String, List<Evidence>> evidence)
            throws SQLException {
        Map<String, List<String>> deps = idLists("SELECT measure_id, prerequisite_id FROM measure_dependency"
                + " WHERE plan_id = ? ORDER BY measure_id, position");
        Map<String, List<String>> problems = idLists("SELECT measure_id, problem_id FROM measure_problem"
                + " WHERE plan_id = ? ORDER BY measure_id, position");
        Map<String, List<YearCost>> costs = yearCosts();
        return query("SELECT id, group_id, title, description, owner, initial_cost, annual_cost, duration_years,"
                + " earliest_start, pinned_start FROM measure WHERE plan_id = ? ORDER BY position",
                rs -> new Measure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getInt(8), rs.getObject(9, Integer.class),
                        deps.get(rs.getString(1)), problems.get(rs.getString(1)),
                        indicators.get(key(OwnerKind.MEASURE, rs.getString(1))),
                        evidence.get(key(OwnerKind.MEASURE, rs.getString(1))), rs.getObject(10, Integer.class),
                        costs.get(rs.getString(1))));
    }

    private List<Significance> significance() throws SQLException {
        return query("SELECT stakeholder, text_value FROM significance WHERE plan_id = ? ORDER BY position",
                rs -> new Significance(Stakeholder.fromCode(rs.getString(1)), rs.getString(2)));
    }

    private List<Problem> problems(Map<String, List<Evidence>> evidence) throws SQLException {
        return query("SELECT id, stakeholder, title, description, consequence FROM problem WHERE plan_id = ?"
                + " ORDER BY position", rs -> new Problem(rs.getString(1), Stakeholder.fromCode(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), evidence.get(key(OwnerKind.PROBLEM,
                rs.getString(1)))));
    }

    private List<PeerCase> cases(Map<String, List<Evidence>> evidence) throws SQLException {
        Map<String, List<String>> groups = idLists("SELECT CAST(case_position AS VARCHAR(20)), group_id"
                + " FROM peer_case_group WHERE plan_id = ? ORDER BY case_position, position");
        return query("SELECT position, municipality, title, summary, success_factors, results FROM peer_case"
                + " WHERE plan_id = ? ORDER BY position", rs -> new PeerCase(rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6),
                evidence.get(key(OwnerKind.CASE, Integer.toString(rs.getInt(1)))),
                groups.get(Integer.toString(rs.getInt(1)))));
    }

    private List<TimelineEntry> timeline() throws SQLException {
        return query("SELECT entry_year, text_value, source FROM timeline_entry WHERE plan_id = ? ORDER BY position",
                rs -> new TimelineEntry(rs.getInt(1), rs.getString(2), rs.getString(3)));
    }

    private List<Rater> raters() throws SQLException {
        return query("SELECT id, name FROM rater WHERE plan_id = ? ORDER BY position",
                rs -> new Rater(rs.getString(1), rs.getString(2)));
    }

    /**
     * The plan's scores, measure by measure in plan order (the order {@link org.kaname.edit.Change} keeps in memory);
     * blocks of measures no longer in the plan, which a valid plan has none of, come last by id.
     */
    private List<Score> scores(List<Measure> measures) throws SQLException {
        Map<String, List<Score>> blocks = scoresOf == null ? ScoreBlocks.readAll(c, planId)
                : ScoreBlocks.readSome(c, planId, scoresOf);
        List<Score> scores = new ArrayList<>(blocks.values().stream().mapToInt(List::size).sum());
        for (Measure m : measures) {
            List<Score> block = blocks.remove(m.id());
            if (block != null) {
                scores.addAll(block);
            }
        }
        blocks.keySet().stream().sorted().forEach(id -> scores.addAll(blocks.get(id)));
        return scores;
    }

    /** The scores of the table {@code score} (schema 3 and before), in their stored order; for the upgrade only. */
    List<Score> legacyScores() throws SQLException {
        return query("SELECT measure_id, criterion_id, rater_id, score_value, note, scored_at FROM score"
                + " WHERE plan_id = ? ORDER BY position", rs -> score(rs, 1));
    }

    /** A score from six columns starting at {@code first}: measure, criterion, rater, value, note, time. */
    private static Score score(ResultSet rs, int first) throws SQLException {
        return new Score(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getDouble(first + 3), rs.getString(first + 4), instant(rs, first + 5));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private List<ScoringRound> rounds() throws SQLException {
        Map<Integer, List<String>> measures = new HashMap<>();
        query("SELECT round_number, measure_id FROM round_measure WHERE plan_id = ? ORDER BY round_number, position",
                rs -> measures.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<Integer, List<String>> raters = new HashMap<>();
        query("SELECT round_number, rater_id FROM round_rater WHERE plan_id = ? ORDER BY round_number, position",
                rs -> raters.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<Integer, List<Score>> scores = new HashMap<>();
        query("SELECT round_number, measure_id, criterion_id, rater_id, score_value, note, scored_at FROM round_score"
                + " WHERE plan_id = ? ORDER BY round_number, position",
                rs -> scores.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(score(rs, 2)));
        return query("SELECT round_number, title, anonymous, state, opened_at, revealed_at FROM scoring_round"
                + " WHERE plan_id = ? ORDER BY position", rs -> new ScoringRound(rs.getInt(1), rs.getString(2),
                measures.get(rs.getInt(1)), raters.get(rs.getInt(1)), rs.getBoolean(3),
                RoundState.valueOf(rs.getString(4)), instant(rs, 5), instant(rs, 6), scores.get(rs.getInt(1))));
    }

    private List<Scenario> scenarios() throws SQLException {
        Map<Integer, Map<String, Double>> weights = new HashMap<>();
        for (Object[] row : query("SELECT scenario_position, criterion_id, weight FROM scenario_weight"
                + " WHERE plan_id = ? ORDER BY scenario_position, position",
                rs -> new Object[] {rs.getInt(1), rs.getString(2), rs.getDouble(3)})) {
            weights.computeIfAbsent((Integer) row[0], k -> new LinkedHashMap<>()).put((String) row[1], (Double) row[2]);
        }
        return query("SELECT position, name FROM scenario WHERE plan_id = ? ORDER BY position",
                rs -> new Scenario(rs.getString(2), weights.get(rs.getInt(1))));
    }

    /** Every indicator of the plan by owner, with its targets and actuals: one query per table. */
    private Map<String, List<Indicator>> indicators() throws SQLException {
        Map<String, List<IndicatorTarget>> targets = new HashMap<>();
        query("SELECT owner_kind, owner_id, indicator_position, fiscal_year, target_value, is_final"
                + " FROM indicator_target WHERE plan_id = ? ORDER BY owner_kind, owner_id, indicator_position, position",
                rs -> targets.computeIfAbsent(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getInt(3),
                        k -> new ArrayList<>()).add(new IndicatorTarget(rs.getInt(4), rs.getDouble(5),
                        rs.getBoolean(6))));
        Map<String, List<IndicatorActual>> actuals = new HashMap<>();
        query("SELECT owner_kind, owner_id, indicator_position, fiscal_year, actual_value, measured_on, source, note"
                + " FROM indicator_actual WHERE plan_id = ? ORDER BY owner_kind, owner_id, indicator_position, position",
                rs -> actuals.computeIfAbsent(rs.getString(1) + ":" + rs.getString(2) + ":" + rs.getInt(3),
                        k -> new ArrayList<>()).add(new IndicatorActual(rs.getInt(4), rs.getDouble(5),
                        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8))));
        Map<String, List<Indicator>> byOwner = new HashMap<>();
        query("SELECT owner_kind, owner_id, kind, name, target, unit, method, target_year, indicator_key, direction,"
                + " baseline, baseline_year, position FROM indicator WHERE plan_id = ?"
                + " ORDER BY owner_kind, owner_id, position", rs -> {
                    String owner = rs.getString(1) + ":" + rs.getString(2);
                    String at = owner + ":" + rs.getInt(13);
                    return byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new Indicator(rs.getString(9),
                            IndicatorKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getObject(8, Integer.class),
                            IndicatorDirection.valueOf(rs.getString(10)), rs.getObject(11, Double.class),
                            rs.getObject(12, Integer.class), targets.get(at), actuals.get(at)));
                });
        return byOwner;
    }

    /** Every measure's costs by 年度 with their breakdowns, by measure id: one query per table. */
    private Map<String, List<YearCost>> yearCosts() throws SQLException {
        Map<String, List<CostItem>> items = new HashMap<>();
        query("SELECT measure_id, cost_position, name, amount FROM measure_cost_item WHERE plan_id = ?"
                + " ORDER BY measure_id, cost_position, position", rs -> items.computeIfAbsent(
                        rs.getString(1) + ":" + rs.getInt(2), k -> new ArrayList<>())
                .add(new CostItem(rs.getString(3), rs.getLong(4))));
        Map<String, List<YearCost>> costs = new HashMap<>();
        query("SELECT measure_id, position, fiscal_year, project_cost, staff_years, national, prefectural, other"
                + " FROM measure_year_cost WHERE plan_id = ? ORDER BY measure_id, position",
                rs -> costs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new YearCost(rs.getInt(3),
                        rs.getLong(4), items.get(rs.getString(1) + ":" + rs.getInt(2)), rs.getDouble(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8))));
        return costs;
    }

    /** The plan's follow-up; the defaults for a plan that has no follow-up row (stored before schema 6). */
    private FollowUp followUp() throws SQLException {
        List<Object[]> head = query("SELECT personnel_rate, lowest_grade FROM plan_follow_up WHERE plan_id = ?",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)});
        List<Evaluation> evaluations = query("SELECT measure_id, fiscal_year, grade, grade_reason, direction,"
                + " direction_reason, comment, reopened FROM evaluation WHERE plan_id = ? ORDER BY position",
                rs -> new Evaluation(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : FutureDirection.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7), rs.getBoolean(8)));
        if (head.isEmpty()) {
            return new FollowUp(FollowUp.NONE.personnelRate(), FollowUp.NONE.gradeRule(), evaluations);
        }
        List<GradeRule.Step> steps = query("SELECT grade, min_achievement FROM grade_step WHERE plan_id = ?"
                + " ORDER BY position", rs -> new GradeRule.Step(rs.getString(1), rs.getDouble(2)));
        return new FollowUp((Long) head.get(0)[0], new GradeRule(steps, (String) head.get(0)[1]), evaluations);
    }

    private Map<String, List<Evidence>> evidence() throws SQLException {
        Map<String, List<Evidence>> byOwner = new HashMap<>();
        query("SELECT owner_kind, owner_id, title, url, kind, note FROM evidence WHERE plan_id = ?"
                + " ORDER BY owner_kind, owner_id, position", rs -> byOwner
                .computeIfAbsent(rs.getString(1) + ":" + rs.getString(2), k -> new ArrayList<>())
                .add(new Evidence(rs.getString(3), rs.getString(4), EvidenceKind.fromCode(rs.getString(5)),
                        rs.getString(6))));
        return byOwner;
    }

    private static String key(OwnerKind kind, String ownerId) {
        return kind.code() + ":" + ownerId;
    }

    private Map<String, List<String>> idLists(String sql) throws SQLException {
        Map<String, List<String>> lists = new HashMap<>();
        query(sql, rs -> lists.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        return lists;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }
}
