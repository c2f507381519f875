package org.kaname.ui.projection;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/**
 * The slide show's state: the pages of the open plan (rebuilt on every edit, undo and redo, staying on the same page
 * where it still exists), the current page, and the page number being typed. Navigation like a presentation: next,
 * previous, first, last, and a number followed by Enter. No screen needed.
 */
public final class ProjectionViewModel {
    private final PlanEditor editor;
    private final ProjectionPages builder;
    private final Messages messages;
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

    /** Pages dealt with character-count estimates (no screen needed). */
    public ProjectionViewModel(PlanEditor editor, RankingService rankings, Locale locale) {
        this(editor, rankings, locale, new EstimatedMeasure());
    }

    /** Pages dealt with {@code measure}: the window passes the one that measures the rendered text. */
    ProjectionViewModel(PlanEditor editor, RankingService rankings, Locale locale, PageMeasure measure) {
        this.editor = editor;
        this.builder = new ProjectionPages(locale, rankings, measure);
        this.messages = builder.messages();
        editor.addListener(listener);
        rebuild(editor.plan());
    }

    private void rebuild(Plan plan) {
        String key = page.get() == null ? null : page.get().key();
        List<ProjectionPage> built = builder.build(plan);
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
    }
}
