package org.kaname.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.kaname.engine.MonteCarloOptions;

/**
 * How to produce a report: language, paper, the Monte Carlo run behind the robustness section (samples and seed —
 * the same seed gives the same report), the time printed as the report's date (null: now), the time zone of the
 * printed times, and a saved version to compare with (the section 「前回版からの変更」; empty: no such section).
 */
public record ReportOptions(ReportLanguage language, Paper paper, int samples, long seed, Instant generatedAt,
                            ZoneId zone, Optional<ReportComparison> comparison) {
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
        comparison = comparison == null ? Optional.empty() : comparison;
    }

    /** Options without a comparison. */
    public ReportOptions(ReportLanguage language, Paper paper, int samples, long seed, Instant generatedAt,
                         ZoneId zone) {
        this(language, paper, samples, seed, generatedAt, zone, Optional.empty());
    }

    public static ReportOptions defaults() {
        return new ReportOptions(ReportLanguage.JA, Paper.A4, DEFAULT_SAMPLES, MonteCarloOptions.DEFAULT_SEED, null,
                JAPAN);
    }

    public ReportOptions withLanguage(ReportLanguage l) {
        return new ReportOptions(l, paper, samples, seed, generatedAt, zone, comparison);
    }

    public ReportOptions withPaper(Paper p) {
        return new ReportOptions(language, p, samples, seed, generatedAt, zone, comparison);
    }

    public ReportOptions withSamples(int n) {
        return new ReportOptions(language, paper, n, seed, generatedAt, zone, comparison);
    }

    public ReportOptions withGeneratedAt(Instant t) {
        return new ReportOptions(language, paper, samples, seed, t, zone, comparison);
    }

    public ReportOptions withZone(ZoneId z) {
        return new ReportOptions(language, paper, samples, seed, generatedAt, z, comparison);
    }

    /** With the section 「前回版からの変更」 comparing a saved version with the plan reported; null: without it. */
    public ReportOptions withComparison(ReportComparison c) {
        return new ReportOptions(language, paper, samples, seed, generatedAt, zone, Optional.ofNullable(c));
    }
}
