package org.kaname.model;

/** How the plan's criterion weights were obtained. */
public enum WeightingMethod {
    DIRECT("direct"), SWING("swing"), AHP("ahp"), ROC("roc");

    private final String code;

    WeightingMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static WeightingMethod fromCode(String code) {
        for (WeightingMethod m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
