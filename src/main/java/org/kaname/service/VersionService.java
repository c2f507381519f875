package org.kaname.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.kaname.io.InvalidPlanException;
import org.kaname.model.Plan;
import org.kaname.store.PlanVersionInfo;
import org.kaname.store.PlanVersions;

/**
 * Named versions of a plan ("令和9年度 部長会議提出版"): frozen, read-only copies, saved and compared. A version is the
 * plan's kaname-plan JSON, gzipped, so it reads back exactly as it was, whatever the schema does later.
 */
public final class VersionService {
    private static final int MAX_NAME = 200;

    private final PlanService plans;
    private final PlanVersions versions;

    VersionService(PlanService plans, PlanVersions versions) {
        this.plans = plans;
        this.versions = versions;
    }

    /** Saves plan {@code id} as it is now under {@code name}; returns the new version. */
    public PlanVersionInfo snapshot(long id, String name) throws PlanNotFoundException {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new IllegalArgumentException(trimmed.isEmpty() ? "empty version name"
                    : "version name longer than " + MAX_NAME + " characters");
        }
        Plan plan = plans.open(id).plan();
        byte[] content = PlanPartsJson.gzip(plans.json().write(plan).getBytes(StandardCharsets.UTF_8));
        return versions.save(id, trimmed, plans.users().current(), content)
                .orElseThrow(() -> new PlanNotFoundException(id));
    }

    /** The versions of plan {@code id}, oldest first; the plan must exist. */
    public List<PlanVersionInfo> versions(long id) throws PlanNotFoundException {
        plans.open(id);
        return versions.list(id);
    }

    public Optional<PlanVersionInfo> version(long id, int number) {
        return versions.list(id).stream().filter(v -> v.number() == number).findFirst();
    }

    /** The plan as version {@code number} froze it. */
    public Plan plan(long id, int number) throws VersionNotFoundException {
        PlanVersions.Content content = versions.content(id, number)
                .orElseThrow(() -> new VersionNotFoundException(id, number));
        try {
            return plans.json().read(PlanPartsJson.gunzip(content.bytes()), "version " + number);
        } catch (InvalidPlanException e) {
            throw new IllegalStateException("version " + number + " of plan " + id + " does not read back", e);
        }
    }
}
