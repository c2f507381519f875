package org.kaname.ui.history;

import org.kaname.store.PlanVersionInfo;

/** One saved version as the list shows it: number, name, local time and who saved it. */
public record VersionRow(PlanVersionInfo info, String time) {
    public int number() {
        return info.number();
    }

    public String name() {
        return info.name();
    }

    public String user() {
        return info.user();
    }
}
