package org.kaname.ui.history;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.engine.compare.Comparison;
import org.kaname.i18n.Messages;
import org.kaname.service.VersionRef;
import org.kaname.service.VersionService;
import org.kaname.store.PlanVersionInfo;
import org.kaname.ui.task.TaskExecutor;

/**
 * State and actions of the versions (版) and comparison (比較) tabs, testable without a screen: the open plan's saved
 * versions newest first; 「この版を保存…」, which asks for a name (proposing the fiscal year and the date) and saves
 * the plan as it is now; and the comparison of any two sides (a version or 現在), loaded and compared on the task
 * executor, since a 2,000-measure plan takes a moment. Edits are committed on the saver, in order: both wait for
 * the saves queued before them, so they see the plan as the screen shows it.
 */
public final class VersionsViewModel {
    /** The name's limit (as {@link VersionService#snapshot} has it). */
    static final int NAME_MAX = 200;

    private final HistoryContext context;
    private final Messages messages;
    private final DateTimeFormatter timeFormat;
    private final ObservableList<VersionRow> versions = FXCollections.observableArrayList();
    private final ObservableList<SideChoice> sides = FXCollections.observableArrayList();
    private final ObjectProperty<VersionRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<SideChoice> sideA = new SimpleObjectProperty<>(this, "sideA");
    private final ObjectProperty<SideChoice> sideB = new SimpleObjectProperty<>(this, "sideB");
    private final ReadOnlyObjectWrapper<ComparisonRows> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper comparing = new ReadOnlyBooleanWrapper(this, "comparing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper compareMessage = new ReadOnlyStringWrapper(this, "compareMessage", "");
    private final SideChoice current;
    private final NamePrompt prompt;
    private final Runnable journalChanged;
    private TaskExecutor.Handle running;
    private long compareGeneration;

    /** Asks for the name of a new version, proposing one; empty when cancelled. */
    @FunctionalInterface
    public interface NamePrompt {
        Optional<String> ask(String proposed);
    }

    /**
     * Asking for a version's name with the context's {@link org.kaname.ui.DialogService#prompt}.
     *
     * @param journalChanged told after a version was saved (saving one is a journal entry too)
     */
    public VersionsViewModel(HistoryContext context, Runnable journalChanged) {
        this(context, null, journalChanged);
    }

    /** @param prompt asks for a version's name (the window's own dialog); null for the context's prompt */
    public VersionsViewModel(HistoryContext context, NamePrompt prompt, Runnable journalChanged) {
        this.context = context;
        this.messages = context.messages();
        this.prompt = prompt != null ? prompt : proposed -> context.dialogs().prompt(
                messages.get("version.save.title"), messages.get("version.save.label").replace("_", ""), proposed);
        this.journalChanged = journalChanged;
        this.timeFormat = DateTimeFormatter.ofPattern(messages.get("time.pattern")).withZone(context.zone());
        this.current = new SideChoice(VersionRef.CURRENT, messages.get("side.current"));
        sides.setAll(current);
        sideA.set(current);
        sideB.set(current);
        refresh();
    }

    /** Reads the list of versions again, off the FX thread. */
    public void refresh() {
        busy.set(true);
        long planId = context.planId();
        VersionService service = context.versions();
        context.executor().submit(progress -> service.versions(planId), this::showVersions, error -> {
            busy.set(false);
            message.set(messages.get("versions.loadFailed", String.valueOf(error.getMessage())));
        });
    }

    private void showVersions(List<PlanVersionInfo> found) {
        busy.set(false);
        List<VersionRow> list = new ArrayList<>(found.size());
        for (int i = found.size() - 1; i >= 0; i--) {
            list.add(new VersionRow(found.get(i), timeFormat.format(found.get(i).time())));
        }
        Integer keep = selected.get() == null ? null : selected.get().number();
        versions.setAll(list);
        selected.set(list.stream().filter(v -> Objects.equals(v.number(), keep)).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0)));
        List<SideChoice> choices = new ArrayList<>(list.size() + 1);
        choices.add(current);
        list.forEach(v -> choices.add(side(v)));
        SideChoice a = sideA.get();
        SideChoice b = sideB.get();
        sides.setAll(choices);
        // At first: the newest version against now, the comparison people make most.
        boolean firstVersions = a != null && a.ref().isCurrent() && b != null && b.ref().isCurrent();
        sideA.set(firstVersions && choices.size() > 1 ? choices.get(1) : find(choices, a));
        sideB.set(find(choices, b));
    }

    private SideChoice find(List<SideChoice> choices, SideChoice wanted) {
        return choices.stream().filter(c -> wanted != null && c.ref().equals(wanted.ref())).findFirst()
                .orElse(current);
    }

    private SideChoice side(VersionRow v) {
        return new SideChoice(VersionRef.of(v.number()), messages.get("side.version", v.number(), v.name()));
    }

    // ---- saving a version ----

    /** The name proposed for a new version: 「2026年度（令和8年度）11月2日時点」. */
    public String proposedName(LocalDate today) {
        int fiscalYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        int reiwa = fiscalYear - 2018;
        return messages.get("version.proposed", String.valueOf(fiscalYear),
                reiwa == 1 ? messages.get("reiwa.first") : String.valueOf(reiwa), today.getMonthValue(),
                today.getDayOfMonth(), String.valueOf(today.getYear()));
    }

    /** Asks for a name (proposing one), then saves the plan as it is now as a read-only version. */
    public void saveVersion() {
        prompt.ask(proposedName(LocalDate.now(context.zone()))).ifPresent(this::saveVersion);
    }

    /** Why {@code name} cannot name a version (empty, or too long), in the user's language; empty when it can. */
    static Optional<String> nameProblem(String name, Messages messages) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return Optional.of(messages.get("version.nameRequired"));
        }
        if (trimmed.length() > NAME_MAX) {
            return Optional.of(messages.get("version.nameTooLong", NAME_MAX, trimmed.length()));
        }
        return Optional.empty();
    }

    /** Saves the plan as it is now as version {@code name}; an empty or too long name is refused, nothing saved. */
    public void saveVersion(String name) {
        Optional<String> problem = nameProblem(name, messages);
        if (problem.isPresent()) {
            message.set(problem.get());
            return;
        }
        String trimmed = name.strip();
        busy.set(true);
        long planId = context.planId();
        VersionService service = context.versions();
        context.executor().submit(progress -> {
            context.awaitSaves();
            return service.snapshot(planId, trimmed);
        }, saved -> {
            String said = messages.get("version.saved", saved.number(), saved.name());
            message.set(said);
            context.status().show(said);
            selected.set(null);
            refresh();
            journalChanged.run();
        }, error -> {
            busy.set(false);
            message.set(messages.get("version.saveFailed", String.valueOf(error.getMessage())));
        });
    }

    // ---- comparing ----

    /** Puts the selected version on side A and 現在 on side B, and compares them. */
    public void compareSelectedWithNow() {
        VersionRow v = selected.get();
        if (v == null) {
            return;
        }
        sideA.set(find(sides, side(v)));
        sideB.set(current);
        compare();
    }

    /** Compares side A with side B off the FX thread; the rows replace the previous result when ready. */
    public void compare() {
        SideChoice a = sideA.get();
        SideChoice b = sideB.get();
        if (a == null || b == null) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        long generation = ++compareGeneration;
        comparing.set(true);
        compareMessage.set(messages.get("compare.running", a.label(), b.label()));
        long planId = context.planId();
        VersionService service = context.versions();
        running = context.executor().submit(progress -> {
            context.awaitSaves();
            Comparison c = service.compare(planId, a.ref(), b.ref());
            return new Compared(c, ComparisonRows.of(c, messages, a.label(), b.label()));
        }, done -> {
            if (generation != compareGeneration) {
                return;
            }
            comparing.set(false);
            running = null;
            comparison.set(done.comparison());
            result.set(done.rows());
            compareMessage.set(done.rows().summary());
        }, error -> {
            if (generation != compareGeneration) {
                return;
            }
            comparing.set(false);
            running = null;
            compareMessage.set(messages.get("compare.failed", String.valueOf(error.getMessage())));
        });
    }

    private record Compared(Comparison comparison, ComparisonRows rows) {
    }

    /** Stops a comparison still running (the window closed). */
    public void dispose() {
        compareGeneration++;
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    // ---- properties ----

    public ObservableList<VersionRow> versions() {
        return versions;
    }

    /** 現在, then every version newest first: what either side of a comparison can be. */
    public ObservableList<SideChoice> sides() {
        return sides;
    }

    public ObjectProperty<VersionRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<SideChoice> sideAProperty() {
        return sideA;
    }

    public ObjectProperty<SideChoice> sideBProperty() {
        return sideB;
    }

    /** The last comparison's rows, null before the first. */
    public ReadOnlyObjectProperty<ComparisonRows> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The last comparison itself (for tests). */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return comparing.getReadOnlyProperty();
    }

    /** The outcome of saving a version (or why not), in the user's language. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the comparison tab says: running, its summary, or why it failed. */
    public ReadOnlyStringProperty compareMessageProperty() {
        return compareMessage.getReadOnlyProperty();
    }
}
