package org.kaname.model;

/** Whether a higher value on a criterion is better (benefit) or worse (cost). */
public enum Direction {
    BENEFIT("benefit"), COST("cost");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Direction fromCode(String code) {
        for (Direction d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
