package org.kaname.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Pillar;
import org.kaname.model.Plan;
import org.kaname.model.Problem;
import org.kaname.model.Rater;
import org.kaname.model.Scenario;

/**
 * A short text of what a change did to a plan's parts, for the journal's before and after columns: for lists of
 * things with ids, only the items that differ ("S1-2 研修の実施"), otherwise the part's values. Not localised: it shows
 * the plan's own words and ids.
 */
public final class PartsText {
    private static final int MAX = 1000;

    private PartsText() {
    }

    /** The text of {@code side} (a change's before or after), given the other side to leave out what is equal. */
    public static String of(PlanParts side, PlanParts other) {
        List<String> texts = new ArrayList<>();
        for (PlanPart part : side.parts()) {
            String t = text(part, side.source(), other.source());
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        String joined = String.join("; ", texts);
        return joined.length() <= MAX ? joined : joined.substring(0, MAX - 1) + "…";
    }

    private static String text(PlanPart part, Plan p, Plan o) {
        return switch (part) {
            case HEAD -> p.title() + (Objects.equals(p.fiscalYears(), o.fiscalYears()) ? ""
                    : " (" + p.fiscalYears().start() + "–" + p.fiscalYears().end() + ")");
            case TIERS -> join(p.tiers(), t -> t.name() + "≥" + ScoreValues.text(t.minScore()));
            case CRITERIA -> differing(p.criteria(), o.criteria(), Criterion::id,
                    c -> c.id() + " " + c.name() + " ×" + ScoreValues.text(c.weight()));
            case WEIGHTING -> p.weighting().method().code();
            case PILLARS -> differing(p.pillars(), o.pillars(), Pillar::id, x -> x.id() + " " + x.name());
            case GROUPS -> differing(p.groups(), o.groups(), MeasureGroup::id, x -> x.id() + " " + x.title());
            case MEASURES -> differing(p.measures(), o.measures(), Measure::id, x -> x.id() + " " + x.title());
            case SIGNIFICANCE -> p.significance().size() + "";
            case PROBLEMS -> differing(p.problems(), o.problems(), Problem::id, x -> x.id() + " " + x.title());
            case CASES -> p.cases().size() + "";
            case TIMELINE -> p.timeline().size() + "";
            case RATERS -> differing(p.raters(), o.raters(), Rater::id, x -> x.id() + " " + x.name());
            case SCENARIOS -> join(p.scenarios(), Scenario::name);
            case ROUNDS -> differing(p.rounds(), o.rounds(), r -> String.valueOf(r.number()),
                    r -> r.number() + " " + r.title() + " " + r.state().name().toLowerCase(java.util.Locale.ROOT));
            case FOLLOW_UP -> differing(p.followUp().evaluations(), o.followUp().evaluations(),
                    e -> e.measureId() + " " + e.year(), PartsText::evaluation);
        };
    }

    private static String evaluation(org.kaname.model.Evaluation e) {
        return e.measureId() + " " + e.year() + " " + e.grade()
                + (e.direction() == null ? "" : " " + e.direction().label()) + (e.reopened() ? " reopened" : "");
    }

    private static <T> String join(List<T> items, Function<T, String> text) {
        return String.join(", ", items.stream().map(text).toList());
    }

    /** Items of {@code mine} that are not in {@code other} as they are; "(order)" when only the order differs. */
    private static <T> String differing(List<T> mine, List<T> other, Function<T, String> id,
                                        Function<T, String> text) {
        Map<String, T> theirs = new LinkedHashMap<>();
        other.forEach(t -> theirs.put(id.apply(t), t));
        List<String> out = new ArrayList<>();
        for (T t : mine) {
            if (!t.equals(theirs.get(id.apply(t)))) {
                out.add(text.apply(t));
            }
        }
        if (out.isEmpty() && mine.size() == other.size() && !mine.equals(other)) {
            return "(" + mine.stream().map(id).reduce((a, b) -> a + ", " + b).orElse("") + ")";
        }
        return String.join(", ", out);
    }

}
