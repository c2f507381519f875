package org.kaname.ui.ranking;

import java.util.List;

/**
 * What the radar chart draws: one axis per criterion and, per compared measure, its normalised value v(m, c) in
 * 0..1 on each axis (1 is best, cost criteria already reversed; NaN where nobody rated it).
 * {@code topByDefault} says the measures are the top of the ranking because none was selected.
 */
public record RadarData(List<String> axes, List<Series> series, boolean topByDefault) {
    public static final RadarData EMPTY = new RadarData(List.of(), List.of(), false);

    public RadarData {
        axes = List.copyOf(axes);
        series = List.copyOf(series);
    }

    public record Series(String measureId, String label, double[] values) {
    }
}
