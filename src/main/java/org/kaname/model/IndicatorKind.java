package org.kaname.model;

/** KGI (goal), KSI (success factor), KPI outcome and KPI output. */
public enum IndicatorKind {
    KGI("KGI"), KSI("KSI"), KPI_OUTCOME("KPI（アウトカム）"), KPI_OUTPUT("KPI（アウトプット）");

    private final String label;

    IndicatorKind(String label) {
        this.label = label;
    }

    /** The label used in Japanese documents. */
    public String label() {
        return label;
    }
}
