package org.kaname.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kaname.model.Plan;

/**
 * The dependency rules of docs/architecture.md: the core stays pure, dependencies point inward. The table there is the
 * rule: every part of {@code org.kaname} (a top-level package, or a class directly in {@code org.kaname}) has a row and
 * uses only itself and the parts its "may use" cell names, so the table cannot drift from the code.
 */
class LayersTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() throws IOException {
        // ArchUnit's own test filter knows only target/test-classes; parallel builds use -Dkaname.buildDir elsewhere.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("org.kaname");
        table = table(Files.readString(Path.of("docs/architecture.md"), StandardCharsets.UTF_8));
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

    // ---- the table of docs/architecture.md is the rule ----

    private static final Pattern TICKED = Pattern.compile("`([^`]+)`");
    private static final String BASE = "org.kaname.";
    static Map<String, Set<String>> table;

    /** The rows of the first table: part → the parts it may use ({@code *} for all). */
    static Map<String, Set<String>> table(String markdown) {
        Map<String, Set<String>> rows = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            if (!line.startsWith("| `org.kaname.")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Set<String> mayUse = new TreeSet<>();
            String use = cells[3].trim();
            if (use.equals("all")) {
                mayUse.add("*");
            }
            Matcher used = TICKED.matcher(use);
            while (used.find()) {
                mayUse.add(used.group(1));
            }
            Matcher named = TICKED.matcher(cells[1]);
            while (named.find()) {
                rows.put(named.group(1).substring(BASE.length()), mayUse);
            }
        }
        return rows;
    }

    /** The part a class belongs to: its top-level package under org.kaname, or its own name if it sits there. */
    static String part(JavaClass c) {
        String rest = c.getName().substring(BASE.length());
        int dot = rest.indexOf('.');
        if (dot >= 0) {
            return rest.substring(0, dot);
        }
        int nested = rest.indexOf('$');
        return nested >= 0 ? rest.substring(0, nested) : rest;
    }

    @Test
    void theTableHasRows() {
        assertThat(table).containsKeys("model", "engine", "ui", "cli", "Launcher");
        assertThat(table.get("model")).isEmpty();
    }

    @Test
    void everyPartOfTheCodeHasARow() {
        Set<String> missing = new TreeSet<>();
        for (JavaClass c : classes) {
            if (c.getName().startsWith(BASE) && !table.containsKey(part(c))) {
                missing.add(part(c));
            }
        }
        assertThat(missing).as("parts of org.kaname with no row in docs/architecture.md").isEmpty();
    }

    @Test
    void everyDependencyIsOneTheTableNames() {
        Map<String, List<String>> undeclared = new TreeMap<>();
        for (JavaClass c : classes) {
            if (!c.getName().startsWith(BASE)) {
                continue;
            }
            String from = part(c);
            Set<String> allowed = table.getOrDefault(from, Set.of());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (!target.getName().startsWith(BASE)) {
                    continue;
                }
                String to = part(target);
                if (to.equals(from) || allowed.contains("*") || allowed.contains(to)) {
                    continue;
                }
                List<String> examples = undeclared.computeIfAbsent(from + " → " + to, k -> new ArrayList<>());
                if (examples.size() < 2) {
                    examples.add(c.getSimpleName() + " uses " + target.getSimpleName());
                }
            }
        }
        assertThat(undeclared).as("dependencies the table in docs/architecture.md does not name").isEmpty();
    }
}
