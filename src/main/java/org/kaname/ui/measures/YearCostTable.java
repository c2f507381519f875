package org.kaname.ui.measures;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.kaname.i18n.Messages;
import org.kaname.model.YearCost;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.overview.NumberText;

/**
 * A measure's costs by 年度 as 行政 writes them: one row per 年度 with 事業費, 人工, 人件費 (人工 × the plan's 単価,
 * computed), 国庫支出金, 都道府県支出金, その他 and 一般財源 (computed). Money is typed and shown in 千円 and kept in
 * yen ({@link ThousandYen}); each cell edit commits the whole list as one edit ({@code SetYearCosts}).
 */
final class YearCostTable extends EditableTable<YearCost> {
    private final LongSupplier rate;

    YearCostTable(String id, Messages messages, ScreenContext.StatusSink status, Supplier<YearCost> newRow,
                  LongSupplier rate) {
        super(id, "section.yearCosts", "yearCost.add", "yearCost.remove", newRow, messages, status);
        this.rate = rate;
        TableColumn<YearCost, String> year = textColumn("column.costYear", c -> String.valueOf(c.year()),
                (c, s) -> {
                    OptionalInt y = NumberText.parseInt(s);
                    if (y.isEmpty() || y.getAsInt() < 1000 || y.getAsInt() > 9999) {
                        status.show(messages.get("error.notYear", s));
                        return c;
                    }
                    return new YearCost(y.getAsInt(), c.projectCost(), c.breakdown(), c.staffYears(), c.national(),
                            c.prefectural(), c.other());
                }, 70);
        TableColumn<YearCost, String> project = money("column.projectCost", YearCost::projectCost,
                (c, v) -> new YearCost(c.year(), v, c.breakdown(), c.staffYears(), c.national(), c.prefectural(),
                        c.other()), messages, status);
        TableColumn<YearCost, String> staff = textColumn("column.staffYears", c -> NumberText.format(c.staffYears()),
                (c, s) -> {
                    OptionalDouble v = s.isBlank() ? OptionalDouble.of(0) : NumberText.parseDouble(s);
                    if (v.isEmpty()) {
                        status.show(messages.get("error.notStaffYears", s));
                        return c;
                    }
                    return new YearCost(c.year(), c.projectCost(), c.breakdown(), v.getAsDouble(), c.national(),
                            c.prefectural(), c.other());
                }, 60);
        right(staff);
        TableColumn<YearCost, String> personnel = computed("column.personnelCost",
                c -> c.personnelCost(rate.getAsLong()));
        TableColumn<YearCost, String> national = money("column.national", YearCost::national,
                (c, v) -> new YearCost(c.year(), c.projectCost(), c.breakdown(), c.staffYears(), v, c.prefectural(),
                        c.other()), messages, status);
        TableColumn<YearCost, String> prefectural = money("column.prefectural", YearCost::prefectural,
                (c, v) -> new YearCost(c.year(), c.projectCost(), c.breakdown(), c.staffYears(), c.national(), v,
                        c.other()), messages, status);
        TableColumn<YearCost, String> other = money("column.otherSource", YearCost::other,
                (c, v) -> new YearCost(c.year(), c.projectCost(), c.breakdown(), c.staffYears(), c.national(),
                        c.prefectural(), v), messages, status);
        TableColumn<YearCost, String> general = computed("column.generalFund",
                c -> c.generalFund(rate.getAsLong()));
        keepWhole(year, project, staff, personnel, national, prefectural, other, general);
    }

    private TableColumn<YearCost, String> money(String key, ToLongFunction<YearCost> get,
                                                java.util.function.BiFunction<YearCost, Long, YearCost> set,
                                                Messages messages, ScreenContext.StatusSink status) {
        TableColumn<YearCost, String> c = textColumn(key, row -> ThousandYen.format(get.applyAsLong(row)), (row, s) -> {
            OptionalLong yen = ThousandYen.parse(s);
            if (yen.isEmpty()) {
                status.show(messages.get("error.notThousandYen", s));
                return row;
            }
            return set.apply(row, yen.getAsLong());
        }, 90);
        right(c);
        return c;
    }

    /** A read-only column computed at the plan's 単価, in 千円 rounded. */
    private TableColumn<YearCost, String> computed(String key, ToLongFunction<YearCost> yen) {
        TableColumn<YearCost, String> c = new TableColumn<>(controls().messages().get(key));
        c.setEditable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(ThousandYen.rounded(yen.applyAsLong(d.getValue()))));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        c.getStyleClass().add("computed-column");
        addColumn(c);
        return c;
    }

    private static void right(TableColumn<YearCost, String> c) {
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
    }

    /** Shows the rows again, so the computed columns follow a new 単価. */
    void refreshComputed() {
        table().refresh();
    }

    /** The rows shown. */
    List<YearCost> rows() {
        return List.copyOf(table().getItems());
    }
}
