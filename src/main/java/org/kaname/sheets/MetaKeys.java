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
    /** B: entry sheet name, C: rater id (score sheets) or 担当課 (actuals sheets). */
    static final String SHEET = "sheet";
    static final String MEASURE = "measure";
    static final String CRITERION = "criterion";
    /** An actuals sheet's 年度. */
    static final String YEAR = "year";
    /** An actuals sheet's row: B the indicator id, C the sheet it is on (in row order). */
    static final String INDICATOR = "indicator";

    private MetaKeys() {
    }
}
