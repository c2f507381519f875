package org.kaname.io;

import static org.assertj.core.api.Assertions.assertThat;

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

import org.junit.jupiter.api.Test;

/** Every message key exists in Japanese and English, and every key the code names exists. */
class IoMessagesConsistencyTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = IoMessagesConsistencyTest.class.getResourceAsStream("/org/kaname/io/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws Exception {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.]+)\"");
        Set<String> used = new TreeSet<>();
        for (String file : new String[] {"PlanJson.java", "PlanReader.java", "PlanValidator.java"}) {
            String source = Files.readString(Path.of("src/main/java/org/kaname/io", file));
            Matcher m = literal.matcher(source);
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        used.removeIf(k -> k.startsWith("org.") || k.endsWith(".java"));
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(keys).containsAll(used);
    }
}
