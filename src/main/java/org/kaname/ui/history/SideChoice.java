package org.kaname.ui.history;

import org.kaname.service.VersionRef;

/** One side of a comparison as its chooser shows it: 「現在」 or 「版 2「部長会議提出版」」. */
public record SideChoice(VersionRef ref, String label) {
    @Override
    public String toString() {
        return label;
    }
}
