package org.kaname.store;

/** Which kind of row an indicator or evidence row belongs to (column owner_kind). */
enum OwnerKind {
    GROUP("G"), MEASURE("M"), PROBLEM("P"), CASE("C");

    private final String code;

    OwnerKind(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }
}
