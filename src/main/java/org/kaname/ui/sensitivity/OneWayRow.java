package org.kaname.ui.sensitivity;

/**
 * One criterion's one-way interval in percent: its weight now, and the range within which the first-ranked measure
 * and the top tier stay the same, with what changes just beyond each end, in words.
 */
public record OneWayRow(String criterionId, String name, double weightPercent, double lowPercent, double highPercent,
                        String belowLow, String aboveHigh, String reading) {
}
