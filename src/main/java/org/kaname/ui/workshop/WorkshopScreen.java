package org.kaname.ui.workshop;

import javafx.scene.layout.BorderPane;
import org.kaname.i18n.Messages;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.ScreenContext;

/**
 * The Workshop screen (ワークショップ) for the facilitator: on the left the scoring rounds — the start form, the open
 * round's sheets with each rater's progress, reveal and discard, or the history of revealed rounds with the
 * distribution of a measure — and on the right the disagreements in focus. The view only builds controls and
 * forwards events; the logic is in {@link WorkshopViewModel} (with its {@link RoundHistoryViewModel}) and
 * {@link DisagreementViewModel}.
 */
public final class WorkshopScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.workshop.messages";

    private final WorkshopViewModel vm;
    private final DisagreementViewModel disagreements;

    public WorkshopScreen(ScreenContext context) {
        super("workshopScreen", context.messages(BUNDLE).get("screen.title"));
        Messages messages = context.messages(BUNDLE);
        this.vm = new WorkshopViewModel(context, messages);
        this.disagreements = new DisagreementViewModel(context, messages);
        BorderPane root = setRoot(new BorderPane());
        root.getStyleClass().add("workshop-screen");
        root.getStylesheets().add(WorkshopScreen.class.getResource("workshop.css").toExternalForm());
        new WorkshopView(vm, disagreements, messages, root);
        onDispose(() -> {
            vm.dispose();
            disagreements.dispose();
        });
    }

    /** The view models, for tests and screenshots. */
    WorkshopViewModel viewModel() {
        return vm;
    }

    DisagreementViewModel disagreementViewModel() {
        return disagreements;
    }
}
