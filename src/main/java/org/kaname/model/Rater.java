package org.kaname.model;

/** A person or department who scores measures. */
public record Rater(String id, String name) {
}
