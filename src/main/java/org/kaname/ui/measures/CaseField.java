package org.kaname.ui.measures;

/** The text fields of a peer case's form. */
public enum CaseField {
    MUNICIPALITY, TITLE, SUMMARY, SUCCESS_FACTORS, RESULTS
}
