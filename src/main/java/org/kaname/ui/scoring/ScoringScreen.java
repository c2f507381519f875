package org.kaname.ui.scoring;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kaname.i18n.Messages;
import org.kaname.model.Rater;
import org.kaname.ui.BasicPlanScreen;
import org.kaname.ui.ScreenContext;

/**
 * The Scoring screen (採点): a rater chooser and the rater tools on top, the score grid in the middle and the
 * criterion's levels and the rationale beside it. The view only builds controls and forwards events; the logic is in
 * {@link ScoringViewModel}.
 */
public final class ScoringScreen extends BasicPlanScreen {
    static final String BUNDLE = "org.kaname.ui.scoring.messages";

    private final Messages messages;
    private final ScoringViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ScoreGrid grid;
    private final LevelPanel panel;

    public ScoringScreen(ScreenContext context) {
        super("scoringScreen", context.messages(BUNDLE).get("screen.title"));
        this.messages = context.messages(BUNDLE);
        this.vm = new ScoringViewModel(context, messages);
        this.grid = new ScoreGrid(vm, messages);
        this.panel = new LevelPanel(vm, messages);
        grid.setOnNoteRequested(panel::openNoteEditor);
        panel.setOnDone(() -> grid.table().requestFocus());
        setRoot(root);
        onDispose(vm::dispose);
        root.getStyleClass().add("scoring-screen");
        root.getStylesheets().add(ScoringScreen.class.getResource("scoring.css").toExternalForm());
        root.setTop(toolbar());
        SplitPane split = new SplitPane(grid.table(), panel.node());
        split.setDividerPositions(0.72);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        VBox center = new VBox(6, gridNotice(), split);
        BorderPane.setMargin(center, new Insets(0, 12, 12, 12));
        root.setCenter(center);
    }

    /**
     * The line above the grid that says what to do when typing cannot work: no rater yet (always, until one is
     * added), or why the last entry was refused (with a close button). Hidden, taking no room, when there is nothing
     * to say.
     */
    private Node gridNotice() {
        Label text = new Label();
        text.setId("gridNotice");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> !vm.gridMessageProperty().get().isEmpty() ? vm.gridMessageProperty().get()
                        : vm.noRaterProperty().get() ? messages.get("rater.none.banner") : "",
                vm.gridMessageProperty(), vm.noRaterProperty()));
        text.accessibleTextProperty().bind(text.textProperty());
        Button close = new Button(messages.get("message.close"));
        close.setId("gridNoticeClose");
        close.setAccessibleText(messages.get("message.close.accessible"));
        close.setOnAction(e -> {
            vm.dismissMessage();
            grid.table().requestFocus();
        });
        close.visibleProperty().bind(vm.gridMessageProperty().isNotEmpty());
        close.managedProperty().bind(close.visibleProperty());
        HBox box = new HBox(10, ScoreGrid.warningIcon(), text, close);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("grid-notice");
        box.visibleProperty().bind(text.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        Runnable style = () -> {
            box.getStyleClass().remove("refused");
            if (!vm.gridMessageProperty().get().isEmpty()) {
                box.getStyleClass().add("refused");
            }
        };
        vm.gridMessageProperty().addListener((o, a, b) -> style.run());
        style.run();
        return box;
    }

    private Node toolbar() {
        ComboBox<Rater> chooser = new ComboBox<>(vm.raters());
        chooser.setId("raterChooser");
        // Wide enough for 「（評価者なし）」 when there is no rater yet; it grows with longer names.
        chooser.setMinWidth(170);
        chooser.setAccessibleText(messages.get("rater.chooser.accessible"));
        chooser.setTooltip(new Tooltip(messages.get("rater.chooser.tooltip")));
        StringConverter<Rater> names = new StringConverter<>() {
            @Override
            public String toString(Rater r) {
                return r == null ? "" : r.name();
            }

            @Override
            public Rater fromString(String s) {
                return null;
            }
        };
        chooser.setConverter(names);
        chooser.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Rater r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? messages.get("rater.chooser.empty") : r.name());
            }
        });
        Runnable selectFromVm = () -> chooser.getSelectionModel().select(vm.selectedRater().orElse(null));
        vm.selectedRaterIdProperty().addListener((o, a, b) -> selectFromVm.run());
        vm.raters().addListener((javafx.collections.ListChangeListener<Rater>) c -> selectFromVm.run());
        chooser.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                vm.selectedRaterIdProperty().set(r.id());
            }
        });
        selectFromVm.run();
        Label chooserLabel = mnemonicLabel("rater.chooser.label", chooser);

        ToggleButton consensus = new ToggleButton(messages.get("consensus.toggle"));
        consensus.setId("consensusToggle");
        consensus.setMnemonicParsing(true);
        consensus.setAccessibleText(messages.get("consensus.accessible"));
        consensus.setTooltip(new Tooltip(messages.get("consensus.tooltip")));
        consensus.selectedProperty().bindBidirectional(vm.consensusProperty());
        chooser.disableProperty().bind(consensus.selectedProperty());

        TextField name = new TextField();
        name.setId("raterName");
        name.setPromptText(messages.get("rater.name.prompt"));
        name.setAccessibleText(messages.get("rater.name.accessible"));
        name.setTooltip(new Tooltip(messages.get("rater.name.tooltip")));
        name.setPrefColumnCount(14); // the prompt ("e.g. Finance Division") shows whole
        Label nameLabel = mnemonicLabel("rater.name.label", name);
        Button add = button("addRater", "rater.add", () -> {
            if (vm.addRater(name.getText())) {
                name.clear();
            }
        });
        name.setOnAction(e -> add.fire());
        Button rename = button("renameRater", "rater.rename", () -> {
            if (vm.renameSelectedRater(name.getText())) {
                name.clear();
            }
        });
        Button remove = button("removeRater", "rater.remove", vm::removeSelectedRater);
        rename.disableProperty().bind(consensus.selectedProperty());
        remove.disableProperty().bind(consensus.selectedProperty());

        HBox raterBox = new HBox(8, chooserLabel, chooser, consensus);
        raterBox.setAlignment(Pos.CENTER_LEFT);
        HBox toolsBox = new HBox(8, nameLabel, name, add, rename, remove);
        toolsBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(16, 8, raterBox, new Separator(Orientation.VERTICAL), toolsBox);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label help = new Label(messages.get("grid.help"));
        help.setId("scoringHelp");
        help.getStyleClass().add("help-text");
        help.setWrapText(true);
        HBox legend = new HBox(6, ScoreGrid.warningIcon(), new Label(messages.get("legend.disagreement")),
                new Label(messages.get("legend.note")));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getStyleClass().add("help-text");
        Label roundNotice = new Label();
        roundNotice.setId("roundNotice");
        roundNotice.getStyleClass().add("round-notice");
        roundNotice.setWrapText(true);
        roundNotice.textProperty().bind(vm.roundNoticeProperty());
        roundNotice.visibleProperty().bind(vm.roundNoticeProperty().isNotEmpty());
        roundNotice.managedProperty().bind(roundNotice.visibleProperty());
        VBox top = new VBox(6, roundNotice, bar, help, legend);
        top.setPadding(new Insets(12));
        return top;
    }

    private Label mnemonicLabel(String key, Node target) {
        Label label = new Label(messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setAccessibleText(messages.get(key + ".accessible"));
        b.setTooltip(new Tooltip(messages.get(key + ".tooltip")));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The view model, for the shell's tests and for screenshots. */
    ScoringViewModel viewModel() {
        return vm;
    }
}
