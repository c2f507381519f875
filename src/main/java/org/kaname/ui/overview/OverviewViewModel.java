package org.kaname.ui.overview;

import org.kaname.ui.EditRunner;
import org.kaname.ui.Freshness;
import org.kaname.ui.ScreenContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.kaname.edit.RenamePlan;
import org.kaname.edit.SetBudget;
import org.kaname.edit.SetFiscalYears;
import org.kaname.edit.SetPersonnelRate;
import org.kaname.edit.SetPlanText;
import org.kaname.edit.SetTiers;
import org.kaname.i18n.Messages;
import org.kaname.model.Budget;
import org.kaname.model.FiscalYears;
import org.kaname.model.Plan;
import org.kaname.model.Tier;
import org.kaname.service.PlanEditor;

/**
 * State of the Overview screen: the plan's header fields as typed, checked before they reach the plan, and each
 * committed change applied as one edit. Refreshes from the plan on every edit, undo and redo.
 */
public final class OverviewViewModel {
    private final EditRunner edits;
    private final Messages messages;
    private final PlanEditor.Listener listener = p -> freshness().invalidate();
    private final Freshness freshness;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObjectProperty<Integer> startYear = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> endYear = new SimpleObjectProperty<>();
    private final ObjectProperty<BudgetMode> budgetMode = new SimpleObjectProperty<>(BudgetMode.NONE);
    private final StringProperty uniformBudget = new SimpleStringProperty("");
    private final StringProperty personnelRate = new SimpleStringProperty("");
    private final ObservableList<YearBudgetRow> yearBudgets = FXCollections.observableArrayList();
    private final ObservableList<TierRow> tiers = FXCollections.observableArrayList();

    /** While the context's screen is not shown, the fields follow the plan only when it is shown again. */
    public OverviewViewModel(ScreenContext context, Messages messages) {
        PlanEditor editor = context.editor();
        this.edits = new EditRunner(editor);
        this.messages = messages;
        editor.addListener(listener);
        freshness = new Freshness(context.shown(), () -> refresh(editor.plan()), false);
    }

    private Freshness freshness() {
        return freshness;
    }

    public void dispose() {
        edits.editor().removeListener(listener);
        freshness.dispose();
    }

    /** Shows {@code plan}'s values, dropping whatever was typed but not committed. */
    public void refresh(Plan plan) {
        title.set(plan.title());
        organization.set(plan.organization());
        description.set(plan.description());
        summary.set(plan.summary());
        startYear.set(plan.fiscalYears().start());
        endYear.set(plan.fiscalYears().end());
        Budget b = plan.budget();
        budgetMode.set(b.uniform() != null ? BudgetMode.UNIFORM : b.byYear().isEmpty() ? BudgetMode.NONE
                : BudgetMode.PER_YEAR);
        uniformBudget.set(b.uniform() == null ? "" : YenText.format(b.uniform()));
        long rate = plan.followUp().personnelRate();
        personnelRate.set(rate == 0 ? "" : YenText.format(rate));
        List<Integer> years = plan.fiscalYears().years().boxed().toList();
        boolean sameYears = yearBudgets.stream().map(YearBudgetRow::year).toList().equals(years);
        if (!sameYears) {
            yearBudgets.setAll(years.stream().map(y -> new YearBudgetRow(y, "")).toList());
        }
        for (YearBudgetRow row : yearBudgets) {
            Long cap = b.byYear().get(row.year());
            row.amountProperty().set(cap == null ? "" : YenText.format(cap));
        }
        if (tiers.size() != plan.tiers().size()) {
            tiers.setAll(plan.tiers().stream().map(t -> new TierRow("", "")).toList());
        }
        for (int i = 0; i < tiers.size(); i++) {
            tiers.get(i).nameProperty().set(plan.tiers().get(i).name());
            tiers.get(i).minScoreProperty().set(NumberText.format(plan.tiers().get(i).minScore()));
        }
    }

    // ---- checks: what is wrong with a typed value, before the plan sees it

    public Optional<String> titleError(String text) {
        return text == null || text.isBlank() ? Optional.of(messages.get("error.titleBlank")) : Optional.empty();
    }

    public Optional<String> yearsError(Integer start, Integer end) {
        if (start == null || end == null) {
            return Optional.of(messages.get("error.yearRequired"));
        }
        return start > end
                ? Optional.of(messages.get("error.yearsReversed", FiscalYears.label(start, messages.locale()),
                        FiscalYears.label(end, messages.locale())))
                : Optional.empty();
    }

    /** A yen amount: blank is allowed only where it means "no cap" ({@code blankAllowed}). */
    public Optional<String> yenError(String text, boolean blankAllowed) {
        if (YenText.isBlank(text)) {
            return blankAllowed ? Optional.empty() : Optional.of(messages.get("error.amountRequired"));
        }
        OptionalLong yen = YenText.parse(text);
        if (yen.isEmpty()) {
            return Optional.of(messages.get("error.notAmount", text.strip()));
        }
        return yen.getAsLong() < 0 ? Optional.of(messages.get("error.negativeAmount")) : Optional.empty();
    }

    public Optional<String> uniformBudgetError(String text) {
        return yenError(text, budgetMode.get() != BudgetMode.UNIFORM);
    }

    public Optional<String> tierNameError(TierRow row, String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(messages.get("error.tierNameBlank"));
        }
        boolean taken = tiers.stream().anyMatch(t -> t != row && t.nameProperty().get().strip().equals(text.strip()));
        return taken ? Optional.of(messages.get("error.tierNameTaken", text.strip())) : Optional.empty();
    }

    public Optional<String> tierScoreError(String text) {
        OptionalDouble v = NumberText.parseDouble(text);
        return v.isEmpty() ? Optional.of(messages.get("error.notNumber", text == null ? "" : text.strip()))
                : Optional.empty();
    }

    /** The amount in 千円 for the label beside a yen field, e.g. {@code 200,000千円}; empty while not an amount. */
    public String thousandYen(String text) {
        OptionalLong yen = YenText.parse(text);
        return yen.isEmpty() ? "" : messages.get("amount.thousandYen", YenText.thousands(yen.getAsLong()));
    }

    // ---- commits: one edit each; empty when applied, else why it was refused

    public Optional<String> commitTitle() {
        return titleError(title.get()).or(() -> edits.apply(new RenamePlan(title.get())));
    }

    public Optional<String> commitOrganization() {
        return edits.apply(new SetPlanText(SetPlanText.Field.ORGANIZATION, organization.get()));
    }

    public Optional<String> commitDescription() {
        return edits.apply(new SetPlanText(SetPlanText.Field.DESCRIPTION, description.get()));
    }

    public Optional<String> commitSummary() {
        return edits.apply(new SetPlanText(SetPlanText.Field.SUMMARY, summary.get()));
    }

    public Optional<String> commitYears() {
        Integer s = startYear.get();
        Integer e = endYear.get();
        return yearsError(s, e).or(() -> edits.apply(new SetFiscalYears(s, e)));
    }

    /**
     * Switches how the budget is capped. Amounts carry over where they can (one amount becomes every year's, the
     * first year's amount becomes the single one); a mode that still lacks its amount changes the plan only once
     * the amount is typed.
     */
    public Optional<String> commitBudgetMode() {
        Plan plan = edits.plan();
        switch (budgetMode.get()) {
            case NONE:
                return edits.apply(new SetBudget(Budget.UNLIMITED));
            case UNIFORM:
                if (YenText.isBlank(uniformBudget.get())) {
                    plan.budget().byYear().values().stream().findFirst()
                            .ifPresent(first -> uniformBudget.set(YenText.format(first)));
                }
                return YenText.isBlank(uniformBudget.get()) ? Optional.empty() : commitUniformBudget();
            case PER_YEAR:
                if (plan.budget().uniform() != null) {
                    String amount = YenText.format(plan.budget().uniform());
                    yearBudgets.forEach(r -> r.amountProperty().set(amount));
                }
                return commitYearBudgets();
            default:
                throw new IllegalStateException();
        }
    }

    /** The 単価 of one 人工 (yen per year; blank: not set, 人件費 then count as nothing) as it is typed. */
    public StringProperty personnelRateProperty() {
        return personnelRate;
    }

    public Optional<String> personnelRateError(String text) {
        return yenError(text, true);
    }

    /** Sets the plan's 単価 (issue 16): one edit; blank sets it back to unset (0). */
    public Optional<String> commitPersonnelRate() {
        Optional<String> error = personnelRateError(personnelRate.get());
        if (error.isPresent()) {
            return error;
        }
        long yen = YenText.parse(personnelRate.get()).orElse(0);
        return edits.apply(new SetPersonnelRate(yen));
    }

    public Optional<String> commitUniformBudget() {
        Optional<String> error = yenError(uniformBudget.get(), false);
        if (error.isPresent()) {
            return error;
        }
        long yen = YenText.parse(uniformBudget.get()).getAsLong();
        return edits.apply(new SetBudget(Budget.uniform(yen)));
    }

    /** Applies every year's amount at once (the one just typed among them); blank years have no cap. */
    public Optional<String> commitYearBudgets() {
        Map<Integer, Long> amounts = new LinkedHashMap<>();
        for (YearBudgetRow row : yearBudgets) {
            Optional<String> error = yenError(row.amountProperty().get(), true);
            if (error.isPresent()) {
                return error;
            }
            YenText.parse(row.amountProperty().get()).ifPresent(yen -> amounts.put(row.year(), yen));
        }
        // Years outside the horizon keep their caps: shrinking the horizon and widening it again loses nothing.
        Map<Integer, Long> kept = new LinkedHashMap<>(edits.plan().budget().byYear());
        yearBudgets.forEach(r -> kept.remove(r.year()));
        kept.putAll(amounts);
        return edits.apply(new SetBudget(Budget.byYear(kept)));
    }

    /** Applies the tier table as it is typed, if every row is valid. */
    public Optional<String> commitTiers() {
        List<Tier> list = new ArrayList<>();
        for (TierRow row : tiers) {
            Optional<String> error = tierNameError(row, row.nameProperty().get())
                    .or(() -> tierScoreError(row.minScoreProperty().get()));
            if (error.isPresent()) {
                return error;
            }
            list.add(new Tier(row.nameProperty().get().strip(),
                    NumberText.parseDouble(row.minScoreProperty().get()).getAsDouble()));
        }
        return edits.apply(SetTiers.of(list));
    }

    /** Adds a tier named so that it is unique, below the lowest one. */
    public Optional<String> addTier() {
        Plan plan = edits.plan();
        Set<String> names = new HashSet<>();
        plan.tiers().forEach(t -> names.add(t.name()));
        int n = plan.tiers().size() + 1;
        while (names.contains(messages.get("tier.newName", n))) {
            n++;
        }
        String name = messages.get("tier.newName", n);
        double lowest = plan.tiers().stream().mapToDouble(Tier::minScore).min().orElse(0);
        return edits.apply(SetTiers.add(new Tier(name, lowest)));
    }

    public Optional<String> removeTier(int index) {
        Plan plan = edits.plan();
        if (plan.tiers().size() <= 1) {
            return Optional.of(messages.get("error.lastTier"));
        }
        return edits.apply(SetTiers.remove(plan.tiers().get(index).name()));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObjectProperty<Integer> startYearProperty() {
        return startYear;
    }

    public ObjectProperty<Integer> endYearProperty() {
        return endYear;
    }

    public ObjectProperty<BudgetMode> budgetModeProperty() {
        return budgetMode;
    }

    public StringProperty uniformBudgetProperty() {
        return uniformBudget;
    }

    public ObservableList<YearBudgetRow> yearBudgets() {
        return yearBudgets;
    }

    public ObservableList<TierRow> tiers() {
        return tiers;
    }
}
