package org.kaname.edit;

import java.util.Locale;

/** What kind of thing carries indicators or evidence: a measure, a support measure (group) or a problem. */
public enum Holder {
    MEASURE, GROUP, PROBLEM;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
