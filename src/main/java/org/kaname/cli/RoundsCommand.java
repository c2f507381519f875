package org.kaname.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kaname.engine.workshop.CellMovement;
import org.kaname.engine.workshop.ConsensusHistory;
import org.kaname.engine.workshop.RoundSummary;
import org.kaname.model.Plan;
import org.kaname.model.RoundState;
import org.kaname.model.ScoringRound;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rounds ID [--format table|csv] [--movement A B]}: the plan's workshop rounds, one row per round in number
 * order. CSV is exactly {@code round,title,state,opened,revealed,cells,mean_relative_sd,strong_cells}: state
 * {@code open}/{@code revealed}, times ISO-8601 UTC to the second, mean relative sd with 4 decimals (see
 * {@link ConsensusHistory#summaries}). An open round's cells, mean and strong count are empty: nothing computed from
 * values the room has not seen leaves the app. With {@code --movement A B} the output is instead how the spread
 * moved between revealed rounds A and B, {@code measure,criterion,sd_before,sd_after} (2 decimals), the cell whose
 * sd fell most first; an unknown or open round is invalid input (exit 3).
 */
@Command(name = "rounds", mixinStandardHelpOptions = true,
        description = "List the plan's workshop rounds and how far apart the raters were (or --movement A B).")
public final class RoundsCommand extends EngineCommand {
    enum Format { table, csv }

    static final List<String> HEADER = List.of("round", "title", "state", "opened", "revealed", "cells",
            "mean_relative_sd", "strong_cells");
    static final List<String> MOVEMENT_HEADER = List.of("measure", "criterion", "sd_before", "sd_after");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--movement", arity = "2", paramLabel = "ROUND",
            description = "Instead, how each cell's sd moved from revealed round A to revealed round B.")
    int[] movement;

    @Override
    protected void run(Services services) {
        Plan plan = plan(services);
        List<List<String>> rows;
        boolean[] right;
        if (movement != null) {
            // Checked here first so an open or unknown round is said in the CLI's language, like for disagreements.
            DisagreementsCommand.revealedRound(plan, movement[0], messages());
            DisagreementsCommand.revealedRound(plan, movement[1], messages());
            rows = movementRows(engine(() -> ConsensusHistory.movement(plan, movement[0], movement[1])));
            right = new boolean[] {false, false, true, true};
        } else {
            rows = roundRows(plan, engine(() -> ConsensusHistory.summaries(plan)));
            right = new boolean[] {true, false, false, false, false, true, true, true};
        }
        if (format == Format.csv) {
            printCsv(rows);
            return;
        }
        TextTable t = new TextTable(rows.get(0), right);
        if (movement == null) {
            List<ScoringRound> rounds = inOrder(plan);
            for (int i = 1; i < rows.size(); i++) {
                List<String> shown = new ArrayList<>(rows.get(i));
                if (rounds.get(i - 1).anonymous()) {
                    shown.set(1, messages().get("rounds.anonymous", shown.get(1)));
                }
                t.row(shown);
            }
        } else {
            rows.subList(1, rows.size()).forEach(t::row);
        }
        printLines(t.lines());
    }

    static List<List<String>> roundRows(Plan plan, List<RoundSummary> summaries) {
        Map<Integer, RoundSummary> byNumber = new HashMap<>();
        summaries.forEach(s -> byNumber.put(s.number(), s));
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ScoringRound r : inOrder(plan)) {
            RoundSummary s = r.state() == RoundState.REVEALED ? byNumber.get(r.number()) : null;
            rows.add(List.of(String.valueOf(r.number()), r.title(), r.isOpen() ? "open" : "revealed",
                    time(r.opened()), time(r.revealed()),
                    s == null ? "" : String.valueOf(s.cells()),
                    s == null ? "" : fixed(s.meanRelativeSd(), 4),
                    s == null ? "" : String.valueOf(s.strongCells())));
        }
        return rows;
    }

    static List<List<String>> movementRows(List<CellMovement> moves) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(MOVEMENT_HEADER);
        for (CellMovement m : moves) {
            rows.add(List.of(m.measureId(), m.criterionId(), fixed(m.sdBefore(), 2), fixed(m.sdAfter(), 2)));
        }
        return rows;
    }

    private static List<ScoringRound> inOrder(Plan plan) {
        return plan.rounds().stream().sorted(Comparator.comparingInt(ScoringRound::number)).toList();
    }

    /** ISO-8601 in UTC to the second ({@code 2026-05-12T01:00:00Z}); empty when not known or not yet. */
    private static String time(Instant t) {
        return t == null ? "" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
