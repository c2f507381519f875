package org.kaname.store;

import java.util.List;

/** The first journal row of one user action: enough to rebuild the undo and redo stacks after a restart. */
public record ActionHead(long seq, String kind, List<String> arguments, Long refersTo) {
    public ActionHead {
        arguments = List.copyOf(arguments);
    }
}
