package org.kaname.sheets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import org.kaname.model.Criterion;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;

/**
 * The identity of what a score sheet asks about: SHA-256 over the sorted measure ids and the sorted criteria with
 * their scales. Titles, descriptions, weights and the order of the lists are left out on purpose, so rewording a
 * measure or reordering the plan after the sheets went out does not invalidate them; adding, removing or renaming
 * the id of a measure or criterion, or changing a scale, does.
 *
 * <p>{@link #ofIndicators} is the same for an actuals sheet: the sorted ids of the numeric indicators with their
 * units. Adding or removing a numeric indicator, changing an id, or changing a unit (a value entered in 人 is not one
 * in 千人) invalidates the sheet; rewording a name or changing a target does not.
 */
public final class PlanFingerprint {
    private PlanFingerprint() {
    }

    public static String of(Plan plan) {
        StringBuilder canonical = new StringBuilder("kaname-score-structure/1\n");
        plan.measures().stream().map(Measure::id).sorted()
                .forEach(id -> canonical.append("measure\t").append(id).append('\n'));
        plan.criteria().stream().sorted(Comparator.comparing(Criterion::id))
                .forEach(c -> canonical.append("criterion\t").append(c.id()).append('\t')
                        .append(c.scale().min()).append('\t').append(c.scale().max()).append('\n'));
        return sha256(canonical);
    }

    public static String ofIndicators(Plan plan) {
        List<Indicator> numeric = new ArrayList<>();
        for (MeasureGroup g : plan.groups()) {
            g.indicators().stream().filter(Indicator::isNumeric).forEach(numeric::add);
        }
        for (Measure m : plan.measures()) {
            m.indicators().stream().filter(Indicator::isNumeric).forEach(numeric::add);
        }
        StringBuilder canonical = new StringBuilder("kaname-actuals-structure/1\n");
        numeric.stream().map(i -> i.id() + "\t" + i.unit()).sorted()
                .forEach(line -> canonical.append("indicator\t").append(line).append('\n'));
        return sha256(canonical);
    }

    private static String sha256(CharSequence canonical) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
