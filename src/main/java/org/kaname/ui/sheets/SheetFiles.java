package org.kaname.ui.sheets;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The file and folder choosers the score-sheet actions need, so tests can supply paths instead. */
interface SheetFiles {
    Optional<Path> folder(String title);

    /** Score sheets (.xlsx) and score files (.json), several at once; empty when cancelled. */
    List<Path> scoreFiles(String title);

    Optional<Path> openJson(String title);

    Optional<Path> saveJson(String title, String proposedName);
}
