package org.kaname.ui.projection;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.kaname.engine.RankingService;
import org.kaname.i18n.Messages;
import org.kaname.model.Plan;
import org.kaname.service.PlanEditor;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.task.TaskExecutor;

/**
 * The slide show's state: the pages of the open plan (rebuilt on every edit, undo and redo, staying on the same page
 * where it still exists), the current page, and the page number being typed. Navigation like a presentation: next,
 * previous, first, last, and a number followed by Enter. No screen needed.
 * <p>
 * Pages are dealt through the context's {@link TaskExecutor}, never on the JavaFX thread: ranking, scheduling and
 * measuring the text of a plan take seconds (a 2,000-measure plan far longer). While they are prepared, {@link
 * #preparingProperty()} is true and {@link #progressProperty()} tells how far; the pages shown before an edit stay
 * until the new ones are ready; {@link #cancel()} stops the work. A newer edit drops the work begun for an older one.
 */
public final class ProjectionViewModel {
    private static final System.Logger LOG = System.getLogger(ProjectionViewModel.class.getName());
    private final PlanEditor editor;
    private final TaskExecutor executor;
    private final RankingService rankings;
    private final PageMeasure measure;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    /** Counts the builds begun: only the latest may deliver its pages. */
    private long generation;
    private TaskExecutor.Handle running;
    private final ReadOnlyObjectWrapper<List<ProjectionPage>> pages = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<ProjectionPage> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper footer = new ReadOnlyStringWrapper("");
    private final PlanEditor.Listener listener = new PlanEditor.Listener() {
        @Override
        public void planChanged(Plan plan) {
            rebuild(plan);
        }
    };

    /**
     * The show of the context's plan, pages dealt by measuring the text as the window draws it; {@code messages} is
     * the projection's bundle ({@link #bundle()}). Call on the JavaFX thread.
     */
    public ProjectionViewModel(ScreenContext context, Messages messages) {
        this(context, messages, new RenderedMeasure());
    }

    /** Pages dealt with {@code measure} (tests without a toolkit pass {@link EstimatedMeasure}). */
    ProjectionViewModel(ScreenContext context, Messages messages, PageMeasure measure) {
        this.editor = context.editor();
        this.executor = context.executor();
        this.messages = messages;
        this.rankings = context.ranking();
        this.measure = measure;
        editor.addListener(listener);
        rebuild(editor.plan());
    }

    /** The projection's texts, for {@link ScreenContext#messages(String)}. */
    public static String bundle() {
        return ProjectionPages.BUNDLE;
    }

    /** Deals the pages of {@code plan} through the executor; the pages shown stay until the new ones are there. */
    private void rebuild(Plan plan) {
        cancelRunning();
        long mine = ++generation;
        preparing.set(true);
        progress.set(0);
        // Each measurement asks whether the work was cancelled, so even one long section stops at once.
        TaskExecutor.Handle handle = executor.submit(work -> new ProjectionPages(messages, rankings,
                new CancellableMeasure(measure, work::isCancelled)).build(plan, work::update), built -> {
                    if (mine == generation) {
                        running = null;
                        preparing.set(false);
                        progress.set(1);
                        showBuilt(built);
                    }
                }, error -> {
                    if (mine == generation) {
                        running = null;
                        preparing.set(false);
                        if (!(error instanceof CancellationException)) {
                            LOG.log(System.Logger.Level.WARNING, "projection pages could not be prepared", error);
                        }
                    }
                }, fraction -> {
                    if (mine == generation) {
                        progress.set(fraction);
                    }
                });
        if (mine == generation && preparing.get()) {
            running = handle;
        }
    }

    /**
     * Stops preparing pages (Esc while the progress shows): the pages shown before, if any, stay; a rebuild begins
     * again with the next edit.
     */
    public void cancel() {
        if (preparing.get()) {
            cancelRunning();
            generation++;
            preparing.set(false);
        }
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
    }

    private void showBuilt(List<ProjectionPage> built) {
        String key = page.get() == null ? null : page.get().key();
        pages.set(built);
        int at = index.get();
        if (key != null) {
            for (int i = 0; i < built.size(); i++) {
                if (built.get(i).key().equals(key)) {
                    at = i;
                    break;
                }
            }
        }
        show(at);
    }

    private void show(int i) {
        List<ProjectionPage> all = pages.get();
        int clamped = Math.max(0, Math.min(all.size() - 1, i));
        index.set(clamped);
        page.set(all.isEmpty() ? null : all.get(clamped));
        updateFooter();
    }

    private void updateFooter() {
        footer.set(messages.get("footer.page", Integer.toString(index.get() + 1), Integer.toString(pageCount())));
    }

    public int pageCount() {
        return pages.get().size();
    }

    public void next() {
        clearTyped();
        show(index.get() + 1);
    }

    public void previous() {
        clearTyped();
        show(index.get() - 1);
    }

    public void first() {
        clearTyped();
        show(0);
    }

    public void last() {
        clearTyped();
        show(pageCount() - 1);
    }

    /** Goes to page {@code number} (counting from 1); a number beyond the pages goes to the last, 0 to the first. */
    public void goTo(int number) {
        clearTyped();
        show(number - 1);
    }

    /** A digit typed towards a page number (shown in the footer until Enter). */
    public void typeDigit(int digit) {
        if (typed.get().length() < 4) {
            typed.set(typed.get() + digit);
        }
    }

    /** Enter: the typed page if a number is being typed, else the next page. */
    public void enter() {
        if (typed.get().isEmpty()) {
            next();
        } else {
            goTo(Integer.parseInt(typed.get()));
        }
    }

    /** Backspace: removes the last typed digit, else goes back a page. */
    public void backspace() {
        String t = typed.get();
        if (t.isEmpty()) {
            previous();
        } else {
            typed.set(t.substring(0, t.length() - 1));
        }
    }

    /** Esc: drops a half-typed number; returns {@code true} when there was none, i.e. the show should end. */
    public boolean escape() {
        if (typed.get().isEmpty()) {
            return true;
        }
        clearTyped();
        return false;
    }

    private void clearTyped() {
        typed.set("");
    }

    /** The index of the first page of {@code kind}, if the show has one. */
    public Optional<Integer> firstOf(PageKind kind) {
        List<ProjectionPage> all = pages.get();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() == kind) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public Messages messages() {
        return messages;
    }

    /** True while pages are being prepared (the window shows the progress and offers Esc to stop). */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }

    /** How far the pages being prepared are, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ProjectionPage>> pagesProperty() {
        return pages.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProjectionPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The page number being typed, empty when none. */
    public ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    /** {@code n / N}. */
    public ReadOnlyStringProperty footerProperty() {
        return footer.getReadOnlyProperty();
    }

    public void dispose() {
        editor.removeListener(listener);
        cancel();
    }
}
