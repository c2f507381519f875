package org.kaname.model;

/** One side of the plan (e.g. 人材・組織), grouping support measures. */
public record Pillar(String id, String name, String description) {
    public Pillar {
        description = Texts.orEmpty(description);
    }
}
