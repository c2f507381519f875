package org.kaname.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;

/** The dependency rules of docs/architecture.md: the core stays pure, dependencies point inward. */
class LayersTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // ArchUnit's own test filter knows only target/test-classes; parallel builds use -Dkaname.buildDir elsewhere.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.kaname");
    }

    @Test
    void modelAndEngineUseNoJavaFxNoSqlAndNoOuterLayer() {
        noClasses().that().resideInAnyPackage("org.kaname.model..", "org.kaname.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.kaname.ui..", "org.kaname.cli..", "org.kaname.store..", "org.kaname.io..",
                        "org.kaname.report..", "org.kaname.service..", "com.fasterxml..", "org.h2..")
                .check(classes);
    }

    @Test
    void modelDependsOnNothingOfKanameButItself() {
        noClasses().that().resideInAPackage("org.kaname.model..")
                .should().dependOnClassesThat().resideInAPackage("org.kaname.engine..")
                .check(classes);
    }

    @Test
    void storageAndExchangeKnowNothingOfScreensOrCommands() {
        noClasses().that().resideInAnyPackage("org.kaname.store..", "org.kaname.io..", "org.kaname.report..",
                        "org.kaname.service..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kaname.ui..", "org.kaname.cli..")
                .check(classes);
    }

    @Test
    void theCliNeverTouchesJavaFx() {
        noClasses().that().resideInAPackage("org.kaname.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.kaname.ui..")
                .check(classes);
    }

    @Test
    void noLibraryCodeWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackage("org.kaname.cli..").and().doNotHaveFullyQualifiedName("org.kaname.Launcher")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void editsArePureAndKnowNothingOfStorageScreensOrCommands() {
        noClasses().that().resideInAPackage("org.kaname.edit..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                        "org.kaname.io..", "org.kaname.store..", "org.kaname.service..", "org.kaname.ui..",
                        "org.kaname.cli..", "org.kaname.sheets..", "org.kaname.report..", "org.kaname.chart..")
                .check(classes);
    }

    @Test
    void screensChangePlansOnlyThroughTheNamedEdits() {
        DescribedPredicate<JavaMethodCall> planWith = DescribedPredicate.describe("a with… method of Plan",
                call -> call.getTargetOwner().isEquivalentTo(Plan.class)
                        && call.getTarget().getName().startsWith("with"));
        DescribedPredicate<JavaConstructorCall> newPlan = DescribedPredicate.describe("a constructor of Plan",
                call -> call.getTargetOwner().isEquivalentTo(Plan.class));
        noClasses().that().resideInAPackage("org.kaname.ui..")
                .should().callMethodWhere(planWith).orShould().callConstructorWhere(newPlan)
                .because("plan-changing functions live in org.kaname.edit, as named edits the CLI can use too")
                .check(classes);
    }
}
