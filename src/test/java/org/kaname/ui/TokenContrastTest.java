package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every pair of colour tokens (-kn-*) that Kaname draws as text on background, or as a control's edge on its
 * surroundings, reaches the DADS / JIS X 8341-3 AA contrast in the normal and the high-contrast theme: 4.5:1 for
 * text, 3:1 for large text and the edges of controls (WCAG 1.4.11). The colours are read from the stylesheets
 * themselves (the high-contrast sheet overrides the normal one), so a changed value is checked as it is; a new token
 * must be added to a pair here (or to the decorative list) before the test passes.
 */
class TokenContrastTest {
    private static final Pattern TOKEN = Pattern.compile("(-kn-[a-z0-9-]+):\\s*#([0-9a-fA-F]{6})\\s*;");
    private static final Pattern USE = Pattern.compile(":\\s*[^;]*?(-kn-[a-z0-9-]+)");
    private static final String NORMAL = "/org/kaname/ui/kaname.css";
    private static final String HIGH_CONTRAST = "/org/kaname/ui/kaname-high-contrast.css";

    private record Pair(String fg, String bg, double min) {
    }

    private static final double TEXT = 4.5;
    private static final double EDGE = 3.0;

    private static final List<Pair> PAIRS = List.of(
            // Body text, headings and quiet text on the page and on panels.
            new Pair("-kn-fg", "-kn-bg", TEXT), new Pair("-kn-fg", "-kn-surface", TEXT),
            new Pair("-kn-heading", "-kn-bg", TEXT), new Pair("-kn-heading", "-kn-surface", TEXT),
            new Pair("-kn-muted", "-kn-bg", TEXT), new Pair("-kn-muted", "-kn-surface", TEXT),
            // Links, selected and hovered rows, the default button.
            new Pair("-kn-accent", "-kn-bg", TEXT), new Pair("-kn-accent", "-kn-surface", TEXT),
            new Pair("-kn-on-accent", "-kn-accent", TEXT), new Pair("-kn-on-accent", "-kn-heading", TEXT),
            new Pair("-kn-fg", "-kn-selection", TEXT), new Pair("-kn-fg", "-kn-hover", TEXT),
            // States: errors, warnings, saved.
            new Pair("-kn-danger", "-kn-bg", TEXT), new Pair("-kn-danger", "-kn-surface", TEXT),
            new Pair("-kn-danger", "-kn-warning-bg", TEXT), new Pair("-kn-danger", "-kn-danger-bg", TEXT),
            new Pair("-kn-fg", "-kn-warning-bg", TEXT),
            new Pair("-kn-ok", "-kn-bg", TEXT), new Pair("-kn-ok", "-kn-surface", TEXT),
            // Tier labels: page-coloured text on the tier colour.
            new Pair("-kn-bg", "-kn-tier-high", TEXT), new Pair("-kn-bg", "-kn-tier-mid", TEXT),
            new Pair("-kn-bg", "-kn-tier-low", TEXT), new Pair("-kn-bg", "-kn-tier-none", TEXT),
            // Edges of controls and the focus ring (black outline against the page, yellow ring against it).
            new Pair("-kn-border", "-kn-bg", EDGE), new Pair("-kn-border", "-kn-surface", EDGE),
            new Pair("-kn-accent", "-kn-hover", EDGE),
            new Pair("-kn-focus-outline", "-kn-bg", EDGE), new Pair("-kn-focus-outline", "-kn-surface", EDGE),
            new Pair("-kn-focus", "-kn-focus-outline", EDGE),
            // Radar series lines on the page.
            new Pair("-kn-c1", "-kn-bg", EDGE), new Pair("-kn-c2", "-kn-bg", EDGE), new Pair("-kn-c3", "-kn-bg", EDGE),
            new Pair("-kn-c4", "-kn-bg", EDGE), new Pair("-kn-c5", "-kn-bg", EDGE));

    /** Tokens only ever drawn next to others that carry the meaning (rules between panels). */
    private static final Set<String> DECORATIVE = Set.of("-kn-divider");

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyTextAndEdgePairReachesAA(boolean highContrast) throws IOException {
        Map<String, String> tokens = tokens(NORMAL);
        if (highContrast) {
            tokens.putAll(tokens(HIGH_CONTRAST));
        }
        for (Pair p : PAIRS) {
            assertThat(tokens).as("theme %s", highContrast ? "high contrast" : "normal").containsKeys(p.fg, p.bg);
            double ratio = contrast(tokens.get(p.fg), tokens.get(p.bg));
            assertThat(ratio).as("%s %s #%s on %s #%s", highContrast ? "high contrast:" : "normal:", p.fg,
                    tokens.get(p.fg), p.bg, tokens.get(p.bg)).isGreaterThanOrEqualTo(p.min);
        }
    }

    @Test
    void theHighContrastThemeKeepsTextAtSevenToOne() throws IOException {
        Map<String, String> tokens = tokens(NORMAL);
        tokens.putAll(tokens(HIGH_CONTRAST));
        for (String text : List.of("-kn-fg", "-kn-heading", "-kn-muted", "-kn-accent", "-kn-danger", "-kn-ok")) {
            assertThat(contrast(tokens.get(text), tokens.get("-kn-bg"))).as(text).isGreaterThanOrEqualTo(7);
        }
    }

    @Test
    void everyTokenIsInAPairOrDecorative() throws IOException {
        Set<String> paired = new TreeSet<>(DECORATIVE);
        PAIRS.forEach(p -> {
            paired.add(p.fg);
            paired.add(p.bg);
        });
        assertThat(paired).containsAll(tokens(NORMAL).keySet()).containsAll(tokens(HIGH_CONTRAST).keySet());
    }

    @Test
    void everyTokenAStylesheetUsesIsDefined() throws IOException, URISyntaxException {
        Set<String> defined = new TreeSet<>(tokens(NORMAL).keySet());
        Path root = Path.of(TokenContrastTest.class.getResource(NORMAL).toURI()).getParent();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sheets = Files.walk(root)) {
            for (Path sheet : sheets.filter(p -> p.toString().endsWith(".css")).toList()) {
                String css = Files.readString(sheet);
                Matcher def = TOKEN.matcher(css);
                while (def.find()) {
                    defined.add(def.group(1));
                }
                Matcher use = USE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
                while (use.find()) {
                    used.add(use.group(1));
                }
            }
        }
        used.remove("-kn-chart-palette"); // a property of ChartCanvas, not a colour
        assertThat(defined).containsAll(used);
        assertThat(used).as("sanity: the sheets were read").contains("-kn-fg", "-kn-danger");
    }

    private static Map<String, String> tokens(String stylesheet) throws IOException {
        try (InputStream in = TokenContrastTest.class.getResourceAsStream(stylesheet)) {
            assertThat(in).as(stylesheet).isNotNull();
            Matcher m = TOKEN.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> found = new LinkedHashMap<>();
            while (m.find()) {
                found.put(m.group(1), m.group(2));
            }
            return found;
        }
    }

    /** WCAG 2 contrast ratio of two colours given as RRGGBB. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex, 16);
        return 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
