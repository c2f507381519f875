package org.kaname.model;

/** Who a problem or significance concerns: 住民, 地域社会, 行政. */
public enum Stakeholder {
    RESIDENTS("residents", "住民"), COMMUNITY("community", "地域社会"), ADMINISTRATION("administration", "行政");

    private final String code;
    private final String label;

    Stakeholder(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Stakeholder fromCode(String code) {
        for (Stakeholder s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
