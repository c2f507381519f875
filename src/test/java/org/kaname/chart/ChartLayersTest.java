package org.kaname.chart;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Charts draw on any Graphics2D and must stay free of JavaFX (the app wraps them with FXGraphics2D) and of PDF
 * code (the report bridges them into PDFBox); the report knows nothing of screens or commands.
 */
class ChartLayersTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.kaname.chart", "org.kaname.report");

    @Test
    void chartsUseNeitherJavaFxNorPdfBoxNorOuterLayers() {
        noClasses().that().resideInAPackage("org.kaname.chart..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.pdfbox..", "de.rototor..",
                        "org.kaname.ui..", "org.kaname.cli..", "org.kaname.report..", "org.kaname.store..")
                .check(CLASSES);
    }

    @Test
    void theReportUsesNoJavaFxNoScreensAndNoCommands() {
        noClasses().that().resideInAPackage("org.kaname.report..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kaname.ui..", "org.kaname.cli..",
                        "org.kaname.store..")
                .check(CLASSES);
    }
}
