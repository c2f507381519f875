package org.kaname.service;

import java.util.Locale;
import java.util.Map;
import org.kaname.i18n.Messages;
import org.kaname.store.AccessDeniedException;
import org.kaname.store.PlanRole;

/**
 * A refusal by role in the person's language: what was refused and the role it needs, e.g. 「この計画での役割は「採点者」
 * のため、評価基準と重みは変更できません（編集者以上が必要です）」. The same words whether the app refused the edit
 * before making it ({@link PlanAccess}) or the server refused the commit ({@link AccessDeniedException} from 42501).
 */
public final class AccessTexts {
    /** The tables PostgreSQL names in a refusal, by the part of the plan a person knows them as. */
    private static final Map<String, String> PART_OF_TABLE = Map.ofEntries(
            Map.entry("plan", "head"), Map.entry("budget_year", "head"), Map.entry("tier", "tiers"),
            Map.entry("criterion", "criteria"), Map.entry("criterion_level", "criteria"),
            Map.entry("weighting_judgment", "weighting"), Map.entry("weighting_rank", "weighting"),
            Map.entry("weighting_point", "weighting"), Map.entry("pillar", "pillars"),
            Map.entry("measure_group", "groups"), Map.entry("measure", "measures"),
            Map.entry("measure_dependency", "measures"), Map.entry("measure_problem", "measures"),
            Map.entry("measure_year_cost", "measures"), Map.entry("measure_cost_item", "measures"),
            Map.entry("indicator", "measures"), Map.entry("indicator_target", "measures"),
            Map.entry("indicator_actual", "follow_up"), Map.entry("evidence", "measures"),
            Map.entry("significance", "significance"), Map.entry("problem", "problems"),
            Map.entry("peer_case", "cases"), Map.entry("peer_case_group", "cases"),
            Map.entry("timeline_entry", "timeline"), Map.entry("rater", "raters"), Map.entry("score", "scores"),
            Map.entry("score_block", "scores"), Map.entry("scenario", "scenarios"),
            Map.entry("scenario_weight", "scenarios"), Map.entry("scoring_round", "rounds"),
            Map.entry("round_measure", "rounds"), Map.entry("round_rater", "rounds"),
            Map.entry("round_score", "rounds"), Map.entry("plan_follow_up", "follow_up"),
            Map.entry("grade_step", "follow_up"), Map.entry("evaluation", "follow_up"),
            Map.entry("plan_member", "members"), Map.entry("others_scores", "others_scores"),
            Map.entry("plan_version", "versions"), Map.entry("journal", "journal"));

    private final Messages messages;

    private AccessTexts(Messages messages) {
        this.messages = messages;
    }

    public static AccessTexts of(Locale locale) {
        return new AccessTexts(Messages.of("org.kaname.service.messages", locale));
    }

    /** 所有者, 編集者, 採点者, 閲覧者. */
    public String roleName(PlanRole role) {
        return messages.get("role." + role.code());
    }

    /** What the person sees when {@code denied} refused their change. */
    public String refusal(AccessDeniedException denied) {
        String what = denied.what();
        if (what.equals("last_owner")) {
            return messages.get("access.lastOwner");
        }
        if (what.equals("plan (delete)")) {
            return denied.role().map(r -> messages.get("access.deletePlan", roleName(r)))
                    .orElseGet(() -> messages.get("access.notMember", thing("head")));
        }
        String thing = thing(PART_OF_TABLE.getOrDefault(what, what.toLowerCase(Locale.ROOT)));
        if (denied.needed().isEmpty()) {
            return messages.get("access.appendOnly", thing);
        }
        if (denied.role().isEmpty()) {
            return messages.get("access.notMember", thing);
        }
        PlanRole needed = denied.needed().get();
        return needed == PlanRole.OWNER ? messages.get("access.roleOwner", roleName(denied.role().get()), thing)
                : messages.get("access.role", roleName(denied.role().get()), thing, roleName(needed));
    }

    private String thing(String part) {
        String key = "access.part." + part;
        String text = messages.get(key);
        return text.startsWith("!") ? messages.get("access.part.other") : text;
    }
}
