package org.kaname.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Times in a plan have microsecond precision: what H2 and PostgreSQL keep. Truncating once, where a record is made,
 * keeps a plan equal to itself after storage, which the store's content digest relies on.
 */
public final class Instants {
    private Instants() {
    }

    public static Instant stored(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MICROS);
    }
}
