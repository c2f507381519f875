package org.kaname.ui.measures;

/** The text fields of a measure's details form. */
public enum MeasureField {
    ID, TITLE, DESCRIPTION, OWNER, INITIAL_COST, ANNUAL_COST, DURATION
}
