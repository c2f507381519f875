package org.kaname.model;

/** An AHP pairwise judgment: criterion {@code a} is {@code value} times as important as criterion {@code b}. */
public record Judgment(String a, String b, double value) {
}
