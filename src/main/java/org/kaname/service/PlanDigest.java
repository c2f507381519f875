package org.kaname.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;
import org.kaname.store.ContentDigest;

/**
 * The store's content digest: SHA-256 of the kaname-plan JSON of the plan without its scores (score blocks carry
 * their own checksums, so a change of one score does not serialise 300,000). The exchange format is the one canonical
 * form a plan has (equal plans write equal text), and it is versioned, so the digest does not move with a JDK's
 * toString.
 */
public final class PlanDigest implements ContentDigest {
    private final PlanJson json;

    public PlanDigest(PlanJson json) {
        this.json = json;
    }

    @Override
    public String of(Plan plan) {
        return sha256(json.write(plan.withScores(List.of())));
    }

    @Override
    public String legacy(Plan plan) {
        return sha256(json.write(plan));
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
