package org.kaname.ui.overview;

/** How the plan caps spending per fiscal year: not at all, one amount for every year, or an amount per year. */
public enum BudgetMode {
    NONE, UNIFORM, PER_YEAR
}
