/**
 * Every change to a plan as a value. An {@link org.kaname.edit.Edit} is what a person asked for ("set this score",
 * "remove these measures"); it checks itself against the plan and resolves into a {@link org.kaname.edit.Change}: the
 * exact parts and score cells before and after. A change applies itself, inverts itself for undo, and is what the
 * store writes (only the rows it touches) and what the journal keeps. Pure: no JavaFX, no SQL, no I/O.
 */
package org.kaname.edit;
