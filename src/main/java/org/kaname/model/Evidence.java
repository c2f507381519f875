package org.kaname.model;

/** A source backing a measure, group, problem or peer case: title, URL (shown, never opened — the PC is offline), kind and note. */
public record Evidence(String title, String url, EvidenceKind kind, String note) {
    public Evidence {
        url = Texts.orEmpty(url);
        kind = kind == null ? EvidenceKind.OTHER : kind;
        note = Texts.orEmpty(note);
    }
}
