package org.kaname.engine.roadmap;

/** By how many yen a fiscal year's spending would exceed its cap. */
public record YearOverrun(int year, long over) {
}
