package org.kaname.io;

/**
 * One problem found in a plan: where ({@code pointer}, a JSON Pointer into the kaname-plan format such as
 * {@code /measures/3/dependsOn/0}; empty for the whole file) and what, in words for a person.
 */
public record PlanIssue(String pointer, String message) {
}
