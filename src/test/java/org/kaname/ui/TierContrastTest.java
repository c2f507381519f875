package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tier labels (高・中・低・未評価) are white text on the tier colour in every theme; WCAG 2 / JIS X 8341-3 AA asks
 * for 4.5:1 for such text. The colours are read from the stylesheets themselves, so a new value is checked as it is.
 */
class TierContrastTest {
    private static final Pattern TIER = Pattern.compile("(-kn-tier-[a-z]+):\\s*#([0-9a-fA-F]{6})\\s*;");

    @ParameterizedTest
    @ValueSource(strings = {"/org/kaname/ui/kaname.css", "/org/kaname/ui/kaname-high-contrast.css",
            "/org/kaname/ui/projection/projection.css"})
    void whiteTextOnEveryTierColourReachesFourAndAHalfToOne(String stylesheet) throws IOException {
        Map<String, String> tiers = tierColours(stylesheet);
        assertThat(tiers).containsKeys("-kn-tier-high", "-kn-tier-mid", "-kn-tier-low", "-kn-tier-none");
        tiers.forEach((name, hex) -> assertThat(contrastWithWhite(hex))
                .as("%s %s #%s against white", stylesheet, name, hex).isGreaterThanOrEqualTo(4.5));
    }

    private static Map<String, String> tierColours(String stylesheet) throws IOException {
        try (InputStream in = TierContrastTest.class.getResourceAsStream(stylesheet)) {
            assertThat(in).as(stylesheet).isNotNull();
            Matcher m = TIER.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> found = new LinkedHashMap<>();
            while (m.find()) {
                found.put(m.group(1), m.group(2));
            }
            return found;
        }
    }

    /** WCAG 2 contrast ratio of white against {@code hex} (RRGGBB). */
    static double contrastWithWhite(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        double l = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
        return 1.05 / (l + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
