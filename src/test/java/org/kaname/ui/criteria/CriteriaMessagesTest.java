package org.kaname.ui.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kaname.model.Direction;
import org.kaname.model.WeightingMethod;

/** Every key in both languages; every literal key used in the package's code exists; no MessageFormat traps. */
public class CriteriaMessagesTest {
    static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CriteriaMessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Literal keys passed to {@code get("…")} / {@code m.get("…")} in the package's sources. */
    static Set<String> usedKeys(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern call = Pattern.compile("\\bget\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    /**
     * Keys given to the control builder ({@code controls.button("id", "key", …)}, {@code controls.labelFor("key", …)}
     * …): the string literals with a dot in the call's statement (ids have none).
     */
    static Set<String> controlKeys(Path sources) throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern call = Pattern.compile("\\bcontrols\\.\\w+\\(([^;]*)");
        Pattern literal = Pattern.compile("\"([a-zA-Z0-9_]+(?:\\.[a-zA-Z0-9_]+)+)\"");
        try (Stream<Path> files = Files.list(sources)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = call.matcher(Files.readString(f));
                while (m.find()) {
                    Matcher k = literal.matcher(m.group(1));
                    while (k.find()) {
                        keys.add(k.group(1));
                    }
                }
            }
        }
        return keys;
    }

    public static void check(String base, Path sources, Set<String> dynamic) throws IOException {
        Properties ja = load(base + ".properties");
        Properties en = load(base + "_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(ja.stringPropertyNames());
        Set<String> used = usedKeys(sources);
        assertThat(used).hasSizeGreaterThan(10);
        used.addAll(dynamic);
        assertThat(ja.stringPropertyNames()).containsAll(used);
        // A control's key names its visible text or, for a control without one, what a screen reader says.
        for (String key : controlKeys(sources)) {
            assertThat(ja.containsKey(key) || ja.containsKey(key + ".accessible")).as(key).isTrue();
        }
        for (Properties p : new Properties[] {ja, en}) {
            for (String k : p.stringPropertyNames()) {
                // One convention: key, key.tooltip, key.accessible (no older key.tip).
                assertThat(k).as(k).doesNotEndWith(".tip");
                String v = p.getProperty(k);
                // A single quote in a pattern with arguments would swallow them in MessageFormat.
                if (v.contains("{0")) {
                    assertThat(v).as(k).doesNotContain("'");
                }
                assertThat(v).as(k).isNotBlank();
            }
        }
    }

    @Test
    void bundlesAreComplete() throws IOException {
        Set<String> dynamic = new TreeSet<>();
        for (WeightingMethod m : WeightingMethod.values()) {
            dynamic.add("method." + m.code());
            dynamic.add("method." + m.code() + ".help");
        }
        for (Direction d : Direction.values()) {
            dynamic.add("direction." + d.code());
        }
        for (String tab : new String[] {"tab.criteria", "tab.weights", "tab.scenarios"}) {
            dynamic.add(tab + ".tooltip");
        }
        check("/org/kaname/ui/criteria/messages", Path.of("src/main/java/org/kaname/ui/criteria"), dynamic);
    }
}
