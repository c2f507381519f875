package org.kaname.ui.sheets;

/** Where the words of the score-sheet dialogs live. */
final class SheetsTexts {
    static final String BUNDLE = "org.kaname.ui.sheets.messages";

    private SheetsTexts() {
    }
}
