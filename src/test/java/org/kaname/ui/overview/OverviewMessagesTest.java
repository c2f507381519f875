package org.kaname.ui.overview;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kaname.ui.criteria.CriteriaMessagesTest;

/** Every key in both languages; every key the overview's code and its controls use exists; key.tooltip style. */
class OverviewMessagesTest {
    @Test
    void bundlesAreComplete() throws IOException {
        CriteriaMessagesTest.check("/org/kaname/ui/overview/messages", Path.of("src/main/java/org/kaname/ui/overview"),
                Set.of("field.title.tooltip", "tier.add.tooltip", "tier.remove.accessible",
                        "field.tierName.accessible", "field.tierScore.accessible"));
    }
}
