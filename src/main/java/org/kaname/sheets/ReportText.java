package org.kaname.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kaname.i18n.Messages;

/**
 * A collection report as lines for a person: per file whether it is accepted, partly accepted or rejected, then one
 * line per warning and per problem with file, {@code sheet!cell} and reason; after storing, what changed.
 */
public final class ReportText {
    private final Messages messages;

    public ReportText(Locale locale) {
        this.messages = Messages.of(SheetTexts.BUNDLE, locale);
    }

    public List<String> files(CollectionReport report, boolean acceptPartial) {
        List<String> lines = new ArrayList<>();
        for (FileReport f : report.files()) {
            String raters = String.join(", ", f.raters());
            if (f.clean()) {
                lines.add(messages.get("cli.collect.accepted", f.file(), raters, f.accepted().size()));
            } else if (acceptPartial && !f.accepted().isEmpty()) {
                lines.add(messages.get("cli.collect.partial", f.file(), raters, f.accepted().size(),
                        f.problems().size()));
            } else {
                lines.add(messages.get("cli.collect.rejected", f.file(), f.problems().size()));
            }
            for (SheetProblem w : f.warnings()) {
                lines.add(messages.get("cli.collect.warning", w.file(), w.location().isEmpty() ? "-" : w.location(),
                        w.reason()));
            }
            for (SheetProblem p : f.problems()) {
                lines.add(messages.get("cli.collect.problem", p.file(), p.location().isEmpty() ? "-" : p.location(),
                        p.reason()));
            }
        }
        return lines;
    }

    public String stored(CollectionResult result) {
        if (result.stored().isEmpty()) {
            return messages.get("cli.collect.nothingStored");
        }
        return messages.get("cli.collect.stored", result.added(), result.changed(), result.removed(),
                result.unchanged(), result.stored().size());
    }

    public String dryRun() {
        return messages.get("cli.collect.dryRun");
    }

    public String hintPartial() {
        return messages.get("cli.collect.hintPartial");
    }

    public String failed(CollectionReport report) {
        long files = report.files().stream().filter(f -> !f.clean()).count();
        return messages.get("cli.collect.failed", files, report.problems().size());
    }
}
