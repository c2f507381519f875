/**
 * Two versions of a plan side by side: how each measure's rank, score and tier moved, which raters' values changed
 * (and, where a journal knows, who changed them), how the criterion weights moved, and which measures were added or
 * removed. Pure functions on the model's records, ranked exactly as the {@code rank} command ranks; nothing here
 * may depend on JavaFX, SQL or I/O.
 */
package org.kaname.engine.compare;
