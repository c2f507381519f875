package org.kaname.service;

import java.util.List;
import java.util.Locale;
import org.kaname.edit.EditTexts;
import org.kaname.store.JournalEntry;
import org.kaname.store.JournalFilter;

/** A plan's history as people read it: the journal's rows, filtered, with each edit described in their language. */
public final class HistoryService {
    private final PlanService plans;

    HistoryService(PlanService plans) {
        this.plans = plans;
    }

    /** One row of the history: the journal entry and its description in the requested language. */
    public record Row(JournalEntry entry, String kindName, String description) {
    }

    /** The rows of plan {@code id} that match {@code filter}, oldest first; the plan must exist. */
    public List<Row> rows(long id, JournalFilter filter, Locale locale) throws PlanNotFoundException {
        if (plans.plans().stream().noneMatch(p -> p.id() == id)) {
            throw new PlanNotFoundException(id);
        }
        EditTexts texts = EditTexts.of(locale);
        return plans.journal().entries(id, filter).stream()
                .map(e -> new Row(e, texts.kindName(e.kind()), texts.describe(e.kind(), e.arguments())))
                .toList();
    }

    /** Everyone who changed plan {@code id}, as the journal names them, in name order. */
    public List<String> people(long id) {
        return plans.journal().users(id);
    }

    /** The newest journal seq of plan {@code id}, 0 when none. */
    public long lastSeq(long id) {
        return plans.journal().lastSeq(id);
    }
}
