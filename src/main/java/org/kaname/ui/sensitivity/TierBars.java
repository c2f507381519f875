package org.kaname.ui.sensitivity;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;

/**
 * Each measure's tier probabilities as one stacked horizontal bar. Every part carries its tier's colour and its
 * text (「高 97%」); parts too narrow for text keep it in the tooltip and the accessible text, and the table below
 * holds the same numbers.
 */
final class TierBars extends VBox {
    static final double ROW_HEIGHT = 34;
    static final double HEADER_HEIGHT = 28;
    private static final double BAR_WIDTH = 420;
    private static final double LABEL_WIDTH = 72;
    /** From this share the part has room for 「中 25%」; from {@link #MIN_PERCENT_ONLY} for 「11%」 alone. */
    private static final double MIN_LABELLED = 0.15;
    private static final double MIN_PERCENT_ONLY = 0.07;
    private final SensitivityViewModel vm;
    private final Messages m;

    TierBars(SensitivityViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        setId("tierBars");
        getStyleClass().add("tier-bars");
        setAccessibleText(m.get("bars.accessible"));
        setFillWidth(false);
    }

    void show(List<OutcomeRow> rows) {
        getChildren().clear();
        Label header = new Label(m.get("bars.title"));
        header.getStyleClass().add("chart-title");
        header.setMinHeight(HEADER_HEIGHT);
        header.setPrefHeight(HEADER_HEIGHT);
        getChildren().add(header);
        for (OutcomeRow row : rows) {
            Label name = new Label(row.measureId());
            name.setMinWidth(LABEL_WIDTH);
            name.setPrefWidth(LABEL_WIDTH);
            name.setTooltip(new Tooltip(row.measureId() + " " + row.title()));
            HBox bar = new HBox();
            bar.setId("tierBar-" + row.measureId());
            bar.getStyleClass().add("tier-bar");
            bar.setPrefWidth(BAR_WIDTH);
            bar.setMaxWidth(BAR_WIDTH);
            StringBuilder spoken = new StringBuilder(row.measureId());
            for (TierShare share : row.shares()) {
                String text = vm.tierName(share) + " " + share.percent() + "%";
                Label part = new Label(share.probability() >= MIN_LABELLED ? text
                        : share.probability() >= MIN_PERCENT_ONLY ? share.percent() + "%" : "");
                part.getStyleClass().addAll("tier-part", share.tierIndex() < 0 ? "tier-none"
                        : "tier-" + Math.min(share.tierIndex(), 2));
                double width = BAR_WIDTH * share.probability();
                part.setMinWidth(width);
                part.setPrefWidth(width);
                part.setMaxWidth(width);
                part.setMaxHeight(Double.MAX_VALUE);
                part.setAlignment(Pos.CENTER);
                part.setTooltip(new Tooltip(row.measureId() + ": " + text));
                part.setUserData(share);
                bar.getChildren().add(part);
                spoken.append("、").append(text);
            }
            bar.setAccessibleText(spoken.toString());
            HBox line = new HBox(8, name, bar);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setMinHeight(ROW_HEIGHT);
            line.setPrefHeight(ROW_HEIGHT);
            line.setMaxHeight(ROW_HEIGHT);
            getChildren().add(line);
        }
    }
}
