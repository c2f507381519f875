package org.kaname.engine.workshop;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.kaname.model.Plan;
import org.kaname.model.ScoringRound;

/**
 * How raters are told apart when a workshop is anonymous: each rater of the round is the letter of their position in
 * the round's rater list (A, B, … Z, AA, AB, …), so one person keeps one letter in every cell and on every screen,
 * and the room can tell the extremes apart without knowing who they are. The screen, the projection and the command
 * line all name raters this way.
 */
public final class AnonymousRaters {
    private AnonymousRaters() {
    }

    /** The round whose anonymity governs how the plan's current scores are shown: the latest revealed one. */
    public static Optional<ScoringRound> latestRevealed(Plan plan) {
        return plan.rounds().stream().filter(r -> !r.isOpen()).max(Comparator.comparingInt(ScoringRound::number));
    }

    /** Each rater of the round (by id) with their letter; a rater listed twice keeps the first. */
    public static Map<String, String> letters(ScoringRound round) {
        Map<String, String> letters = new LinkedHashMap<>();
        for (int i = 0; i < round.raters().size(); i++) {
            letters.putIfAbsent(round.raters().get(i), letter(i));
        }
        return letters;
    }

    /** A…Z, then AA, AB…: the letter of the {@code index}-th rater (from 0). */
    public static String letter(int index) {
        StringBuilder out = new StringBuilder();
        int n = index;
        do {
            out.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return out.toString();
    }
}
