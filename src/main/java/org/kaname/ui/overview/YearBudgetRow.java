package org.kaname.ui.overview;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One fiscal year's cap as typed: blank means no cap for that year. */
public final class YearBudgetRow {
    private final int year;
    private final StringProperty amount = new SimpleStringProperty("");

    public YearBudgetRow(int year, String amount) {
        this.year = year;
        this.amount.set(amount);
    }

    public int year() {
        return year;
    }

    public StringProperty amountProperty() {
        return amount;
    }
}
