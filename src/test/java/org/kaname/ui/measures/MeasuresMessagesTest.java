package org.kaname.ui.measures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaname.ui.criteria.CriteriaMessagesTest;

/** Every key in both languages; every key the measures' code and its controls use exists; key.tooltip style. */
class MeasuresMessagesTest {
    @Test
    void bundlesAreComplete() throws IOException {
        CriteriaMessagesTest.check("/org/kaname/ui/measures/messages", Path.of("src/main/java/org/kaname/ui/measures"),
                Set.of("action.addPillar.tooltip", "evidence.copy.accessible", "tree.renameField.accessible",
                        "tree.tooltip"));
    }
}
