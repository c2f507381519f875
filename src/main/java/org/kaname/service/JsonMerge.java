package org.kaname.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A three-way merge of JSON trees (base, mine, theirs): what only one side changed is taken from it; objects merge
 * field by field; arrays of objects with an identity ({@code id}; an evaluation's {@code measure} and {@code year};
 * a round's {@code number}; a judgment's {@code a} and {@code b}; else a {@code year}, as of a cost or a target),
 * each identity once in each array, merge item by item, keeping both sides' additions and removals; other arrays and
 * values are atomic. A value both sides changed to different values is a {@link Clash}, with its path.
 */
final class JsonMerge {
    /** A value both sides changed differently: its path (field names and item identities) and both sides. */
    record Clash(List<Step> path, JsonNode mine, JsonNode theirs) {
    }

    /** One step of a path: a field's name, or an item's identity in an array of items. */
    record Step(String name, boolean item) {
    }

    private final List<Clash> clashes = new ArrayList<>();

    List<Clash> clashes() {
        return clashes;
    }

    /** The merged tree; {@link MissingNode} when the result is "absent". Check {@link #clashes()} afterwards. */
    JsonNode merge(JsonNode base, JsonNode mine, JsonNode theirs) {
        return merge(List.of(), orMissing(base), orMissing(mine), orMissing(theirs));
    }

    private JsonNode merge(List<Step> path, JsonNode base, JsonNode mine, JsonNode theirs) {
        if (mine.equals(theirs) || theirs.equals(base)) {
            return mine;
        }
        if (mine.equals(base)) {
            return theirs;
        }
        if (mine.isObject() && theirs.isObject() && (base.isObject() || base.isMissingNode())) {
            return mergeObjects(path, base, mine, theirs);
        }
        if (mine.isArray() && theirs.isArray() && (base.isArray() || base.isMissingNode())
                && keyed(base) && keyed(mine) && keyed(theirs)) {
            return mergeItems(path, base, mine, theirs);
        }
        clashes.add(new Clash(path, mine, theirs));
        return mine;
    }

    private ObjectNode mergeObjects(List<Step> path, JsonNode base, JsonNode mine, JsonNode theirs) {
        Set<String> fields = new LinkedHashSet<>();
        mine.fieldNames().forEachRemaining(fields::add);
        theirs.fieldNames().forEachRemaining(fields::add);
        base.fieldNames().forEachRemaining(fields::add);
        ObjectNode merged = JsonNodeFactory.instance.objectNode();
        for (String field : fields) {
            JsonNode value = merge(with(path, new Step(field, false)), base.path(field), mine.path(field),
                    theirs.path(field));
            if (!value.isMissingNode()) {
                merged.set(field, value);
            }
        }
        return merged;
    }

    private ArrayNode mergeItems(List<Step> path, JsonNode base, JsonNode mine, JsonNode theirs) {
        Map<String, JsonNode> b = byKey(base);
        Map<String, JsonNode> m = byKey(mine);
        Map<String, JsonNode> t = byKey(theirs);
        // The order: theirs when I did not reorder what was there, else mine; the other side's new items go after
        // the item they follow on that side.
        boolean iReordered = !common(m, b).equals(common(b, m));
        List<String> order = new ArrayList<>(iReordered ? m.keySet() : t.keySet());
        Map<String, JsonNode> other = iReordered ? t : m;
        String previous = null;
        for (String key : other.keySet()) {
            if (!order.contains(key)) {
                int at = previous == null ? 0 : order.indexOf(previous) + 1;
                order.add(at, key);
            }
            previous = key;
        }
        for (String key : b.keySet()) {
            if (!order.contains(key)) {
                order.add(key);
            }
        }
        ArrayNode merged = JsonNodeFactory.instance.arrayNode();
        for (String key : order) {
            JsonNode value = merge(with(path, new Step(key, true)), orMissing(b.get(key)), orMissing(m.get(key)),
                    orMissing(t.get(key)));
            if (!value.isMissingNode()) {
                merged.add(value);
            }
        }
        return merged;
    }

    private static List<String> common(Map<String, JsonNode> in, Map<String, JsonNode> alsoIn) {
        return in.keySet().stream().filter(alsoIn::containsKey).toList();
    }

    /** True when every element is an object with an identity, each identity once (an empty array or absent too). */
    private static boolean keyed(JsonNode array) {
        if (array.isMissingNode()) {
            return true;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (JsonNode e : array) {
            String key = key(e);
            if (key == null || !seen.add(key)) {
                return false;
            }
        }
        return true;
    }

    private static String key(JsonNode e) {
        if (!e.isObject()) {
            return null;
        }
        if (e.hasNonNull("id")) {
            return e.get("id").asText();
        }
        if (e.hasNonNull("measure") && e.hasNonNull("year")) {
            return e.get("measure").asText() + " " + e.get("year").asText();
        }
        if (e.hasNonNull("number")) {
            return e.get("number").asText();
        }
        if (e.hasNonNull("a") && e.hasNonNull("b")) {
            return e.get("a").asText() + "/" + e.get("b").asText();
        }
        if (e.hasNonNull("year")) {
            return e.get("year").asText();
        }
        return null;
    }

    private static Map<String, JsonNode> byKey(JsonNode array) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (JsonNode e : array) {
            items.put(key(e), e);
        }
        return items;
    }

    private static List<Step> with(List<Step> path, Step segment) {
        List<Step> longer = new ArrayList<>(path);
        longer.add(segment);
        return List.copyOf(longer);
    }

    private static JsonNode orMissing(JsonNode n) {
        return n == null ? MissingNode.getInstance() : n;
    }
}
