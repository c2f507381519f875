package org.kaname.ui.workshop;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kaname.i18n.Messages;
import org.kaname.model.ScoringRound;
import org.kaname.ui.Controls;

/**
 * The workshop screen's layout: the toolbar (state of the rounds; start, reveal, discard), on the left one of the
 * start form, the open round's sheets or the history of revealed rounds, and on the right the disagreements. It only
 * builds controls and forwards events to {@link WorkshopViewModel} and {@link DisagreementViewModel}.
 */
final class WorkshopView {
    private final Messages messages;
    private final WorkshopViewModel vm;
    private final DisagreementViewModel disagreements;
    private final RoundEntryView entry;
    private final HistoryView history;
    private final DisagreementView disagreementView;

    WorkshopView(WorkshopViewModel vm, DisagreementViewModel disagreements, Messages messages, BorderPane root) {
        this.messages = messages;
        this.vm = vm;
        this.disagreements = disagreements;
        Controls ui = new Controls(messages);
        RoundFormView form = new RoundFormView(vm, ui);
        entry = new RoundEntryView(vm, ui);
        history = new HistoryView(vm.history(), ui);
        disagreementView = new DisagreementView(disagreements, ui);

        root.setTop(toolbar(ui));

        // One of three on the left: the form while starting, the round while open, else the history.
        Node formNode = form.node();
        formNode.visibleProperty().bind(vm.formShownProperty());
        Node entryNode = entry.node();
        entryNode.visibleProperty().bind(vm.formShownProperty().not().and(vm.openRoundProperty().isNotNull()));
        Node historyNode = history.node();
        historyNode.visibleProperty().bind(vm.formShownProperty().not().and(vm.openRoundProperty().isNull()));
        StackPane left = new StackPane(formNode, entryNode, historyNode);
        left.setMinWidth(360);
        vm.openRoundProperty().addListener((o, a, open) -> {
            if (open != null && a == null) {
                // A new round: straight to its first cell, so the first rater's values can be typed at once.
                javafx.application.Platform.runLater(() -> {
                    entry.grid().table().requestFocus();
                    entry.grid().focusCell(0, 0);
                });
            }
        });
        vm.formShownProperty().addListener((o, a, shown) -> {
            if (shown) {
                javafx.application.Platform.runLater(form.titleField()::requestFocus);
            }
        });

        SplitPane split = new SplitPane(left, disagreementView.node());
        split.setDividerPositions(vm.openRoundProperty().get() == null ? 0.46 : 0.6);
        // While a round is open, its sheet needs the room; afterwards the disagreements do.
        vm.openRoundProperty().addListener((o, a, open) -> {
            if ((a == null) != (open == null)) {
                split.setDividerPositions(open == null ? 0.46 : 0.6);
            }
        });
        BorderPane.setMargin(split, new Insets(0, 12, 12, 12));
        root.setCenter(split);
        if (vm.openRoundProperty().get() == null) {
            disagreements.first(); // the top disagreement, once the spreads are computed
        }
    }

    private Node toolbar(Controls ui) {
        Label title = new Label(messages.get("screen.title"));
        title.getStyleClass().add("screen-title");
        title.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        Label state = new Label();
        state.setId("roundState");
        state.getStyleClass().add("round-state");
        state.setWrapText(true);
        state.textProperty().bind(Bindings.createStringBinding(() -> stateText(vm.openRoundProperty().get()),
                vm.openRoundProperty()));
        Button start = ui.button("startRound", "round.start", vm::showForm);
        Button reveal = ui.button("revealRound", "round.reveal", () -> {
            if (vm.reveal()) {
                disagreements.first();
                disagreementView.table().requestFocus();
            }
        });
        Button discard = ui.button("discardRound", "round.discard", vm::discard);
        start.disableProperty().bind(vm.openRoundProperty().isNotNull().or(vm.formShownProperty()));
        reveal.disableProperty().bind(vm.openRoundProperty().isNull());
        discard.disableProperty().bind(vm.openRoundProperty().isNull());
        reveal.getStyleClass().add("reveal-button");
        FlowPane buttons = new FlowPane(8, 8, start, reveal, discard);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, state, buttons);
        VBox.setVgrow(state, Priority.NEVER);
        top.setPadding(new Insets(12));
        return top;
    }

    private String stateText(ScoringRound open) {
        if (open == null) {
            return messages.get("round.none");
        }
        return messages.get(open.anonymous() ? "round.openAnonymous" : "round.open", open.number(), open.title(),
                open.measures().size(), open.raters().size());
    }
}
