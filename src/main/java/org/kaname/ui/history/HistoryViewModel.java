package org.kaname.ui.history;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.edit.EditRefusedException;
import org.kaname.i18n.Messages;
import org.kaname.model.Criterion;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.model.Rater;
import org.kaname.service.HistoryService;
import org.kaname.service.PlanEditor;
import org.kaname.service.Users;
import org.kaname.store.JournalEntry;
import org.kaname.store.JournalFilter;
import org.kaname.ui.task.TaskExecutor;

/**
 * State and actions of the history (履歴) tab, testable without a screen: the open plan's journal newest first,
 * filtered by measure, rater and person, the newest {@value #PAGE} rows at first and {@value #PAGE} more on request
 * (a plan with 300,000 scores has at least as many rows); reverting the selected entry after a confirmation, as a new
 * journaled edit; and the display name the journal records. The journal is read on the task executor and read again
 * whenever an edit has been saved, so the list follows the plan while the window is open.
 */
public final class HistoryViewModel {
    /** Rows loaded at first, and added by each 「さらに表示」. */
    public static final int PAGE = 500;
    /** The display name's limit (as {@link Users#setDisplayName} has it). */
    static final int NAME_MAX = 100;
    /** Entries that record no change that could be taken back. */
    private static final Set<String> NOT_REVERTIBLE = Set.of("create", "import", "migrated", "snapshot");

    private final HistoryContext context;
    private final Messages messages;
    private final DateTimeFormatter timeFormat;
    private final PlanEditor.Listener listener = new PlanEditor.Listener() {
        @Override
        public void planChanged(Plan plan) {
            refreshChoices(plan);
        }

        @Override
        public void saved(Optional<Throwable> error) {
            context.fxThread().execute(HistoryViewModel.this::reload);
        }
    };

    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> measures = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> raters = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> people = FXCollections.observableArrayList();
    private final ObjectProperty<FilterChoice> measure = new SimpleObjectProperty<>(this, "measure");
    private final ObjectProperty<FilterChoice> rater = new SimpleObjectProperty<>(this, "rater");
    private final ObjectProperty<FilterChoice> person = new SimpleObjectProperty<>(this, "person");
    private final ObjectProperty<HistoryRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(this, "hasMore");
    private final ReadOnlyBooleanWrapper canRevert = new ReadOnlyBooleanWrapper(this, "canRevert");
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper(this, "shown", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ReadOnlyStringWrapper recordedAs = new ReadOnlyStringWrapper(this, "recordedAs", "");

    private final int page;
    private int limit;
    /** The load asked for last, and the one whose rows are shown; a finished load that is not the last is dropped. */
    private long requested;
    private boolean loading;
    private boolean disposed;
    private Map<String, String> measureNames = Map.of();
    private Map<String, String> criterionNames = Map.of();
    private Map<String, String> raterNames = Map.of();
    private final Set<String> knownPeople = new TreeSet<>();

    public HistoryViewModel(HistoryContext context) {
        this(context, PAGE);
    }

    /** @param page rows loaded at first and added by each 「さらに表示」 (smaller in tests) */
    HistoryViewModel(HistoryContext context, int page) {
        this.context = context;
        this.page = page;
        this.limit = page;
        this.messages = context.messages();
        this.timeFormat = DateTimeFormatter.ofPattern(messages.get("time.pattern")).withZone(context.zone());
        FilterChoice all = FilterChoice.all(messages.get("filter.all"));
        measure.set(all);
        rater.set(all);
        person.set(all);
        people.setAll(all);
        refreshChoices(context.editor().plan());
        measure.addListener((o, a, b) -> filterChanged());
        rater.addListener((o, a, b) -> filterChanged());
        person.addListener((o, a, b) -> filterChanged());
        selected.addListener((o, a, row) -> {
            canRevert.set(row != null && row.revertible());
            details.set(row == null ? "" : details(row));
        });
        showName();
        context.editor().addListener(listener);
        reload();
    }

    /** Stops following the plan (the window closed). */
    public void dispose() {
        disposed = true;
        context.editor().removeListener(listener);
    }

    // ---- the list ----

    private void filterChanged() {
        limit = page;
        reload();
    }

    /** Reads the journal again with the current filters, off the FX thread; overlapping requests are merged. */
    public void reload() {
        if (disposed) {
            return;
        }
        requested++;
        if (loading) {
            return; // the running load starts the next one when it ends
        }
        load();
    }

    private void load() {
        loading = true;
        busy.set(true);
        long generation = requested;
        boolean peopleNeeded = knownPeople.isEmpty();
        JournalFilter filter = new JournalFilter(value(measure), value(rater), value(person), null, limit);
        long planId = context.planId();
        HistoryService history = context.history();
        context.executor().submit(progress -> {
            List<HistoryService.Row> found = history.rows(planId, filter, context.locale());
            List<String> everyone = peopleNeeded ? history.people(planId) : List.of();
            return new Loaded(found, everyone);
        }, loaded -> finished(generation, filter, loaded), error -> failed(generation, error));
    }

    private record Loaded(List<HistoryService.Row> rows, List<String> people) {
    }

    private void finished(long generation, JournalFilter filter, Loaded loaded) {
        loading = false;
        if (disposed) {
            return;
        }
        if (generation != requested) {
            load();
            return;
        }
        busy.set(false);
        List<HistoryRow> shownRows = new ArrayList<>(loaded.rows().size());
        for (HistoryService.Row r : loaded.rows()) {
            shownRows.add(row(r));
        }
        Collections.reverse(shownRows); // newest first
        long keep = selected.get() == null ? -1 : selected.get().seq();
        rows.setAll(shownRows);
        selected.set(shownRows.stream().filter(r -> r.seq() == keep).findFirst().orElse(null));
        hasMore.set(shownRows.size() >= filter.limit());
        shown.set(shownRows.isEmpty() ? messages.get("history.none")
                : messages.get(hasMore.get() ? "history.shownNewest" : "history.shownAll", shownRows.size()));
        addPeople(loaded.people());
        shownRows.forEach(r -> addPerson(r.person()));
    }

    private void failed(long generation, Throwable error) {
        loading = false;
        if (disposed) {
            return;
        }
        if (generation != requested) {
            load();
            return;
        }
        busy.set(false);
        message.set(messages.get("history.loadFailed", String.valueOf(error.getMessage())));
    }

    /** Shows {@value #PAGE} more of the older rows. */
    public void loadMore() {
        if (hasMore.get()) {
            limit += page;
            reload();
        }
    }

    private static String value(ObjectProperty<FilterChoice> choice) {
        return choice.get() == null ? null : choice.get().value();
    }

    private HistoryRow row(HistoryService.Row r) {
        JournalEntry e = r.entry();
        boolean cell = present(e.criterion()) && present(e.rater());
        String before = orEmpty(e.before());
        String after = orEmpty(e.after());
        if (cell || !before.isEmpty() || !after.isEmpty()) {
            before = before.isEmpty() ? messages.get("value.none") : before;
            after = after.isEmpty() ? messages.get("value.none") : after;
        }
        return new HistoryRow(e, timeFormat.format(e.time()), e.user(), r.kindName(), r.description(),
                target(e, true), target(e, !cell), before, after, orEmpty(e.reason()),
                !NOT_REVERTIBLE.contains(e.kind()));
    }

    /**
     * 「S1-1 施策名 / 即効性 / 田中」: the parts that are set, criterion and rater by name, the measure by id and, if
     * {@code withTitle}, its title (the table leaves a score's measure title out, so its criterion and rater fit).
     */
    private String target(JournalEntry e, boolean withTitle) {
        List<String> parts = new ArrayList<>(3);
        if (present(e.measure())) {
            String title = withTitle ? measureNames.get(e.measure()) : null;
            parts.add(title == null ? e.measure() : e.measure() + " " + title);
        }
        if (present(e.criterion())) {
            parts.add(criterionNames.getOrDefault(e.criterion(), e.criterion()));
        }
        if (present(e.rater())) {
            parts.add(raterNames.getOrDefault(e.rater(), e.rater()));
        }
        return String.join(" / ", parts);
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private String details(HistoryRow r) {
        StringBuilder b = new StringBuilder();
        b.append(messages.get("details.head", String.valueOf(r.seq()), r.time(), r.person())).append('\n');
        b.append(r.kindName()).append(": ").append(r.description());
        if (!r.target().isEmpty()) {
            b.append('\n').append(messages.get("details.target", r.target()));
        }
        if (!r.change().isEmpty()) {
            b.append('\n').append(messages.get("details.change", r.before(), r.after()));
        }
        if (!r.reason().isEmpty()) {
            b.append('\n').append(messages.get("details.reason", r.reason()));
        }
        if (!r.revertible()) {
            b.append('\n').append(messages.get("details.notRevertible"));
        }
        return b.toString();
    }

    /** The filters' measures and raters, and the names the table shows, from the plan as it is now. */
    private void refreshChoices(Plan plan) {
        Map<String, String> m = new HashMap<>();
        List<FilterChoice> measureItems = new ArrayList<>(plan.measures().size() + 1);
        measureItems.add(FilterChoice.all(messages.get("filter.all")));
        for (Measure each : plan.measures()) {
            m.put(each.id(), each.title());
            measureItems.add(new FilterChoice(each.id(), each.id() + " " + each.title()));
        }
        Map<String, String> c = new HashMap<>();
        for (Criterion each : plan.criteria()) {
            c.put(each.id(), each.name());
        }
        Map<String, String> r = new HashMap<>();
        List<FilterChoice> raterItems = new ArrayList<>(plan.raters().size() + 1);
        raterItems.add(FilterChoice.all(messages.get("filter.all")));
        for (Rater each : plan.raters()) {
            r.put(each.id(), each.name());
            raterItems.add(new FilterChoice(each.id(), each.name()));
        }
        measureNames = m;
        criterionNames = c;
        raterNames = r;
        if (!sameValues(measures, measureItems)) {
            keepChoice(measure, measures, measureItems);
        }
        if (!sameValues(raters, raterItems)) {
            keepChoice(rater, raters, raterItems);
        }
    }

    private static boolean sameValues(List<FilterChoice> a, List<FilterChoice> b) {
        return a.equals(b);
    }

    /** Replaces the items and keeps the chosen value where it is still there, else 「すべて」. */
    private static void keepChoice(ObjectProperty<FilterChoice> choice, ObservableList<FilterChoice> items,
                                   List<FilterChoice> now) {
        String value = choice.get() == null ? null : choice.get().value();
        items.setAll(now);
        FilterChoice kept = now.stream().filter(f -> Objects.equals(f.value(), value)).findFirst().orElse(now.get(0));
        if (!kept.equals(choice.get())) {
            choice.set(kept);
        }
    }

    private void addPeople(List<String> names) {
        boolean added = false;
        for (String n : names) {
            added |= knownPeople.add(n);
        }
        if (added) {
            showPeople();
        }
    }

    private void addPerson(String name) {
        if (name != null && knownPeople.add(name)) {
            showPeople();
        }
    }

    private void showPeople() {
        FilterChoice chosen = person.get();
        List<FilterChoice> items = new ArrayList<>();
        items.add(FilterChoice.all(messages.get("filter.all")));
        knownPeople.forEach(n -> items.add(new FilterChoice(n, n)));
        people.setAll(items);
        person.set(items.stream().filter(f -> f.equals(chosen)).findFirst().orElse(items.get(0)));
    }

    // ---- revert ----

    /**
     * Takes back the selected entry after asking: its score cell, or the parts it changed, go back to what they were
     * before it, as a new journaled edit (which 元に戻す can undo). A refusal is said in the user's language.
     */
    public void revertSelected() {
        HistoryRow row = selected.get();
        if (row == null || !row.revertible()) {
            return;
        }
        String what = row.kindName() + ": " + row.description()
                + (row.target().isEmpty() ? "" : "\n" + messages.get("details.target", row.target()))
                + (row.change().isEmpty() ? "" : "\n" + messages.get("details.change", row.before(), row.after()));
        String question = messages.get("revert.question", String.valueOf(row.seq()), what, row.person(), row.time());
        if (!context.dialogs().ask(messages.get("revert.title"), question, messages.get("revert.yes"),
                messages.get("revert.no"))) {
            return;
        }
        PlanEditor editor = context.editor();
        Plan before = editor.plan();
        try {
            checkCellStillThere(row.entry(), before);
            editor.revert(row.seq(), row.description());
        } catch (EditRefusedException e) {
            String why = messages.get("revert.refused", String.valueOf(row.seq()),
                    editor.texts().refusal(e));
            message.set(why);
            context.status().show(why);
            return;
        }
        String done = editor.plan() == before ? messages.get("revert.nothing", String.valueOf(row.seq()))
                : messages.get("revert.done", String.valueOf(row.seq()));
        message.set(done);
        context.status().show(done);
    }

    /**
     * A score entry can only be taken back while its measure, criterion and rater are in the plan: the editor would
     * otherwise put back a score of a measure that is gone (a score change is not checked against the whole plan).
     */
    private static void checkCellStillThere(JournalEntry e, Plan plan) throws EditRefusedException {
        if (!present(e.measure()) || !present(e.criterion()) || !present(e.rater())) {
            return;
        }
        if (plan.measures().stream().noneMatch(m -> m.id().equals(e.measure()))) {
            throw new EditRefusedException("unknownMeasure", e.measure());
        }
        if (plan.criteria().stream().noneMatch(c -> c.id().equals(e.criterion()))) {
            throw new EditRefusedException("unknownCriterion", e.criterion());
        }
        if (plan.raters().stream().noneMatch(r -> r.id().equals(e.rater()))) {
            throw new EditRefusedException("unknownRater", e.rater());
        }
    }

    // ---- display name ----

    /** Reads the display name off the FX thread (it is kept in the database). */
    private void showName() {
        Users users = context.users();
        context.executor().submit(progress -> new String[] {users.displayName().orElse(""), users.current()},
                names -> {
                    displayName.set(names[0]);
                    recordedAs.set(messages.get("name.recordedAs", names[1], Users.systemUser()));
                }, error -> message.set(messages.get("name.failed", String.valueOf(error.getMessage()))));
    }

    /**
     * Saves the name typed in {@link #displayNameProperty()} as the name the journal records from now on; empty goes
     * back to the computer's user name. Longer than {@value #NAME_MAX} characters is refused with a message.
     */
    public void saveDisplayName() {
        String name = displayName.get() == null ? "" : displayName.get().strip();
        if (name.length() > NAME_MAX) {
            message.set(messages.get("name.tooLong", NAME_MAX, name.length()));
            return;
        }
        Users users = context.users();
        context.executor().submit(progress -> {
            users.setDisplayName(name);
            return users.current();
        }, current -> {
            displayName.set(name);
            recordedAs.set(messages.get("name.recordedAs", current, Users.systemUser()));
            String said = messages.get("name.saved", current);
            message.set(said);
            context.status().show(said);
        }, error -> message.set(messages.get("name.failed", String.valueOf(error.getMessage()))));
    }

    // ---- properties ----

    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    public ObservableList<FilterChoice> measures() {
        return measures;
    }

    public ObservableList<FilterChoice> raters() {
        return raters;
    }

    public ObservableList<FilterChoice> people() {
        return people;
    }

    public ObjectProperty<FilterChoice> measureProperty() {
        return measure;
    }

    public ObjectProperty<FilterChoice> raterProperty() {
        return rater;
    }

    public ObjectProperty<FilterChoice> personProperty() {
        return person;
    }

    public ObjectProperty<HistoryRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRevertProperty() {
        return canRevert.getReadOnlyProperty();
    }

    /** 「新しい順に 500 件を表示しています」: how much of the history the list shows. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The outcome of the last action (a revert, its refusal, a saved name), in the user's language. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The selected row in full, for the details area. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    /** 「いまは「山田」の名前で記録されます（空欄ならパソコンのユーザー名 yamada）」. */
    public ReadOnlyStringProperty recordedAsProperty() {
        return recordedAs.getReadOnlyProperty();
    }

    Messages messages() {
        return messages;
    }

    /** How many rows 「さらに表示」 adds. */
    int page() {
        return page;
    }
}
