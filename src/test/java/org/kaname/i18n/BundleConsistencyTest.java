package org.kaname.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundle exists in Japanese (base) and English with the same keys, and every key the code asks for with
 * {@code .get("…")} exists in some bundle (like JabRef's LocalizationConsistencyTest).
 */
class BundleConsistencyTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/kaname");
    private static final Path SOURCES = Path.of("src/main/java/org/kaname");

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        List<Path> bundles = baseBundles();
        assertThat(bundles).hasSizeGreaterThanOrEqualTo(3);
        for (Path ja : bundles) {
            Path en = ja.resolveSibling("messages_en.properties");
            assertThat(en).as("English bundle beside %s", ja).exists();
            Set<String> jaKeys = new TreeSet<>(load(ja).stringPropertyNames());
            Set<String> enKeys = new TreeSet<>(load(en).stringPropertyNames());
            assertThat(enKeys).as("keys of %s vs its English bundle", ja).isEqualTo(jaKeys);
            for (String key : jaKeys) {
                assertThat(load(ja).getProperty(key)).as("%s in %s", key, ja).isNotBlank();
            }
        }
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Set<String> known = new HashSet<>();
        for (Path ja : baseBundles()) {
            known.addAll(load(ja).stringPropertyNames());
        }
        Pattern call = Pattern.compile("messages(?:\\(\\))?\\.get\\(\"([A-Za-z0-9_.\\-]+)\"\\s*[,)]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(java));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(java.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
