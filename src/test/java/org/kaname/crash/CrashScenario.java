package org.kaname.crash;

import java.nio.file.Path;
import java.util.SplittableRandom;

/** One kind of write to crash: the child to start on a data folder, its success line, and the check after a kill. */
interface CrashScenario {
    String name();

    ChildJvm child(Path data);

    /** Kill the moment the child says the change is saved (for the editor: at one of its acknowledgements). */
    KillPlan killAtSuccess(SplittableRandom random);

    /** Checks the folder after the child ended (killed or not), given what the child had printed. */
    Verdict check(Path data, ChildRun run);
}
