package org.kaname.model;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;
import java.util.LinkedHashMap;

/** Null-safe normalisation used by the records' compact constructors, so every record holds no nulls where a value is optional text or a collection. */
final class Texts {
    private Texts() {
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    static <K, V> Map<K, V> orderedMap(Map<K, V> m) {
        return m == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    static <K extends Comparable<K>, V> SortedMap<K, V> sortedMap(Map<K, V> m) {
        return Collections.unmodifiableSortedMap(m == null ? new TreeMap<>() : new TreeMap<>(m));
    }
}
