package org.kaname.report;

import java.time.Instant;
import java.time.ZoneId;
import org.kaname.engine.MonteCarloOptions;

/**
 * How to produce a report: language, paper, the Monte Carlo run behind the robustness section (samples and seed —
 * the same seed gives the same report), the time printed as the report's date (null: now) and the time zone of the
 * printed times.
 */
public record ReportOptions(ReportLanguage language, Paper paper, int samples, long seed, Instant generatedAt,
                            ZoneId zone) {
    /** Enough samples for percentages to the nearest point, and fast enough for a report in seconds. */
    public static final int DEFAULT_SAMPLES = 2_000;
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public ReportOptions {
        language = language == null ? ReportLanguage.JA : language;
        paper = paper == null ? Paper.A4 : paper;
        if (samples < 1) {
            throw new IllegalArgumentException("samples must be at least 1: " + samples);
        }
        zone = zone == null ? JAPAN : zone;
    }

    public static ReportOptions defaults() {
        return new ReportOptions(ReportLanguage.JA, Paper.A4, DEFAULT_SAMPLES, MonteCarloOptions.DEFAULT_SEED, null,
                JAPAN);
    }

    public ReportOptions withLanguage(ReportLanguage l) {
        return new ReportOptions(l, paper, samples, seed, generatedAt, zone);
    }

    public ReportOptions withPaper(Paper p) {
        return new ReportOptions(language, p, samples, seed, generatedAt, zone);
    }

    public ReportOptions withSamples(int n) {
        return new ReportOptions(language, paper, n, seed, generatedAt, zone);
    }

    public ReportOptions withGeneratedAt(Instant t) {
        return new ReportOptions(language, paper, samples, seed, t, zone);
    }

    public ReportOptions withZone(ZoneId z) {
        return new ReportOptions(language, paper, samples, seed, generatedAt, z);
    }
}
