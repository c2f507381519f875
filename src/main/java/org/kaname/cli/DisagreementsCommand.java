package org.kaname.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kaname.engine.workshop.AnonymousRaters;
import org.kaname.engine.workshop.CellSpread;
import org.kaname.engine.workshop.Disagreements;
import org.kaname.engine.workshop.RaterValue;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.model.Score;
import org.kaname.model.ScoringRound;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code disagreements ID [--round N] [--top K] [--format table|csv] [--out FILE.csv]}: where the raters disagree,
 * the cells in the order of {@link Disagreements#of} (most spread first), from the plan's scores or, with
 * {@code --round N}, from a revealed round's scores. An open round's values stay hidden until it is revealed, as in
 * the app, so asking for one is refused (exit 3).
 *
 * <p>CSV is exactly {@code measure,criterion,n,mean,sd,range,relative_sd,strong,lowest_rater,lowest,highest_rater,
 * highest}: ids, mean and sd with 2 decimals, relative sd with 4, values and range as given, strong {@code yes}/{@code no}.
 * Rater names are hidden like on the workshop screen: when the round shown (without {@code --round}: the latest
 * revealed round) is anonymous, each of its raters is the letter of their position in the round's rater list
 * (A, B, … Z, AA, …), so one person keeps one letter across all cells.
 */
@Command(name = "disagreements", mixinStandardHelpOptions = true,
        description = "Where the raters disagree: cells by spread (plan scores, or a revealed round with --round).")
public final class DisagreementsCommand extends EngineCommand {
    enum Format { table, csv }

    static final List<String> HEADER = List.of("measure", "criterion", "n", "mean", "sd", "range", "relative_sd",
            "strong", "lowest_rater", "lowest", "highest_rater", "highest");

    @Option(names = "--round", paramLabel = "N", description = "Use revealed round N's scores instead of the plan's.")
    Integer round;

    @Option(names = "--top", paramLabel = "K", description = "Show only the K most spread cells.")
    Integer top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE.csv",
            description = "Write the CSV to FILE instead (UTF-8 with BOM, for Excel on Japanese Windows).")
    java.nio.file.Path out;

    @Override
    protected void run(Services services) {
        if (top != null && top < 1) {
            throw new CliException(ExitCodes.USAGE, messages().get("disagreements.badTop", String.valueOf(top)));
        }
        Plan plan = plan(services);
        Optional<ScoringRound> chosen = round == null ? Optional.empty()
                : Optional.of(revealedRound(plan, round, messages()));
        List<Score> scores = chosen.map(ScoringRound::scores).orElse(plan.scores());
        List<CellSpread> spreads = engine(() -> Disagreements.of(plan, scores));
        if (top != null && spreads.size() > top) {
            spreads = spreads.subList(0, top);
        }
        // The anonymity of the round shown, else of the round the room saw last: the workshop screen's rule.
        Optional<ScoringRound> anonymity = round == null ? AnonymousRaters.latestRevealed(plan) : chosen;
        Map<String, String> letters = anonymity.filter(ScoringRound::anonymous).map(AnonymousRaters::letters)
                .orElse(Map.of());
        if (out != null) {
            writeCsvFile(out, csvRows(spreads, letters));
            return;
        }
        if (format == Format.csv) {
            printCsv(csvRows(spreads, letters));
        } else {
            printLines(table(plan, chosen, anonymity.filter(ScoringRound::anonymous).isPresent(), spreads, letters));
        }
    }

    static List<List<String>> csvRows(List<CellSpread> spreads, Map<String, String> letters) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (CellSpread s : spreads) {
            RaterValue low = s.lowest();
            RaterValue high = s.highest();
            rows.add(List.of(s.measureId(), s.criterionId(), String.valueOf(s.stats().count()),
                    fixed(s.stats().mean(), 2), fixed(s.stats().sd(), 2), value(s.stats().max() - s.stats().min()),
                    fixed(s.relativeSd(), 4), s.strong() ? "yes" : "no",
                    letters.getOrDefault(low.raterId(), low.raterId()), value(low.value()),
                    letters.getOrDefault(high.raterId(), high.raterId()), value(high.value())));
        }
        return rows;
    }

    private List<String> table(Plan plan, Optional<ScoringRound> chosen, boolean anonymous, List<CellSpread> spreads,
                               Map<String, String> letters) {
        Map<String, String> names = new HashMap<>();
        for (Rater r : plan.raters()) {
            names.putIfAbsent(r.id(), r.name());
        }
        names.putAll(letters);
        String source = chosen
                .map(r -> messages().get("disagreements.sourceRound", String.valueOf(r.number()), r.title()))
                .orElse(messages().get("disagreements.sourcePlan"));
        List<String> lines = new ArrayList<>();
        lines.add(anonymous ? messages().get("disagreements.anonymous", source) : source);
        TextTable t = new TextTable(HEADER, false, false, true, true, true, true, true, false, false, true, false,
                true);
        for (List<String> row : csvRows(spreads, Map.of()).subList(1, spreads.size() + 1)) {
            List<String> shown = new ArrayList<>(row);
            // People read names; the CSV keeps ids (or letters) for scripts.
            shown.set(8, names.getOrDefault(row.get(8), row.get(8)));
            shown.set(10, names.getOrDefault(row.get(10), row.get(10)));
            t.row(shown);
        }
        lines.addAll(t.lines());
        return lines;
    }

    /**
     * Round {@code number} if it is revealed; an unknown round and an open one (its values are hidden until the room
     * reveals them) are invalid input, exit 3.
     */
    static ScoringRound revealedRound(Plan plan, int number, Messages messages) {
        ScoringRound r = plan.rounds().stream().filter(x -> x.number() == number).findFirst().orElseThrow(() ->
                new CliException(ExitCodes.INVALID_INPUT, messages.get("round.notFound", String.valueOf(number))));
        if (r.isOpen()) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages.get("round.stillOpen", String.valueOf(number)));
        }
        return r;
    }

    /** A value as given: {@code 4}, {@code 3.5}, never an exponent or a locale's comma. */
    static String value(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
