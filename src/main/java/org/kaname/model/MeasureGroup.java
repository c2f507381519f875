package org.kaname.model;

import java.util.List;

/** A support measure (支援策) in a pillar: its purpose, indicators and evidence; its measures refer to it. */
public record MeasureGroup(String id, String pillar, String title, String purpose, List<Indicator> indicators,
                           List<Evidence> evidence) {
    public MeasureGroup {
        purpose = Texts.orEmpty(purpose);
        indicators = Texts.list(indicators);
        evidence = Texts.list(evidence);
    }
}
