package org.kaname.ui.measures;

import java.util.OptionalInt;
import javafx.scene.control.TableColumn;
import org.kaname.i18n.Messages;
import org.kaname.model.Indicator;
import org.kaname.model.IndicatorKind;
import org.kaname.ui.ScreenContext;
import org.kaname.ui.overview.NumberText;

/** Indicators (KGI / KSI / KPI outcome / KPI output) with target, unit, data collection method and target year. */
final class IndicatorTable extends EditableTable<Indicator> {
    IndicatorTable(String id, Messages messages, ScreenContext.StatusSink status) {
        super(id, "section.indicators", "indicator.add", "indicator.remove",
                () -> new Indicator(IndicatorKind.KPI_OUTPUT, messages.get("new.indicator"), "", "", "", null),
                messages, status);
        TableColumn<Indicator, IndicatorKind> kind = choiceColumn("column.kind", Indicator::kind,
                (i, k) -> i.withText(k, i.name(), i.target(), i.unit(), i.method(), i.targetYear()),
                enumConverter(messages, "indicator.kind.", IndicatorKind.class), IndicatorKind.values(), 150);
        textColumn("column.name", Indicator::name,
                (i, s) -> i.withText(i.kind(), s.strip(), i.target(), i.unit(), i.method(), i.targetYear()), 220);
        textColumn("column.target", Indicator::target,
                (i, s) -> i.withText(i.kind(), i.name(), s, i.unit(), i.method(), i.targetYear()), 100);
        textColumn("column.unit", Indicator::unit,
                (i, s) -> i.withText(i.kind(), i.name(), i.target(), s, i.method(), i.targetYear()), 70);
        textColumn("column.method", Indicator::method,
                (i, s) -> i.withText(i.kind(), i.name(), i.target(), i.unit(), s, i.targetYear()), 200);
        TableColumn<Indicator, String> targetYear = textColumn("column.targetYear", i -> i.targetYear() == null ? "" : String.valueOf(i.targetYear()),
                (i, s) -> {
                    OptionalInt year = NumberText.parseInt(s);
                    if (!s.isBlank() && year.isEmpty()) {
                        status.show(messages.get("error.notYear", s));
                        return i;
                    }
                    return i.withText(i.kind(), i.name(), i.target(), i.unit(), i.method(),
                            s.isBlank() ? null : year.getAsInt());
                }, 90);
        keepWhole(kind, targetYear);
    }
}
