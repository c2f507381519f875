package org.kaname.model;

import java.util.Map;
import java.util.SortedMap;

/** A criterion's rating scale, {@code min} to {@code max}, with an optional description of each level. */
public record Scale(int min, int max, SortedMap<Integer, String> levels) {
    public static final Scale DEFAULT = new Scale(1, 5, null);

    public Scale {
        levels = Texts.sortedMap(levels);
    }

    public static Scale of(int min, int max, Map<Integer, String> levels) {
        return new Scale(min, max, Texts.sortedMap(levels));
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    public String levelText(int level) {
        return levels.getOrDefault(level, "");
    }
}
