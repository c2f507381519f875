package org.kaname.ui.shared;

import java.time.Instant;

/**
 * One value two people changed at once, as the conflict dialog shows it: what it is in words (「M12 の 名称」), the
 * other person's value, who set it and when, and the value this user wanted.
 */
public record ConflictRow(String target, String theirs, String theirUser, Instant theirTime, String mine) {
}
