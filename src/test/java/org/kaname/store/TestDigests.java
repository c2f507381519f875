package org.kaname.store;

import java.util.Locale;
import org.kaname.io.PlanJson;
import org.kaname.service.PlanDigest;

/** The digest the app uses, for store tests that build a {@link PlanStore} themselves. */
final class TestDigests {
    static final ContentDigest REAL = new PlanDigest(new PlanJson(Locale.ROOT));

    private TestDigests() {
    }
}
