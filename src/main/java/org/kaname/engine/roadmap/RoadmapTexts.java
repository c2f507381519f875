package org.kaname.engine.roadmap;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.kaname.i18n.Messages;

/**
 * The roadmap in words for people (Japanese by default, English for an English locale): statuses, reasons,
 * warnings, column labels and amounts (in reasons and warnings in 千円, as every money table shows them). The CLI, the exports and the app share it so they say the same thing.
 * Years are passed to the messages as text, so they never get a thousands separator.
 */
public final class RoadmapTexts {
    private final Messages messages;

    private RoadmapTexts(Messages messages) {
        this.messages = messages;
    }

    public static RoadmapTexts of(Locale locale) {
        return new RoadmapTexts(Messages.of("org.kaname.engine.roadmap.messages", locale));
    }

    public Locale locale() {
        return messages.locale();
    }

    /** A column or heading label, e.g. {@code column.start}; see the bundle for the keys. */
    public String label(String key, Object... args) {
        return messages.get(key, args);
    }

    public String status(RoadmapStatus status) {
        return messages.get("status." + status.code());
    }

    /** {@code 12,000,000円} (ja) or {@code 12,000,000 yen} (en). */
    public String yen(long amount) {
        return messages.get("yen", NumberFormat.getIntegerInstance(Locale.ROOT).format(amount));
    }

    /**
     * An amount in thousands of yen, as every table of the app and the report shows money: {@code 12,346千円} (ja)
     * or {@code 12,346 thousand yen} (en), rounded half up.
     */
    public String thousandYen(long yen) {
        return messages.get("thousandYen", NumberFormat.getIntegerInstance(Locale.ROOT).format(
                Math.floorDiv(yen + 500, 1000)));
    }

    /**
     * The money that would make an over-budget measure fit, in thousands of yen rounded <em>up</em>: an overrun of
     * 7円 needs 1千円 more, not 0.
     */
    public String shortfall(long yen) {
        return messages.get("thousandYen", NumberFormat.getIntegerInstance(Locale.ROOT).format(
                Math.floorDiv(yen + 999, 1000)));
    }

    /** The reason of a deferred or ended row, "not scored" for an unscored one, empty for a scheduled one. */
    public String reason(ScheduledMeasure row) {
        return switch (row.status()) {
            case SCHEDULED -> "";
            case UNSCORED -> messages.get("reason.unscored");
            case DEFERRED, ENDED -> row.reason().map(this::reason).orElse("");
        };
    }

    public String reason(DeferralReason reason) {
        if (reason instanceof DeferralReason.OverBudget o) {
            String overruns = o.overruns().stream()
                    .map(y -> messages.get("reason.overrun", year(y.year()), shortfall(y.over())))
                    .collect(Collectors.joining(messages.get("reason.overrun.separator")));
            return o.firstStart() == o.lastStart()
                    ? messages.get("reason.overBudget.single", year(o.firstStart()), overruns)
                    : messages.get("reason.overBudget", year(o.firstStart()), year(o.lastStart()),
                            year(o.closestStart()), overruns);
        }
        if (reason instanceof DeferralReason.NoRoomInHorizon r) {
            return messages.get("reason.noRoom", year(r.earliestStart()), year(r.durationYears()),
                    year(r.horizonEnd()));
        }
        if (reason instanceof DeferralReason.Ended e) {
            return messages.get("reason.ended", year(e.year()),
                    messages.get("direction." + e.direction().name().toLowerCase(Locale.ROOT)));
        }
        DeferralReason.PrerequisiteNotScheduled p = (DeferralReason.PrerequisiteNotScheduled) reason;
        return messages.get("reason.prerequisite", p.prerequisiteId(), status(p.prerequisiteStatus()));
    }

    public String warning(RoadmapWarning warning) {
        if (warning instanceof RoadmapWarning.PinnedOverBudget w) {
            return messages.get("warning.pinnedOverBudget", year(w.year()), thousandYen(w.spent()),
                    thousandYen(w.cap()), shortfall(w.over()), String.join(", ", w.pinnedMeasureIds()));
        }
        if (warning instanceof RoadmapWarning.PinnedBeforePrerequisite w) {
            return w.prerequisiteEnd() == null
                    ? messages.get("warning.pinnedBeforePrerequisite", w.measureId(), year(w.pinnedStart()),
                            w.prerequisiteId(), status(w.prerequisiteStatus()))
                    : messages.get("warning.pinnedBeforePrerequisite.ends", w.measureId(), year(w.pinnedStart()),
                            w.prerequisiteId(), year(w.prerequisiteEnd()));
        }
        if (warning instanceof RoadmapWarning.PinnedBeforeEarliestStart w) {
            return messages.get("warning.pinnedBeforeEarliestStart", w.measureId(), year(w.pinnedStart()),
                    year(w.earliestStart()));
        }
        if (warning instanceof RoadmapWarning.PinnedOutsideHorizon w) {
            return messages.get("warning.pinnedOutsideHorizon", w.measureId(), year(w.start()), year(w.end()));
        }
        if (warning instanceof RoadmapWarning.PinnedButUnscored w) {
            return messages.get("warning.pinnedButUnscored", w.measureId(), year(w.pinnedStart()));
        }
        RoadmapWarning.UnknownPrerequisite w = (RoadmapWarning.UnknownPrerequisite) warning;
        return messages.get("warning.unknownPrerequisite", w.measureId(), w.prerequisiteId());
    }

    /** The message for a prerequisite cycle, e.g. {@code A → B → A}. */
    public String cycle(List<String> cycle) {
        return messages.get("cycle", String.join(" → ", cycle));
    }

    private static String year(int year) {
        return String.valueOf(year);
    }
}
