package org.kaname.chart;

import java.awt.Color;

/**
 * How one series or tier is painted: a base colour chosen for its lightness (so grey-scale printing keeps series
 * apart), an optional hatch drawn as vector lines, and the text colour readable on it.
 */
public record Fill(Color colour, Hatch hatch, Color hatchColour, Color textColour) {
    /** Line patterns drawn over the base colour. */
    public enum Hatch { NONE, DIAGONAL, BACK_DIAGONAL, HORIZONTAL, CROSS, VERTICAL }
}
