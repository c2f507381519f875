package org.kaname.ui.scoring;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scoring and ranking bundles: Japanese and English have the same keys, and every key the screens' code asks
 * for (a literal in {@code messages.get("…")}) exists. Keys built at run time are listed by their prefix.
 */
class ScreenBundlesTest {
    private static final Pattern GET = Pattern.compile("messages\\.get\\(\"([a-zA-Z0-9._-]+)\"\\s*[,)]");
    /**
     * Keys whose text {@link org.kaname.ui.Controls} shows: the first argument of a label, the key after the id of a
     * button. ({@code describe} and {@code combo} may name a control by {@code key.accessible} alone.)
     */
    private static final Pattern CONTROL_FIRST = Pattern.compile(
            "controls\\.(?:labelFor|heading|help)\\(\"([a-zA-Z0-9._-]+)\"");
    private static final Pattern CONTROL_SECOND = Pattern.compile(
            "controls\\.(?:button|toggle|checkBox|radio)\\(\"[^\"]*\",\\s*\"([a-zA-Z0-9._-]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ScreenBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"scoring", "ranking"})
    void bothLanguagesHaveTheSameKeysAndEveryKeyUsedInCode(String screen) throws IOException {
        Properties ja = load("/org/kaname/ui/" + screen + "/messages.properties");
        Properties en = load("/org/kaname/ui/" + screen + "/messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());

        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/kaname/ui/" + screen))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : new Pattern[] {GET, CONTROL_FIRST, CONTROL_SECOND}) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(ja.stringPropertyNames()).containsAll(used);
        // Keys made at run time: the model names and the button texts with their tooltips.
        if (screen.equals("ranking")) {
            for (org.kaname.engine.ModelKind m : org.kaname.engine.ModelKind.values()) {
                assertThat(ja).containsKey("model." + m.code());
            }
        } else {
            for (String b : new String[] {"rater.add", "rater.rename", "rater.remove", "rater.chooser",
                    "consensus.toggle", "rater.name", "note", "note.save"}) {
                assertThat(ja).containsKeys(b, b + ".accessible", b + ".tooltip");
                assertThat(used).contains(b);
            }
        }
    }
}
