package org.kaname.engine.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RoadmapTextsTest {
    private final RoadmapTexts ja = RoadmapTexts.of(Locale.JAPANESE);
    private final RoadmapTexts en = RoadmapTexts.of(Locale.ENGLISH);

    @Test
    void reasonsNameTheYearsWithoutSeparatorsAndTheAmountsInThousandYen() {
        DeferralReason over = new DeferralReason.OverBudget(2026, 2028, 2027,
                List.of(new YearOverrun(2027, 12_000_000), new YearOverrun(2028, 500)));
        assertThat(ja.reason(over)).isEqualTo("予算超過: 2026〜2028年度のどの年度に開始しても予算を超えます"
                + "（最も近い 2027年度開始で 2027年度 12,000千円超過、2028年度 1千円超過）");
        assertThat(en.reason(over)).isEqualTo("Over budget: any start from FY2026 to FY2028 exceeds the budget"
                + " (closest, starting FY2027: FY2027 over by 12,000 thousand yen, FY2028 over by 1 thousand yen)");
        assertThat(ja.reason(new DeferralReason.OverBudget(2029, 2029, 2029, List.of(new YearOverrun(2030, 7)))))
                .isEqualTo("予算超過: 2029年度に開始すると予算を超えます（2030年度 1千円超過）");
        // The money that would make it fit: rounded up, so a 1,000,001円 overrun needs 1,001千円, not 1,000.
        assertThat(ja.shortfall(new DeferralReason.OverBudget(2029, 2029, 2029,
                List.of(new YearOverrun(2029, 1_000_000), new YearOverrun(2030, 1))).shortfall())).isEqualTo("1,001千円");
        assertThat(ja.thousandYen(1_234_499)).isEqualTo("1,234千円");
        assertThat(en.thousandYen(1_234_500)).isEqualTo("1,235 thousand yen");
        assertThat(ja.reason(new DeferralReason.NoRoomInHorizon(2029, 3, 2030)))
                .isEqualTo("期間不足: 早くても 2029年度開始で 3年間かかり、計画期間（2030年度まで）に収まりません");
        assertThat(ja.reason(new DeferralReason.PrerequisiteNotScheduled("S1-1", RoadmapStatus.DEFERRED)))
                .isEqualTo("前提施策 S1-1 が見送りのため実施できません");
        assertThat(en.reason(new DeferralReason.PrerequisiteNotScheduled("S1-1", RoadmapStatus.UNSCORED)))
                .isEqualTo("Its prerequisite S1-1 is unscored");
    }

    @Test
    void warningsSayWhatThePinCaused() {
        assertThat(ja.warning(new RoadmapWarning.PinnedOverBudget(2027, 130_000_000, 100_000_000, List.of("P1", "P2"))))
                .isEqualTo("固定した開始年度により 2027年度の支出 130,000千円 が予算 100,000千円 を 30,000千円 超えています（P1, P2）");
        assertThat(en.warning(new RoadmapWarning.PinnedBeforePrerequisite("P", 2027, "A", RoadmapStatus.SCHEDULED,
                2027))).isEqualTo("P is pinned to start in FY2027, but its prerequisite A ends only in FY2027");
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
    }

    /** Labels are asked for by key ({@code t.label("column.start")}); a missing one would show as !key!. */
    @Test
    void everyLabelTheCodeAsksForExists() throws IOException {
        java.util.Set<String> known = keys("messages.properties");
        java.util.regex.Pattern call = java.util.regex.Pattern.compile("label\\(\"([A-Za-z0-9_.]+)\"");
        List<String> missing = new java.util.ArrayList<>();
        int found = 0;
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/kaname"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(file);
                if (!source.contains("RoadmapTexts")) {
                    continue;
                }
                var m = call.matcher(source);
                while (m.find()) {
                    found++;
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(20);
        assertThat(missing).isEmpty();
        assertThat(en.label("nope")).isEqualTo("!nope!");
    }

    private static java.util.Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = RoadmapTexts.class.getResourceAsStream(file)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
