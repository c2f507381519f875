package org.kaname.report;

import java.time.Instant;
import java.util.Objects;

/** A saved version of a plan as the report names it: its name (e.g. 令和9年度 部長会議提出版) and when it was saved. */
public record ComparedVersion(String name, Instant time) {
    public ComparedVersion {
        name = name == null ? "" : name.strip();
        Objects.requireNonNull(time, "time");
    }
}
