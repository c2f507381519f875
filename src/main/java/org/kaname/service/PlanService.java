package org.kaname.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.kaname.io.InvalidPlanException;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;
import org.kaname.store.PlanStore;
import org.kaname.store.PlanSummary;
import org.kaname.store.StoredPlan;

/** Plans as the user handles them — list, open, import, export, save, delete — shared by the CLI and the app. */
public final class PlanService {
    static final String SAMPLE_LOADED = "sample.loaded";

    private final PlanStore store;
    private final PlanJson json;

    public PlanService(PlanStore store, PlanJson json) {
        this.store = store;
        this.json = json;
    }

    /** On the very first start of a data directory, stores the sample plan; never again, even if the user deletes it. */
    public void loadSampleOnFirstStart() {
        if (store.setting(SAMPLE_LOADED).isEmpty()) {
            store.insertWithSetting(SamplePlan.load(json), SAMPLE_LOADED, "true");
        }
    }

    /** Gives plans stored before schema 3 their content digest (see {@link PlanStore#sealUndigested()}). */
    public void sealUndigested() {
        store.sealUndigested();
    }

    public List<PlanSummary> plans() {
        return store.list();
    }

    public StoredPlan open(long id) throws PlanNotFoundException {
        return store.load(id).orElseThrow(() -> new PlanNotFoundException(id));
    }

    /** Reads, validates and stores the file as a new plan; on any problem nothing is stored. */
    public long importPlan(Path file) throws InvalidPlanException {
        Plan plan = json.read(file);
        return store.insert(plan);
    }

    public long create(Plan plan) {
        return store.insert(plan);
    }

    public void exportPlan(long id, Path file) throws PlanNotFoundException, IOException {
        json.write(open(id).plan(), file);
    }

    public String exportText(long id) throws PlanNotFoundException {
        return json.write(open(id).plan());
    }

    public void save(long id, Plan plan) throws PlanNotFoundException {
        save(id, null, plan);
    }

    /**
     * Saves {@code plan} over {@code stored}, the version last read or saved: a change of scores alone then writes
     * only the changed scores (see {@link PlanStore#replace(long, Plan, Plan)}). {@code stored} may be null.
     */
    public void save(long id, Plan stored, Plan plan) throws PlanNotFoundException {
        if (!store.replace(id, stored, plan)) {
            throw new PlanNotFoundException(id);
        }
    }

    public void delete(long id) throws PlanNotFoundException {
        if (!store.delete(id)) {
            throw new PlanNotFoundException(id);
        }
    }
}
