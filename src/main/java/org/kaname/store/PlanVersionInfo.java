package org.kaname.store;

import java.time.Instant;

/** A saved version of a plan: its number (from 1 in its plan), name, when and by whom, and the journal it includes. */
public record PlanVersionInfo(long planId, int number, String name, Instant time, String user, long journalSeq) {
}
