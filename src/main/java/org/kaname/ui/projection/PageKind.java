package org.kaname.ui.projection;

/** What a projected page shows; each kind is one section of the slide show, in this order. */
public enum PageKind {
    CRITERIA("criteria"), MEASURE("measure"), RANKING("ranking"), DISAGREEMENT("disagreement"),
    ROUND_PROGRESS("round-progress"), DISTRIBUTION("distribution"), ROADMAP("roadmap");

    private final String code;

    PageKind(String code) {
        this.code = code;
    }

    /** A stable lower-case name, used in file names of screenshots and in page keys. */
    public String code() {
        return code;
    }
}
