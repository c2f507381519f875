/**
 * The scoring engine: weights (direct, swing, AHP, rank-order centroid), aggregation of raters' values, the
 * weighted-sum ranking every output follows, group and pillar summaries, scenarios, one-way and Monte Carlo
 * sensitivity, and TOPSIS as an alternative model. Pure functions over {@link org.kaname.model} records: nothing
 * here may depend on JavaFX, SQL or I/O. Errors a user can cause are {@link org.kaname.engine.EngineException}s.
 */
package org.kaname.engine;
