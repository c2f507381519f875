package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kaname.engine.Ahp;
import org.kaname.engine.EngineException;
import org.kaname.engine.Weights;
import org.kaname.engine.roadmap.RoadmapCycleException;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Judgment;

class EngineMessagesTest {
    private static final Path ENGINE = Path.of("src/main/java/org/kaname/engine");
    /** Where an engine failure is made, up to the argument list's opening parenthesis. */
    private static final Pattern THROW = Pattern.compile(
            "EngineException\\.(?:invalid|unknown)\\(|new EngineException\\(|super\\(Kind\\.");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern PLACE = Pattern.compile("\\{(\\d+)");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @Test
    void everyKeyTheEngineThrowsHasAJapaneseAndAnEnglishText() throws IOException {
        Map<String, String> keys = keysThrownByTheEngine();
        // About fifty failures across weights, AHP, ranking, scores, Monte Carlo, workshops and the roadmap.
        assertThat(keys).hasSizeGreaterThan(40).containsKeys("weights.allZero", "ahp.missing", "roadmap.cycle",
                "swing.ranking.twice", "roc.ranking.twice", "plan.duplicateMeasure", "round.notOpen");
        Messages ja = Messages.of(EngineException.BUNDLE, Locale.JAPANESE);
        Messages en = Messages.of(EngineException.BUNDLE, Locale.ENGLISH);
        for (Map.Entry<String, String> k : keys.entrySet()) {
            String key = k.getKey();
            assertThat(ja.bundle().getString(key)).as("Japanese text of %s (%s)", key, k.getValue())
                    .containsPattern(JAPANESE);
            assertThat(en.bundle().containsKey(key)).as("English text of %s (%s)", key, k.getValue()).isTrue();
            String english = en.bundle().getString(key);
            assertThat(english).as("English text of %s", key).doesNotContainPattern(JAPANESE).doesNotContain("'");
            assertThat(places(ja.bundle().getString(key))).as("the places of %s", key).isEqualTo(places(english));
        }
        // …and the bundle holds no text for a failure the engine no longer has.
        Set<String> texts = new TreeSet<>(ja.bundle().keySet());
        texts.remove(EngineMessages.GENERIC);
        assertThat(texts).isEqualTo(keys.keySet());
        assertThat(new TreeSet<>(en.bundle().keySet())).isEqualTo(new TreeSet<>(ja.bundle().keySet()));
    }

    @Test
    void allZeroWeightsAndAMissingAhpJudgmentAreWordedInTheUsersLanguage() {
        List<Criterion> criteria = List.of(criterion("speed"), criterion("cost"), criterion("fairness"));
        EngineException zero = catchThrowableOfType(
                () -> Weights.normalise(criteria, Map.of("speed", 0.0, "cost", 0.0), "the weights"),
                EngineException.class);
        assertThat(zero.key()).isEqualTo("weights.allZero");
        // The log and the command line keep the English.
        assertThat(zero.getMessage()).startsWith("In the weights: every weight is 0");
        assertThat(EngineMessages.of(zero, Locale.JAPANESE))
                .isEqualTo("重みがすべて0です。少なくとも1つの評価基準に0より大きい重みを付けてください。");
        assertThat(EngineMessages.of(zero, Locale.ENGLISH))
                .isEqualTo("Every weight is 0. Give at least one criterion a weight above 0.");

        EngineException missing = catchThrowableOfType(
                () -> Ahp.analyse(criteria, List.of(new Judgment("speed", "cost", 3))), EngineException.class);
        assertThat(missing.key()).isEqualTo("ahp.missing");
        assertThat(EngineMessages.of(missing, Locale.JAPANESE))
                .isEqualTo("AHPの一対比較「speed」対「fairness」が未入力です。すべての組（全3組）を比較してください。");
        assertThat(EngineMessages.of(missing, Locale.ENGLISH))
                .isEqualTo("There is no AHP judgment between “speed” and “fairness”. Every pair of criteria needs one"
                        + " (3 in all).");
    }

    @Test
    void numbersReadAsInTheEnglishMessageAndACycleIsNamed() {
        EngineException bad = EngineException.invalid("weights.invalid", "In the weights: ...", "cost", -1500.5);
        assertThat(EngineMessages.of(bad, Locale.JAPANESE))
                .isEqualTo("評価基準「cost」の重みが -1500.5 です。重みは0以上の数にしてください。");
        RoadmapCycleException cycle = new RoadmapCycleException(List.of("A", "B", "A"));
        assertThat(EngineMessages.of(cycle, Locale.JAPANESE))
                .isEqualTo("前提施策が循環しています: A → B → A。いずれかの前提を外してください。");
    }

    @Test
    void aKeyWithoutATextGivesAGeneralSentenceNotTheEnglish() {
        EngineException strange = EngineException.invalid("no.such.key", "Something English went wrong.");
        assertThat(EngineMessages.of(strange, Locale.JAPANESE)).isEqualTo("計算できませんでした。入力内容を確認してください。");
        assertThat(EngineMessages.of(strange, Locale.ENGLISH)).isEqualTo("This could not be calculated. Check the plan’s inputs.");
        // Any other error keeps its own message.
        assertThat(EngineMessages.of(new IllegalStateException("disk"), Locale.JAPANESE)).isEqualTo("disk");
    }

    /** Each key found at a throw site in org.kaname.engine.., with the file it is in. */
    private static Map<String, String> keysThrownByTheEngine() throws IOException {
        Map<String, String> keys = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ENGINE)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("EngineException.java")).sorted().toList();
        }
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher m = THROW.matcher(source);
            while (m.find()) {
                List<String> arguments = arguments(source, m.end() - (m.group().startsWith("super") ? 0 : 1));
                // The key is the first argument, or the second after a Kind.
                String key = m.group().startsWith("super") || m.group().startsWith("new") ? arguments.get(1)
                        : arguments.get(0);
                Matcher literal = LITERAL.matcher(key);
                int found = 0;
                while (literal.find()) {
                    if (key.startsWith(".equals(", literal.end())) {
                        continue; // "measure".equals(what) ? "plan.duplicateMeasure" : …
                    }
                    keys.put(literal.group(1), file.getFileName().toString());
                    found++;
                }
                assertThat(found).as("a literal key at %s: %s", file, key).isPositive();
            }
        }
        return keys;
    }

    /** The top-level arguments of the call whose '(' is at {@code open} ({@code super(Kind.}: just before it). */
    private static List<String> arguments(String source, int open) {
        int start = source.lastIndexOf('(', open);
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = start + 1;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"') {
                i = source.indexOf('"', i + 1);
                while (source.charAt(i - 1) == '\\') {
                    i = source.indexOf('"', i + 1);
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    out.add(source.substring(from, i).strip());
                    return out;
                }
            } else if (c == ',' && depth == 1) {
                out.add(source.substring(from, i).strip());
                from = i + 1;
            }
        }
        throw new AssertionError("unclosed call at " + open);
    }

    private static Set<String> places(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACE.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Criterion criterion(String id) {
        return new Criterion(id, id, null, 1.0, null, null);
    }
}
