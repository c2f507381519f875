package org.kaname.sheets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;

/**
 * Reads score files — .xlsx score sheets and .json score files, given one by one or as folders — against a plan,
 * storing nothing. Besides each file's own checks, it refuses to guess between two files speaking for the same
 * rater: both get a problem and neither's rows for that rater are accepted.
 */
public final class ScoreCollector {
    private final Locale locale;
    private final Messages messages;

    public ScoreCollector(Locale locale) {
        this.locale = locale;
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
    }

    public CollectionReport preview(Plan plan, long planId, List<Path> paths, Instant readAt) throws SheetException {
        ScoreSheetReader sheets = new ScoreSheetReader(plan, planId, locale);
        ScoreJson json = new ScoreJson(locale);
        List<FileReport> reports = new ArrayList<>();
        for (Path file : files(paths)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx")) {
                reports.add(sheets.read(file));
            } else if (name.endsWith(".json")) {
                reports.add(json.read(plan, planId, file));
            } else {
                reports.add(new FileReport(file, List.of(), List.of(),
                        List.of(new SheetProblem(file, "", "", messages.get("problem.notScoreFile")))));
            }
        }
        return new CollectionReport(planId, PlanFingerprint.of(plan), readAt, withoutConflicts(reports));
    }

    /** A folder gives its .xlsx and .json files sorted by name, skipping Excel's "~$" lock files and hidden files. */
    List<Path> files(List<Path> paths) throws SheetException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inFolder;
                try (Stream<Path> list = Files.list(p)) {
                    inFolder = list.filter(Files::isRegularFile).filter(ScoreCollector::scoreFileName).sorted()
                            .toList();
                } catch (IOException e) {
                    throw new SheetException(messages.get("service.notFound", p));
                }
                if (inFolder.isEmpty()) {
                    throw new SheetException(messages.get("service.noFiles", p));
                }
                files.addAll(inFolder);
            } else if (Files.exists(p)) {
                // not only regular files: a pipe or a device is read too, by the readers' bounds on bytes read
                files.add(p);
            } else {
                throw new SheetException(messages.get("service.notFound", p));
            }
        }
        return files;
    }

    private static boolean scoreFileName(Path p) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith("~$") && !name.startsWith(".") && (lower.endsWith(".xlsx") || lower.endsWith(".json"));
    }

    private List<FileReport> withoutConflicts(List<FileReport> reports) {
        Map<String, List<Path>> filesByRater = new LinkedHashMap<>();
        for (FileReport r : reports) {
            for (String rater : r.raters()) {
                filesByRater.computeIfAbsent(rater, k -> new ArrayList<>()).add(r.file());
            }
        }
        List<FileReport> result = new ArrayList<>();
        for (FileReport r : reports) {
            List<SheetEntry> accepted = new ArrayList<>(r.accepted());
            List<SheetProblem> problems = new ArrayList<>(r.problems());
            for (String rater : r.raters()) {
                List<Path> files = filesByRater.get(rater);
                if (files.size() > 1) {
                    String names = files.stream().map(f -> f.getFileName().toString())
                            .collect(Collectors.joining(", "));
                    problems.add(new SheetProblem(r.file(), "", "",
                            messages.get("problem.raterConflict", rater, names)));
                    accepted.removeIf(e -> e.rater().equals(rater));
                }
            }
            result.add(new FileReport(r.file(), r.raters(), accepted, problems, r.warnings()));
        }
        return result;
    }
}
