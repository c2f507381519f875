package org.kaname.ui.sensitivity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kaname.engine.WeightInterval;
import org.kaname.ui.criteria.CriteriaMessagesTest;

/** Every key in both languages and every key the package's code uses exists. */
class SensitivityMessagesTest {
    @Test
    void bundlesAreComplete() throws IOException {
        Set<String> dynamic = new TreeSet<>();
        for (WeightInterval.Kind k : WeightInterval.Kind.values()) {
            dynamic.add("change." + k.name());
        }
        CriteriaMessagesTest.check("/org/kaname/ui/sensitivity/messages",
                Path.of("src/main/java/org/kaname/ui/sensitivity"), dynamic);
    }
}
