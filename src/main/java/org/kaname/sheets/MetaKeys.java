package org.kaname.sheets;

/** The keys in column A of the control sheet; values follow in columns B (and C for a sheet's rater). */
final class MetaKeys {
    static final String FORMAT = "format";
    static final String VERSION = "version";
    static final String FINGERPRINT = "planFingerprint";
    static final String PLAN_ID = "planId";
    static final String PLAN_TITLE = "planTitle";
    static final String EXPORTED_AT = "exportedAt";
    static final String LANGUAGE = "language";
    /** B: entry sheet name, C: rater id. */
    static final String SHEET = "sheet";
    static final String MEASURE = "measure";
    static final String CRITERION = "criterion";

    private MetaKeys() {
    }
}
