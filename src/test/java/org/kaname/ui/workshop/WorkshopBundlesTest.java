package org.kaname.ui.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The workshop bundle: Japanese and English have the same keys, and every key the screen's code names exists —
 * texts asked for directly, and the buttons and described controls with their accessible text and tooltip.
 */
class WorkshopBundlesTest {
    private static final Pattern GET = Pattern.compile("\\b(?:messages|m)\\.get\\(\"([a-zA-Z0-9._-]+)\"\\s*[,)]");
    private static final Pattern DESCRIBED =
            Pattern.compile("\\b(?:button|describe|checkBox)\\([^;]*?\"[a-zA-Z0-9-]+\",\\s*\"([a-zA-Z0-9._-]+)\"\\s*[,)]");
    private static final Pattern LABELS =
            Pattern.compile("\\b(?:labelFor|heading|help)\\(\"([a-zA-Z0-9._-]+)\"\\s*[,)]");
    private static final Pattern COLUMNS =
            Pattern.compile("\\bcolumn\\((?:ui,\\s*)?\"[a-zA-Z0-9-]+\",\\s*\"([a-zA-Z0-9._-]+)\"\\s*,");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WorkshopBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyUsedInCode() throws IOException {
        Properties ja = load("/org/kaname/ui/workshop/messages.properties");
        Properties en = load("/org/kaname/ui/workshop/messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());

        Set<String> used = new HashSet<>();
        Set<String> described = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/kaname/ui/workshop"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : new Pattern[] {GET, LABELS, COLUMNS}) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
                Matcher m = DESCRIBED.matcher(code);
                while (m.find()) {
                    described.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(described).contains("round.start", "round.reveal", "round.discard", "topic.next", "form.title");
        assertThat(ja.stringPropertyNames()).containsAll(used);
        for (String key : described) {
            assertThat(ja).containsKeys(key + ".accessible", key + ".tooltip");
        }
        // Keys made at run time: the two ends of a disagreement.
        for (String side : new String[] {"lowest", "highest"}) {
            assertThat(ja).containsKeys("topic." + side, "topic.save." + side, "topic.save." + side + ".accessible",
                    "topic.save." + side + ".tooltip", "topic.valueField.label." + side,
                    "topic.noteField.label." + side);
        }
        // Every text that takes arguments has as many in both languages.
        for (String key : ja.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(ja.getProperty(key)));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
