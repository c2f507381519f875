package org.kaname.engine.roadmap;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.kaname.engine.Prerequisites;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;
import org.kaname.engine.cost.MeasureCosts;
import org.kaname.model.Evaluation;
import org.kaname.model.FiscalYears;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Tier;

/**
 * The default rule, "priority first" (docs/roadmap.md): pinned measures exactly at their pin; then the scored
 * measures in rank order, each after its not-yet-placed prerequisites (recursively, in their own rank order), at the
 * earliest start year allowed by the horizon, its earliest start and its prerequisites, where every year it occupies
 * stays within that year's cap. A year in which the measure costs nothing never blocks it.
 * <p>
 * What a measure costs in each year it runs is {@link MeasureCosts#phaseTotals}: the simple form's initial plus
 * annual, then annual, for its duration; or its costs by 年度 (事業費 + 人件費), which are phases: they move with the
 * start the roadmap gives the measure, and the years they span are its duration. A measure whose latest evaluation
 * ended it (廃止 or 完了, not re-opened) is {@link RoadmapStatus#ENDED}, placed nowhere; a measure that needs a
 * 完了 one may go ahead at once, one that needs a 廃止 one is deferred.
 * <p>
 * One instance schedules one plan; it is not reused.
 */
final class PriorityFirstScheduler {
    private static final int UNPLACED = Integer.MIN_VALUE;

    private final Plan plan;
    private final FiscalYears horizon;
    private final List<Measure> measures;
    private final int n;
    /** Position in the ranking (ranked measures by rank, ties in plan order, then unscored); MAX_VALUE if absent. */
    private final int[] rankPosition;
    private final RankedMeasure[] ranked;
    /** Prerequisites of each measure as indices, in their rank order; unknown ids dropped (and warned about). */
    private final int[][] prerequisites;
    /** Yen each measure costs in the k-th year it runs ({@link MeasureCosts#phaseTotals}). */
    private final long[][] phases;
    /** The evaluation that ended each measure, null for one that goes on. */
    private final Evaluation[] ended;
    private final long[] spent;
    private final long[] cap;
    private final boolean[] capped;

    private final RoadmapStatus[] status;
    private final int[] start;
    private final DeferralReason[] reason;
    private final boolean[] pinned;
    private final List<RoadmapWarning> warnings = new ArrayList<>();

    PriorityFirstScheduler(Plan plan, Ranking ranking) {
        Prerequisites.findCycle(plan.measures()).ifPresent(cycle -> {
            throw new RoadmapCycleException(cycle);
        });
        this.plan = plan;
        this.horizon = plan.fiscalYears();
        this.measures = plan.measures();
        this.n = measures.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(measures.get(i).id(), i);
        }
        rankPosition = new int[n];
        Arrays.fill(rankPosition, Integer.MAX_VALUE);
        ranked = new RankedMeasure[n];
        List<RankedMeasure> inOrder = ranking.measures();
        for (int p = 0; p < inOrder.size(); p++) {
            Integer i = index.get(inOrder.get(p).measureId());
            if (i != null && ranked[i] == null) {
                ranked[i] = inOrder.get(p);
                rankPosition[i] = p;
            }
        }
        prerequisites = new int[n][];
        for (int i = 0; i < n; i++) {
            Set<Integer> ps = new LinkedHashSet<>();
            for (String id : measures.get(i).dependsOn()) {
                Integer p = index.get(id);
                if (p == null) {
                    warnings.add(new RoadmapWarning.UnknownPrerequisite(measures.get(i).id(), id));
                } else {
                    ps.add(p);
                }
            }
            prerequisites[i] = ps.stream().sorted(Comparator.comparingInt((Integer p) -> rankPosition[p])
                    .thenComparingInt(p -> p)).mapToInt(Integer::intValue).toArray();
        }
        phases = new long[n][];
        ended = new Evaluation[n];
        Map<String, Evaluation> latest = new HashMap<>();
        for (Evaluation e : plan.followUp().evaluations()) {
            latest.merge(e.measureId(), e, (a, b) -> b.year() > a.year() ? b : a);
        }
        for (int i = 0; i < n; i++) {
            phases[i] = MeasureCosts.phaseTotals(plan, measures.get(i));
            Evaluation last = latest.get(measures.get(i).id());
            ended[i] = last != null && last.endsMeasure() ? last : null;
        }
        int years = Math.max(0, horizon.length());
        spent = new long[years];
        cap = new long[years];
        capped = new boolean[years];
        for (int y = 0; y < years; y++) {
            OptionalLong c = plan.budget().capFor(horizon.start() + y);
            capped[y] = c.isPresent();
            cap[y] = c.orElse(Long.MAX_VALUE);
        }
        status = new RoadmapStatus[n];
        start = new int[n];
        Arrays.fill(start, UNPLACED);
        reason = new DeferralReason[n];
        pinned = new boolean[n];
    }

    Roadmap schedule() {
        for (int i = 0; i < n; i++) {
            if (ended[i] != null) {
                status[i] = RoadmapStatus.ENDED;
                reason[i] = new DeferralReason.Ended(ended[i].year(), ended[i].direction());
            } else if (!isScored(i)) {
                status[i] = RoadmapStatus.UNSCORED;
                Integer pin = measures.get(i).pinnedStart();
                if (pin != null) {
                    warnings.add(new RoadmapWarning.PinnedButUnscored(measures.get(i).id(), pin));
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (status[i] == null && measures.get(i).pinnedStart() != null) {
                placePinned(i);
            }
        }
        Integer[] byRank = new Integer[n];
        for (int i = 0; i < n; i++) {
            byRank[i] = i;
        }
        Arrays.sort(byRank, Comparator.comparingInt((Integer i) -> rankPosition[i]).thenComparingInt(i -> i));
        for (int i : byRank) {
            placeWithPrerequisites(i);
        }
        checkPins();
        return build();
    }

    private boolean isScored(int i) {
        return ranked[i] != null && ranked[i].isScored();
    }

    private int duration(int i) {
        return phases[i].length;
    }

    private int end(int i) {
        return start[i] + duration(i) - 1;
    }

    private long costInYear(int i, int yearOfMeasure) {
        return phases[i][yearOfMeasure];
    }

    /** A prerequisite evaluated 完了 is done: nothing has to wait for it. */
    private boolean completed(int p) {
        return ended[p] != null && ended[p].direction() == org.kaname.model.FutureDirection.COMPLETE;
    }

    private void placePinned(int i) {
        Measure m = measures.get(i);
        int pin = m.pinnedStart();
        pinned[i] = true;
        occupy(i, pin);
        if (!horizon.contains(pin) || !horizon.contains(end(i))) {
            warnings.add(new RoadmapWarning.PinnedOutsideHorizon(m.id(), pin, end(i)));
        }
        if (m.earliestStart() != null && pin < m.earliestStart()) {
            warnings.add(new RoadmapWarning.PinnedBeforeEarliestStart(m.id(), pin, m.earliestStart()));
        }
    }

    /** Places {@code root} after its prerequisites, depth first without recursion so long chains cannot overflow. */
    private void placeWithPrerequisites(int root) {
        if (status[root] != null) {
            return;
        }
        // Each frame: measure index and the position of the next prerequisite to look at.
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {root, 0});
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            int i = top[0];
            if (top[1] < prerequisites[i].length) {
                int p = prerequisites[i][top[1]++];
                if (status[p] == null) {
                    stack.push(new int[] {p, 0});
                }
                continue;
            }
            stack.pop();
            if (status[i] == null) {
                place(i);
            }
        }
    }

    /** Places a scored, unpinned measure whose prerequisites all have a status. */
    private void place(int i) {
        Measure m = measures.get(i);
        int lower = horizon.start();
        if (m.earliestStart() != null) {
            lower = Math.max(lower, m.earliestStart());
        }
        for (int p : prerequisites[i]) {
            if (completed(p)) {
                continue;
            }
            if (status[p] != RoadmapStatus.SCHEDULED) {
                defer(i, new DeferralReason.PrerequisiteNotScheduled(measures.get(p).id(), status[p]));
                return;
            }
            lower = Math.max(lower, end(p) + 1);
        }
        int d = duration(i);
        int upper = horizon.end() - d + 1;
        if (lower > upper) {
            defer(i, new DeferralReason.NoRoomInHorizon(lower, d, horizon.end()));
            return;
        }
        int closest = lower;
        long closestOver = Long.MAX_VALUE;
        for (int s = lower; s <= upper; s++) {
            long over = overrun(i, s);
            if (over == 0) {
                occupy(i, s);
                return;
            }
            if (over < closestOver) {
                closestOver = over;
                closest = s;
            }
        }
        defer(i, new DeferralReason.OverBudget(lower, upper, closest, overruns(i, closest)));
    }

    /** Total yen by which starting {@code m} in {@code s} would exceed the caps (0: it fits). */
    private long overrun(int i, int s) {
        long total = 0;
        for (int k = 0; k < duration(i); k++) {
            total += overrunIn(i, s, k);
        }
        return total;
    }

    private long overrunIn(int i, int s, int k) {
        int y = s + k - horizon.start();
        long cost = costInYear(i, k);
        if (cost <= 0 || !capped[y]) {
            return 0;
        }
        long after = spent[y] + cost;
        return after > cap[y] ? after - Math.max(cap[y], spent[y]) : 0;
    }

    private List<YearOverrun> overruns(int i, int s) {
        List<YearOverrun> list = new ArrayList<>();
        for (int k = 0; k < duration(i); k++) {
            long over = overrunIn(i, s, k);
            if (over > 0) {
                list.add(new YearOverrun(s + k, over));
            }
        }
        return list;
    }

    private void occupy(int i, int s) {
        status[i] = RoadmapStatus.SCHEDULED;
        start[i] = s;
        for (int k = 0; k < duration(i); k++) {
            int y = s + k - horizon.start();
            if (y >= 0 && y < spent.length) {
                spent[y] += costInYear(i, k);
            }
        }
    }

    private void defer(int i, DeferralReason why) {
        status[i] = RoadmapStatus.DEFERRED;
        reason[i] = why;
    }

    /** Reports what pins broke: prerequisites not finished before the pin, and years they pushed over the cap. */
    private void checkPins() {
        for (int i = 0; i < n; i++) {
            if (!pinned[i]) {
                continue;
            }
            for (int p : prerequisites[i]) {
                if (completed(p)) {
                    continue;
                }
                if (status[p] != RoadmapStatus.SCHEDULED) {
                    warnings.add(new RoadmapWarning.PinnedBeforePrerequisite(measures.get(i).id(), start[i],
                            measures.get(p).id(), status[p], null));
                } else if (end(p) >= start[i]) {
                    warnings.add(new RoadmapWarning.PinnedBeforePrerequisite(measures.get(i).id(), start[i],
                            measures.get(p).id(), status[p], end(p)));
                }
            }
        }
        // Unpinned measures never push a year over its cap, so every overrun is the pins' doing.
        for (int y = 0; y < spent.length; y++) {
            if (capped[y] && spent[y] > cap[y]) {
                int year = horizon.start() + y;
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (pinned[i] && year >= start[i] && year <= end(i)
                            && costInYear(i, year - start[i]) > 0) {
                        ids.add(measures.get(i).id());
                    }
                }
                warnings.add(new RoadmapWarning.PinnedOverBudget(year, spent[y], cap[y], ids));
            }
        }
    }

    private Roadmap build() {
        List<ScheduledMeasure> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Measure m = measures.get(i);
            RankedMeasure r = ranked[i];
            TreeMap<Integer, Long> costs = new TreeMap<>();
            OptionalInt s = OptionalInt.empty();
            OptionalInt e = OptionalInt.empty();
            if (status[i] == RoadmapStatus.SCHEDULED) {
                s = OptionalInt.of(start[i]);
                e = OptionalInt.of(end(i));
                for (int k = 0; k < duration(i); k++) {
                    costs.put(start[i] + k, costInYear(i, k));
                }
            }
            rows.add(new ScheduledMeasure(m.id(), m.title(), m.group(),
                    r == null ? OptionalInt.empty() : r.rank(),
                    r == null ? OptionalDouble.empty() : r.score(),
                    r == null ? Tier.UNSCORED : r.tier(),
                    status[i], s, e, pinned[i], Optional.ofNullable(reason[i]), costs));
        }
        TreeMap<Integer, YearBudget> budget = new TreeMap<>();
        for (int y = 0; y < spent.length; y++) {
            budget.put(horizon.start() + y, new YearBudget(horizon.start() + y, spent[y],
                    capped[y] ? OptionalLong.of(cap[y]) : OptionalLong.empty()));
        }
        return new Roadmap(RoadmapRule.PRIORITY_FIRST, horizon, rows, budget, warnings);
    }
}
