package org.kaname.ui.measures;

/** The text fields of a support measure's details form. */
public enum GroupField {
    TITLE, PURPOSE
}
