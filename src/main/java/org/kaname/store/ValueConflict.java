package org.kaname.store;

import java.time.Instant;

/**
 * One value that someone else changed while this person changed it too: what it is ({@code target}, in words such as
 * "M12 / 実現可能性 / 佐藤" or "M12 の title"), the value this person wanted ({@code mine}) and the one stored now
 * ({@code theirs}), with who stored it and when (from the newest journal row that touched it; empty and null when the
 * journal does not say).
 */
public record ValueConflict(String target, String mine, String theirs, String theirUser, Instant theirTime) {
}
