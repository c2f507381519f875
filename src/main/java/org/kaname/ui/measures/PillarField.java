package org.kaname.ui.measures;

/** The text fields of a pillar's details form. */
public enum PillarField {
    NAME, DESCRIPTION
}
