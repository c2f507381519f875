package org.kaname.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.kaname.io.InvalidPlanException;
import org.kaname.io.PlanJson;
import org.kaname.model.Plan;

/** The sample plan shipped with Kaname: the seed article on DX promotion leaders, as a kaname-plan resource. */
public final class SamplePlan {
    static final String RESOURCE = "/org/kaname/sample/dx-promotion-leader.json";

    private SamplePlan() {
    }

    public static byte[] bytes() {
        try (InputStream in = SamplePlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample plan resource missing: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Plan load(PlanJson json) {
        try {
            return json.read(bytes(), "dx-promotion-leader.json");
        } catch (InvalidPlanException e) {
            // The shipped sample is checked by the tests; failing here means a broken build, not a user error.
            throw new IllegalStateException("the bundled sample plan is invalid: " + e.getMessage(), e);
        }
    }
}
