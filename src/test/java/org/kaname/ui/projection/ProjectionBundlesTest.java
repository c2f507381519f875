package org.kaname.ui.projection;

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
import org.kaname.model.Direction;
import org.kaname.model.EvidenceKind;

/** Japanese and English projection texts have the same keys, and every key the code asks for exists. */
class ProjectionBundlesTest {
    private static final Pattern GET = Pattern.compile("(?:m|messages)(?:\\(\\))?\\.get\\(\"([a-zA-Z0-9._-]+)\"");
    private static final Pattern QUOTED_KEY = Pattern.compile("\"((?:round|measure|disagreement)\\.[a-zA-Z.]+)\"");

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProjectionBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyUsedInCode() throws IOException {
        Properties ja = load("/org/kaname/ui/projection/messages.properties");
        Properties en = load("/org/kaname/ui/projection/messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(ja.stringPropertyNames());

        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/kaname/ui/projection"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                for (Pattern p : new Pattern[] {GET, QUOTED_KEY}) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        // A prefix ("evidence.kind." + code) is completed below.
                        if (!m.group(1).endsWith(".")) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        // Keys made at run time.
        for (Direction d : Direction.values()) {
            used.add("criteria.direction." + d.code());
        }
        for (EvidenceKind k : EvidenceKind.values()) {
            used.add("evidence.kind." + k.code());
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(ja.stringPropertyNames()).containsAll(used);
    }
}
