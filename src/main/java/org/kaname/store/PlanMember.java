package org.kaname.store;

/** A login's role in a plan of the shared database; {@code raterId} is the plan's rater whose cells a rater scores. */
public record PlanMember(String login, PlanRole role, String raterId) {
}
