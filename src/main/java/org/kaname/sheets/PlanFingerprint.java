package org.kaname.sheets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;

/**
 * The identity of what a score sheet asks about: SHA-256 over the sorted measure ids and the sorted criteria with
 * their scales. Titles, descriptions, weights and the order of the lists are left out on purpose, so rewording a
 * measure or reordering the plan after the sheets went out does not invalidate them; adding, removing or renaming
 * the id of a measure or criterion, or changing a scale, does.
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
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
