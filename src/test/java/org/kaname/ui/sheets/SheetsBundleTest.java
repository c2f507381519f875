package org.kaname.ui.sheets;

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

/** Japanese and English have the same keys, and every key the code names (and each button's key.tooltip) exists. */
class SheetsBundleTest {
    private static final Pattern KEY =
            Pattern.compile("\"((?:export|collect|json|files|error|busy|dialog)\\.[a-zA-Z0-9.]+)\"");
    private static final Pattern WITH_TIP = Pattern.compile("controls\\.(?:button|radio)\\(\"[^\"]+\", \"([^\"]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SheetsBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryKeyTheCodeUses() throws IOException {
        Properties ja = load("/org/kaname/ui/sheets/messages.properties");
        Properties en = load("/org/kaname/ui/sheets/messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());

        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/kaname/ui/sheets"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                Matcher m = KEY.matcher(code);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher t = WITH_TIP.matcher(code);
                while (t.find()) {
                    used.add(t.group(1) + ".tooltip");
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50).contains("collect.importAll.tooltip", "export.perRater.tooltip",
                "busy.cancel.tooltip");
        assertThat(ja.stringPropertyNames()).containsAll(used);
        // One convention with ui.Controls: key, key.tooltip, key.accessible.
        assertThat(ja.stringPropertyNames()).noneMatch(k -> k.endsWith(".tip") || k.endsWith(".a11y"));
    }
}
