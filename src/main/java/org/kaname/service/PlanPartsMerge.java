package org.kaname.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kaname.edit.PlanPart;
import org.kaname.edit.PlanParts;
import org.kaname.io.PlanJson;
import org.kaname.io.PlanPartsReader;
import org.kaname.io.PlanValidator;
import org.kaname.model.Plan;
import org.kaname.store.PartsMerge;

/**
 * The store's merge of plan parts that two people changed at once, done on their kaname-plan JSON trees (the
 * exchange format is the one place that knows a part's fields and items): measures, criteria, raters… merge item by
 * item by id, an item's fields one by one, so two people changing different measures, or different fields of one
 * measure, both keep their change. The merged plan is then checked as a whole by the validator.
 */
final class PlanPartsMerge implements PartsMerge {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_TEXT = 200;
    /** Field names as the screens call them, for a conflict's target in words. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "名称"),
            Map.entry("name", "名称"), Map.entry("description", "内容"), Map.entry("weight", "重み"),
            Map.entry("owner", "担当部署"), Map.entry("group", "支援策"), Map.entry("pillar", "柱"),
            Map.entry("purpose", "目的"), Map.entry("initialCost", "初期費用"), Map.entry("annualCost", "年間費用"),
            Map.entry("durationYears", "実施期間"), Map.entry("earliestStart", "開始可能年度"),
            Map.entry("indicators", "指標"), Map.entry("evidence", "根拠"), Map.entry("dependsOn", "前提"),
            Map.entry("summary", "まとめ"), Map.entry("organization", "組織"));

    private final PlanJson json;
    private final PlanValidator validator;

    PlanPartsMerge(PlanJson json, Locale locale) {
        this.json = json;
        this.validator = new PlanValidator(locale);
    }

    @Override
    public Result merge(Set<PlanPart> parts, Plan base, Plan mine, Plan theirs) {
        JsonMerge merge = new JsonMerge();
        JsonNode merged = merge.merge(tree(base, parts), tree(mine, parts), tree(theirs, parts));
        List<Conflict> conflicts = new ArrayList<>();
        for (JsonMerge.Clash clash : merge.clashes()) {
            conflicts.add(new Conflict(partOf(clash, parts), target(clash.path()), text(clash.mine()),
                    text(clash.theirs())));
        }
        if (!conflicts.isEmpty()) {
            return new Result(mine, conflicts);
        }
        try {
            return new Result(PlanPartsReader.read(MAPPER.writeValueAsBytes(merged)), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<String> problem(Plan plan) {
        return validator.firstIssue(plan).map(issue -> issue.message());
    }

    private JsonNode tree(Plan plan, Set<PlanPart> parts) {
        try {
            return MAPPER.readTree(json.write(PlanParts.of(plan, parts).alone()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part a clash is in, for who changed it last: the first of the change's parts its top field belongs to. */
    private static PlanPart partOf(JsonMerge.Clash clash, Set<PlanPart> parts) {
        String top = clash.path().isEmpty() ? "" : clash.path().get(0).name();
        PlanPart guess = switch (top) {
            case "tiers" -> PlanPart.TIERS;
            case "criteria" -> PlanPart.CRITERIA;
            case "weighting" -> PlanPart.WEIGHTING;
            case "pillars" -> PlanPart.PILLARS;
            case "groups" -> PlanPart.GROUPS;
            case "measures" -> PlanPart.MEASURES;
            case "significance" -> PlanPart.SIGNIFICANCE;
            case "problems" -> PlanPart.PROBLEMS;
            case "cases" -> PlanPart.CASES;
            case "timeline" -> PlanPart.TIMELINE;
            case "raters" -> PlanPart.RATERS;
            case "scenarios" -> PlanPart.SCENARIOS;
            case "rounds" -> PlanPart.ROUNDS;
            case "followUp" -> PlanPart.FOLLOW_UP;
            default -> PlanPart.HEAD;
        };
        return parts.contains(guess) ? guess : parts.iterator().next();
    }

    /** "M12 の 名称", "C3 の 重み", "M12" (an item both changed, or one removed), "名称" (the plan's). */
    static String target(List<JsonMerge.Step> path) {
        int lastItem = -1;
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i).item()) {
                lastItem = i;
            }
        }
        List<String> fields = new ArrayList<>();
        for (int i = lastItem + 1; i < path.size(); i++) {
            String name = path.get(i).name();
            fields.add(FIELDS.getOrDefault(name, name));
        }
        if (lastItem < 0) {
            return String.join(" / ", fields);
        }
        String item = path.get(lastItem).name();
        return fields.isEmpty() ? item : item + " の " + String.join(" / ", fields);
    }

    /** A side as text: a value as it is, an item or list as compact JSON, a removed value as empty. */
    static String text(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        String t = n.isValueNode() ? n.asText() : n.toString();
        return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT - 1) + "…";
    }
}
