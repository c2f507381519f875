package org.kaname.model;

/** Why the plan matters to one stakeholder (意義). */
public record Significance(Stakeholder stakeholder, String text) {
}
