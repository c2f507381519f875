package org.kaname.report;

/**
 * Paper of the report. Every page is A4 portrait, the standard of Japanese administrative documents; {@link #A3}
 * puts the roadmap pages on A3 landscape (folded in three when filed), where the Gantt chart gets wide years.
 */
public enum Paper { A4, A3 }
