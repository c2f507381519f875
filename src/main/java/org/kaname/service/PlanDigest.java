package org.kaname.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;
import org.kaname.store.ContentDigest;

/**
 * The store's content digest: SHA-256 of the plan's kaname-plan JSON. The exchange format is the one canonical form
 * a plan has (equal plans write equal text), and it is versioned, so the digest does not move with a JDK's toString.
 */
public final class PlanDigest implements ContentDigest {
    private final PlanJson json;

    public PlanDigest(PlanJson json) {
        this.json = json;
    }

    @Override
    public String of(Plan plan) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.write(plan).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
