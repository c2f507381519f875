package org.kaname.edit;

import java.util.List;
import java.util.function.Consumer;
import org.kaname.model.Evidence;
import org.kaname.model.Indicator;
import org.kaname.model.Measure;
import org.kaname.model.YearCost;

/** A measure's fields, changeable one at a time: {@code MeasureDraft.change(m, d -> d.title = "…")}. */
final class MeasureDraft {
    String id;
    String group;
    String title;
    String description;
    String owner;
    long initialCost;
    long annualCost;
    int durationYears;
    Integer earliestStart;
    List<String> dependsOn;
    List<String> addresses;
    List<Indicator> indicators;
    List<Evidence> evidence;
    Integer pinnedStart;
    List<YearCost> yearCosts;

    private MeasureDraft(Measure m) {
        id = m.id();
        group = m.group();
        title = m.title();
        description = m.description();
        owner = m.owner();
        initialCost = m.initialCost();
        annualCost = m.annualCost();
        durationYears = m.durationYears();
        earliestStart = m.earliestStart();
        dependsOn = m.dependsOn();
        addresses = m.addresses();
        indicators = m.indicators();
        evidence = m.evidence();
        pinnedStart = m.pinnedStart();
        yearCosts = m.yearCosts();
    }

    static Measure change(Measure m, Consumer<MeasureDraft> change) {
        MeasureDraft d = new MeasureDraft(m);
        change.accept(d);
        return new Measure(d.id, d.group, d.title, d.description, d.owner, d.initialCost, d.annualCost,
                d.durationYears, d.earliestStart, d.dependsOn, d.addresses, d.indicators, d.evidence, d.pinnedStart,
                d.yearCosts);
    }
}
