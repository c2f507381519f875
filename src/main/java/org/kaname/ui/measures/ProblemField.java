package org.kaname.ui.measures;

/** The text fields of a problem's form. */
public enum ProblemField {
    ID, TITLE, DESCRIPTION, CONSEQUENCE
}
