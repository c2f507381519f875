package org.kaname.model;

/** Where a scoring round stands: scores are being entered (hidden from the room), or they have been shown. */
public enum RoundState {
    /** Scores go into the round only; the projection shows who has finished, never the values. */
    OPEN,
    /** The round's scores have been shown to the room and copied into the plan's scores. */
    REVEALED
}
