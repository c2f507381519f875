package org.kaname.service;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.kaname.edit.Cell;
import org.kaname.engine.compare.Comparison;
import org.kaname.engine.compare.PlanComparison;
import org.kaname.engine.compare.ScoreAuthors;
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

    /** Two sides of a comparison, as loaded: the plans, and the saved versions they are (null for now). */
    public record Sides(Plan a, PlanVersionInfo versionA, Plan b, PlanVersionInfo versionB, ScoreAuthors authors) {
        public Comparison compare() {
            return PlanComparison.compare(a, b, authors);
        }
    }

    /**
     * Loads sides {@code a} and {@code b} of plan {@code id} with who changed each score between them (the journal
     * between the two, either way round).
     */
    public Sides sides(long id, VersionRef a, VersionRef b) throws PlanNotFoundException, VersionNotFoundException {
        Plan current = plans.open(id).plan();
        long now = plans.journal().lastSeq(id);
        PlanVersionInfo va = info(id, a);
        PlanVersionInfo vb = info(id, b);
        long seqA = va == null ? now : va.journalSeq();
        long seqB = vb == null ? now : vb.journalSeq();
        Map<Cell, String> authors = plans.journal().lastAuthors(id, Math.min(seqA, seqB), Math.max(seqA, seqB));
        return new Sides(va == null ? current : plan(id, va.number()), va,
                vb == null ? current : plan(id, vb.number()), vb,
                (m, c, r) -> Optional.ofNullable(authors.get(new Cell(m, c, r))));
    }

    /** The comparison of {@code a} with {@code b} (ranking movement, scores with who changed them, weights, measures). */
    public Comparison compare(long id, VersionRef a, VersionRef b) throws PlanNotFoundException,
            VersionNotFoundException {
        return sides(id, a, b).compare();
    }

    private PlanVersionInfo info(long id, VersionRef ref) throws VersionNotFoundException {
        if (ref.isCurrent()) {
            return null;
        }
        return version(id, ref.number()).orElseThrow(() -> new VersionNotFoundException(id, ref.number()));
    }
}
