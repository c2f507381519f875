package org.kaname.ui.sheets;

/** What the planner chose after seeing the collection report. */
public enum CollectDecision {
    /** Store every file (only offered when no file has a problem). */
    IMPORT_ALL,
    /** Store the clean files and the valid rows of the files with problems. */
    IMPORT_VALID,
    CANCEL
}
