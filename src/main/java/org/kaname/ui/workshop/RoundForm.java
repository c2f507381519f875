package org.kaname.ui.workshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.kaname.i18n.Messages;
import org.kaname.model.Measure;
import org.kaname.model.MeasureGroup;
import org.kaname.model.Plan;
import org.kaname.model.Rater;

/**
 * The 「ラウンドを開始」 form: a title, the measures (all, by support measure or one by one), the raters (all by
 * default), anonymity, and whether the round starts from the current scores (on from the second round, so each rater
 * changes only what the discussion moved).
 */
public final class RoundForm {
    /** A support measure of the form, for its "whole group" checkbox. */
    public record Group(String id, String title) {
    }

    private final Messages messages;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty anonymous = new SimpleBooleanProperty(this, "anonymous");
    private final BooleanProperty prefill = new SimpleBooleanProperty(this, "prefill");
    private final List<Group> groups = new ArrayList<>();
    private final List<Choice> measures = new ArrayList<>();
    private final List<Choice> raters = new ArrayList<>();

    RoundForm(Messages messages) {
        this.messages = messages;
    }

    /** Fills the form for the next round of {@code plan}: everything chosen, prefill from the second round on. */
    void prepare(Plan plan) {
        int next = plan.rounds().stream().mapToInt(r -> r.number()).max().orElse(0) + 1;
        title.set(messages.get("form.defaultTitle", next));
        anonymous.set(false);
        prefill.set(next >= 2);
        groups.clear();
        measures.clear();
        raters.clear();
        for (MeasureGroup g : plan.groups()) {
            groups.add(new Group(g.id(), g.title()));
        }
        // Measures in the order of their support measures, as everywhere else in the app.
        for (Group g : groups) {
            for (Measure m : plan.measures()) {
                if (Objects.equals(m.group(), g.id())) {
                    measures.add(new Choice(m.id(), m.id() + " " + m.title(), g.id()));
                }
            }
        }
        for (Measure m : plan.measures()) {
            if (measures.stream().noneMatch(c -> c.id().equals(m.id()))) {
                measures.add(new Choice(m.id(), m.id() + " " + m.title(), m.group()));
            }
        }
        for (Rater r : plan.raters()) {
            raters.add(new Choice(r.id(), r.name(), null));
        }
    }

    public StringProperty titleProperty() {
        return title;
    }

    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    public BooleanProperty prefillProperty() {
        return prefill;
    }

    public List<Group> groups() {
        return List.copyOf(groups);
    }

    public List<Choice> measures() {
        return List.copyOf(measures);
    }

    public List<Choice> raters() {
        return List.copyOf(raters);
    }

    public List<Choice> measuresOf(String groupId) {
        return measures.stream().filter(c -> Objects.equals(c.groupId(), groupId)).toList();
    }

    public void selectAllMeasures(boolean on) {
        measures.forEach(c -> c.setSelected(on));
    }

    public void selectGroup(String groupId, boolean on) {
        measuresOf(groupId).forEach(c -> c.setSelected(on));
    }

    /** Only these measures (by id) chosen. */
    public void selectOnly(List<String> measureIds) {
        measures.forEach(c -> c.setSelected(measureIds.contains(c.id())));
    }

    /** Only these raters (by id) chosen. */
    public void selectOnlyRaters(List<String> raterIds) {
        raters.forEach(c -> c.setSelected(raterIds.contains(c.id())));
    }

    public List<String> selectedMeasureIds() {
        return measures.stream().filter(Choice::isSelected).map(Choice::id).toList();
    }

    public List<String> selectedRaterIds() {
        return raters.stream().filter(Choice::isSelected).map(Choice::id).toList();
    }
}
