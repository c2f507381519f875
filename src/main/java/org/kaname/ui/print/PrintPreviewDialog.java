package org.kaname.ui.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.time.Instant;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kaname.i18n.Messages;
import org.kaname.io.AtomicFiles;
import org.kaname.model.Plan;
import org.kaname.report.Paper;
import org.kaname.report.ReportLanguage;
import org.kaname.report.ReportOptions;
import org.kaname.report.ReportService;
import org.kaname.ui.Controls;
import org.kaname.ui.DialogService;
import org.kaname.ui.task.TaskExecutor;

/**
 * The priority report before it is printed: the pages as they will come out, the paper (A4, or A3 landscape for the
 * roadmap pages), then print through the system's print dialog or save as PDF. The report is built off the FX thread
 * by the same ReportService as the CLI's {@code report} command, in the UI's language.
 */
public final class PrintPreviewDialog {
    private final Window owner;
    private final Plan plan;
    private final Instant lastChange;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReportLanguage language;
    private final VBox pages = new VBox(16);
    private final Label info = new Label();
    private final ProgressIndicator busy = new ProgressIndicator();
    private byte[] pdf;
    private List<BufferedImage> images = List.of();

    public PrintPreviewDialog(Window owner, Plan plan, Instant lastChange, TaskExecutor executor,
                              DialogService dialogs, Messages messages) {
        this.owner = owner;
        this.plan = plan;
        this.lastChange = lastChange;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.language = Messages.isEnglish(messages.locale()) ? ReportLanguage.EN : ReportLanguage.JA;
    }

    public void show() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("print.title"));
        ChoiceBox<Paper> paper = new ChoiceBox<>();
        paper.setId("printPaper");
        paper.getItems().setAll(Paper.values());
        paper.setValue(Paper.A4);
        paper.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Paper p) {
                return p == null ? "" : messages.get("print.paper." + p.name());
            }

            @Override
            public Paper fromString(String s) {
                return null;
            }
        });
        Controls controls = new Controls(messages);
        Label paperLabel = controls.labelFor("print.paper", paper);
        Button print = controls.button("printButton", "print.print", () -> print(stage));
        print.setDefaultButton(true);
        Button save = controls.button("savePdfButton", "print.savePdf", () -> savePdf(stage));
        Button close = controls.button("printCloseButton", "print.close", stage::close);
        close.setCancelButton(true);
        busy.setMaxSize(28, 28);
        HBox top = new HBox(10, paperLabel, paper, busy, info);
        // The label on the line of the text it names, not at the top of the taller choice box.
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox buttons = new HBox(10, print, save, close);
        top.setPadding(new Insets(10));
        buttons.setPadding(new Insets(10));
        pages.setPadding(new Insets(16));
        pages.setStyle("-fx-background-color: #9a9a9a;");
        ScrollPane scroll = new ScrollPane(pages);
        scroll.setId("printPages");
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, top, null, buttons, null);
        paper.valueProperty().addListener((o, a, p) -> build(p));
        stage.setScene(new Scene(root, 900, 800));
        stage.getScene().getStylesheets().addAll(owner.getScene().getStylesheets());
        root.setStyle(owner.getScene().getRoot().getStyle());
        build(Paper.A4);
        stage.show();
    }

    private void build(Paper paper) {
        busy.setVisible(true);
        info.setText(messages.get("print.building"));
        pages.getChildren().clear();
        ReportOptions options = ReportOptions.defaults().withLanguage(language).withPaper(paper);
        executor.submit(progress -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ReportService().write(plan, lastChange, options, out);
            byte[] bytes = out.toByteArray();
            return new Object[] {bytes, ReportPages.render(bytes, 110)};
        }, result -> {
            pdf = (byte[]) result[0];
            @SuppressWarnings("unchecked")
            List<BufferedImage> rendered = (List<BufferedImage>) result[1];
            images = rendered;
            for (BufferedImage page : images) {
                ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
                view.setPreserveRatio(true);
                view.setFitWidth(Math.min(820, page.getWidth()));
                pages.getChildren().add(view);
            }
            busy.setVisible(false);
            info.setText(messages.get("print.pages", images.size()));
        }, error -> {
            busy.setVisible(false);
            info.setText("");
            dialogs.showError(messages.get("print.title"), String.valueOf(error.getMessage()));
        });
    }

    private void print(Stage stage) {
        if (images.isEmpty()) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || Printer.getDefaultPrinter() == null) {
            dialogs.showError(messages.get("print.title"), messages.get("print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(stage)) {
            return;
        }
        for (BufferedImage page : images) {
            boolean landscape = page.getWidth() > page.getHeight();
            PageLayout layout = job.getPrinter().createPageLayout(job.getJobSettings().getPageLayout().getPaper(),
                    landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
            Image image = SwingFXUtils.toFXImage(page, null);
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                dialogs.showError(messages.get("print.title"), messages.get("print.failed"));
                return;
            }
        }
        job.endJob();
    }

    private void savePdf(Stage stage) {
        if (pdf == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"));
        File f = chooser.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        try {
            AtomicFiles.write(f.toPath(), pdf);
        } catch (java.io.IOException e) {
            dialogs.showError(messages.get("print.title"), messages.get("print.saveFailed", f, e.getMessage()));
        }
    }

    /** For tests: the report bytes and page images once built. */
    byte[] pdf() {
        return pdf;
    }

    List<BufferedImage> images() {
        return images;
    }

    static boolean isPdf(byte[] bytes) {
        return bytes != null && bytes.length > 4 && new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF");
    }
}
