package org.kaname.model;

/** What kind of source backs a claim. */
public enum EvidenceKind {
    NATIONAL_PLAN("national-plan"), STATISTICS("statistics"), PEER_CASE("peer-case"),
    RESEARCH("research"), EXPERT("expert"), OTHER("other");

    private final String code;

    EvidenceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static EvidenceKind fromCode(String code) {
        for (EvidenceKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
