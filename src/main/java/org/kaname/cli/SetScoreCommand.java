package org.kaname.cli;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import org.kaname.edit.Cell;
import org.kaname.edit.EditRefusedException;
import org.kaname.edit.EditTexts;
import org.kaname.edit.ScoreEdits;
import org.kaname.edit.ScoreValues;
import org.kaname.edit.SetScore;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.service.PlanNotFoundException;
import org.kaname.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code set-score ID MEASURE CRITERION RATER VALUE [--note TEXT]}: gives one cell of the score grid a value, as one
 * journaled edit. It prints one line saying what changed only after {@link org.kaname.service.PlanService#apply}
 * returned, that is once the change is on disk; a value that is not a number or off the criterion's scale, or an
 * unknown plan, measure, criterion or rater, is invalid input (exit 3) and nothing is written.
 */
@Command(name = "set-score", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Set one score (measure, criterion, rater); exit 0 once saved.")
public final class SetScoreCommand extends PlanCommand {
    @Parameters(index = "1", paramLabel = "MEASURE", description = "Measure ID, e.g. S1-1.")
    String measure;

    @Parameters(index = "2", paramLabel = "CRITERION", description = "Criterion ID, e.g. speed.")
    String criterion;

    @Parameters(index = "3", paramLabel = "RATER", description = "Rater ID, e.g. r1.")
    String rater;

    @Parameters(index = "4", paramLabel = "VALUE", description = "The value, on the criterion's scale (e.g. 1 to 5).")
    String value;

    @Option(names = "--note", paramLabel = "TEXT",
            description = "The rationale: stored as the score's note and the history's reason (default: keep the note).")
    String note;

    @Override
    protected void run(Services services) {
        double number = number(value);
        // Only the measure's own scores are read: the cell's neighbours are not needed to change it.
        Plan plan;
        try {
            plan = services.plans().openForScoresOf(planId, java.util.Set.of(measure)).plan();
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        }
        Cell cell = new Cell(measure, criterion, rater);
        Score before = ScoreEdits.find(plan, cell).orElse(null);
        Plan after;
        try {
            after = services.plans().apply(planId, plan, new SetScore(cell, number, note, Instant.now()));
        } catch (PlanNotFoundException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("plan.notFound", String.valueOf(planId)));
        } catch (EditRefusedException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("setScore.refused",
                    String.valueOf(planId), EditTexts.of(locale()).refusal(e)));
        }
        out().println(confirmation(cell, before, ScoreEdits.find(after, cell).orElse(null)));
        out().flush();
    }

    /** The value as typed, full-width digits too (３・５); anything else is invalid input. */
    private double number(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            return new BigDecimal(plain).doubleValue();
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.INVALID_INPUT, messages().get("setScore.notANumber", text));
        }
    }

    private String confirmation(Cell cell, Score before, Score after) {
        String where = String.valueOf(planId);
        String what = cell.measure() + " / " + cell.criterion() + " / " + cell.rater();
        String to = ScoreValues.text(after);
        if (before == null) {
            return messages().get("setScore.first", where, what, to);
        }
        if (before.equals(after)) {
            return messages().get("setScore.unchanged", where, what, to);
        }
        if (before.value() == after.value()) {
            return messages().get("setScore.noteChanged", where, what, to);
        }
        return messages().get("setScore.changed", where, what, ScoreValues.text(before), to);
    }
}
