package org.kaname.engine;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The ranking model: the weighted sum (the default, the contract every output follows) or TOPSIS for comparison. */
public enum ModelKind {
    WEIGHTED_SUM("weighted-sum"), TOPSIS("topsis");

    private final String code;

    ModelKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ModelKind fromCode(String code) {
        for (ModelKind m : values()) {
            if (m.code.equals(code)) {
                return m;
            }
        }
        throw EngineException.unknown("model.unknown", "Unknown model '" + code + "'; use "
                + Arrays.stream(values()).map(ModelKind::code).collect(Collectors.joining(" or ")) + ".", code,
                Arrays.stream(values()).map(ModelKind::code).collect(Collectors.joining(", ")));
    }
}
