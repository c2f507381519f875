package org.kaname.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.engine.RankedMeasure;
import org.kaname.engine.Ranking;

/**
 * The ranking as CSV records: exactly {@code rank,id,title,score,tier}, score with 2 decimals, unscored measures last
 * with empty rank and score. The one definition used by the CLI's output and by file exports from the app.
 */
public final class CsvRanking {
    public static final List<String> HEADER = List.of("rank", "id", "title", "score", "tier");

    private CsvRanking() {
    }

    public static List<List<String>> rows(Ranking ranking) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (RankedMeasure m : ranking.measures()) {
            rows.add(List.of(m.rank().isPresent() ? String.valueOf(m.rank().getAsInt()) : "", m.measureId(),
                    m.title(), m.score().isPresent() ? twoDecimals(m.score().getAsDouble()) : "", m.tier()));
        }
        return rows;
    }

    private static String twoDecimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
