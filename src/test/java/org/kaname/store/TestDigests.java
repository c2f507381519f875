package org.kaname.store;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.kaname.edit.Change;
import org.kaname.edit.EditTarget;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;
import org.kaname.service.PlanDigest;
import org.kaname.service.PlanPartsJson;

/** The digest and parts codec the app uses, for store tests that build a {@link PlanStore} themselves. */
final class TestDigests {
    static final ContentDigest REAL = new PlanDigest(new PlanJson(Locale.ROOT));
    static final PartsCodec PARTS = new PlanPartsJson(new PlanJson(Locale.ROOT));
    static final JournalRecord CREATE = record("create");

    private TestDigests() {
    }

    static JournalRecord record(String kind) {
        return new JournalRecord("tester", kind, List.of(), EditTarget.PLAN, "", null, "", "");
    }

    static PlanStore store(SqlDatabase db, Clock clock) {
        return new PlanStore(db, clock, REAL, PARTS);
    }

    /** Stores {@code plan} over plan {@code id} as the change from what is stored; false if there is no such plan. */
    static boolean replace(PlanStore store, long id, Plan plan) {
        return store.load(id).map(stored -> {
            Change change = Change.between(stored.plan(), plan);
            return store.apply(id, plan, change, record("edit")).isPresent();
        }).orElse(false);
    }
}
