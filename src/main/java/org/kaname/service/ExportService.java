package org.kaname.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.kaname.engine.Ranking;
import org.kaname.engine.RankingService;
import org.kaname.engine.roadmap.Roadmap;
import org.kaname.engine.roadmap.RoadmapScheduler;
import org.kaname.engine.roadmap.RoadmapTexts;
import org.kaname.io.CsvRanking;
import org.kaname.io.CsvRoadmap;
import org.kaname.io.CsvWriter;
import org.kaname.io.XlsxIndicatorWorkbook;
import org.kaname.io.XlsxRoadmapWorkbook;
import org.kaname.model.Plan;

/**
 * Files for Excel from the app: the ranking or the roadmap as CSV (UTF-8 with BOM, so Excel on Japanese Windows reads
 * it correctly), one XLSX workbook with ranking, roadmap and budget by year, or one with the indicators (targets,
 * actuals, 達成率, grades by 年度) and the costs by 年度. The same io classes as the CLI.
 */
public final class ExportService {
    /** What to write. */
    public enum Kind { RANKING_CSV, ROADMAP_CSV, WORKBOOK, INDICATORS_WORKBOOK }

    private final RankingService ranking;

    public ExportService(RankingService ranking) {
        this.ranking = ranking;
    }

    /** Writes {@code plan} as {@code kind} to {@code file}, atomically: on failure no half-written file is left. */
    public void export(Plan plan, Kind kind, Path file, Locale locale) throws IOException {
        if (kind == Kind.INDICATORS_WORKBOOK) {
            XlsxIndicatorWorkbook.write(file, plan, locale); // needs no ranking
            return;
        }
        Ranking ranked = ranking.rank(plan);
        RoadmapTexts texts = RoadmapTexts.of(locale);
        switch (kind) {
            case RANKING_CSV -> CsvWriter.writeFile(file, CsvRanking.rows(ranked), true);
            case ROADMAP_CSV -> CsvWriter.writeFile(file, CsvRoadmap.rows(roadmap(plan, ranked), texts), true);
            case WORKBOOK -> XlsxRoadmapWorkbook.write(file, plan, ranked, roadmap(plan, ranked), texts);
        }
    }

    private Roadmap roadmap(Plan plan, Ranking ranked) {
        return new RoadmapScheduler(ranking).schedule(plan, ranked);
    }
}
