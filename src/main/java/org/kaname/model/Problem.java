package org.kaname.model;

import java.util.List;

/** A problem (課題) of one stakeholder, with what happens if it is neglected, and its evidence. */
public record Problem(String id, Stakeholder stakeholder, String title, String description, String consequence,
                      List<Evidence> evidence) {
    public Problem {
        description = Texts.orEmpty(description);
        consequence = Texts.orEmpty(consequence);
        evidence = Texts.list(evidence);
    }
}
