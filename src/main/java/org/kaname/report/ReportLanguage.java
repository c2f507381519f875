package org.kaname.report;

import java.util.Locale;

/** The report's language: Japanese (the primary language) or English. */
public enum ReportLanguage {
    JA(Locale.JAPANESE), EN(Locale.ENGLISH);

    private final Locale locale;

    ReportLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** English for an English locale, Japanese for any other, like the app's message bundles. */
    public static ReportLanguage of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : JA;
    }
}
