package org.kaname.model;

import java.util.List;

/** A peer municipality's case (先進事例) with its results; {@code groups} names the support measures it relates to. */
public record PeerCase(String municipality, String title, String summary, String successFactors, String results,
                       List<Evidence> sources, List<String> groups) {
    public PeerCase {
        summary = Texts.orEmpty(summary);
        successFactors = Texts.orEmpty(successFactors);
        results = Texts.orEmpty(results);
        sources = Texts.list(sources);
        groups = Texts.list(groups);
    }
}
