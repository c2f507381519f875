package org.kaname.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one screen pattern of docs/architecture.md ("Screens"): an {@code XScreen} composes, an {@code XView} builds
 * the controls, an {@code XViewModel(ScreenContext, Messages)} holds state without controls; every button and
 * mnemonic label comes from {@code ui.Controls}.
 */
class ScreenPatternTest {
    private static final String UI = "org.kaname.ui";
    private static final String SCREEN = UI + ".PlanScreen";
    private static final String CONTROLS = UI + ".Controls";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages(UI);
    }

    private static List<JavaClass> screens() {
        return classes.stream()
                .filter(c -> !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isInterface())
                .filter(c -> c.isAssignableTo(SCREEN) && !c.getPackageName().equals(UI))
                .toList();
    }

    @Test
    void everyScreenComposesAViewAndAViewModelOfItsPackage() {
        List<JavaClass> screens = screens();
        assertThat(screens).extracting(JavaClass::getSimpleName)
                .contains("OverviewScreen", "CriteriaScreen", "MeasuresScreen", "ScoringScreen", "RankingScreen",
                        "SensitivityScreen", "RoadmapScreen", "WorkshopScreen", "EvaluationScreen");
        Set<String> missing = new TreeSet<>();
        for (JavaClass screen : screens) {
            Set<JavaClass> built = screen.getConstructorCallsFromSelf().stream()
                    .map(call -> call.getTargetOwner())
                    .filter(c -> c.getPackageName().equals(screen.getPackageName()))
                    .collect(Collectors.toSet());
            if (built.stream().noneMatch(c -> c.getSimpleName().endsWith("ViewModel"))) {
                missing.add(screen.getSimpleName() + " builds no view model");
            }
            if (built.stream().noneMatch(c -> c.getSimpleName().endsWith("View") || c.getSimpleName().endsWith("Views"))) {
                missing.add(screen.getSimpleName() + " builds no view");
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A screen composes: the controls are the view's. Tabs to hold views are the one exception. */
    @Test
    void screensBuildNoControls() {
        Set<String> found = new TreeSet<>();
        for (JavaClass screen : screens()) {
            screen.getConstructorCallsFromSelf().stream()
                    .map(call -> call.getTargetOwner())
                    .filter(c -> c.getPackageName().equals("javafx.scene.control"))
                    .filter(c -> !Set.of("Tab", "TabPane", "Tooltip").contains(c.getSimpleName()))
                    .forEach(c -> found.add(screen.getSimpleName() + " → " + c.getSimpleName()));
        }
        assertThat(found).isEmpty();
    }

    /** View models hold state and actions as properties; a control in a view model cannot be tested without a screen. */
    @Test
    void viewModelsHoldNoNodes() {
        Set<String> found = new TreeSet<>();
        classes.stream().filter(c -> c.getSimpleName().endsWith("ViewModel")).forEach(vm ->
                vm.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass().getBaseComponentType())
                        .filter(t -> t.getPackageName().startsWith("javafx.scene"))
                        .forEach(t -> found.add(vm.getSimpleName() + " → " + t.getName())));
        assertThat(found).isEmpty();
    }

    /** One constructor style: {@code public XViewModel(ScreenContext context, Messages messages)}. */
    @Test
    void screenViewModelsTakeTheContextAndTheirMessages() {
        Set<String> screenPackages = screens().stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        Set<String> found = new TreeSet<>();
        classes.stream()
                .filter(c -> c.getSimpleName().endsWith("ViewModel") && screenPackages.contains(c.getPackageName()))
                .forEach(vm -> {
                    List<JavaConstructor> published = vm.getConstructors().stream()
                            .filter(k -> k.getModifiers().contains(JavaModifier.PUBLIC)).toList();
                    boolean oneStyle = !published.isEmpty() && published.stream().allMatch(k ->
                            k.getRawParameterTypes().stream().map(JavaClass::getName).toList()
                                    .equals(List.of(UI + ".ScreenContext", "org.kaname.i18n.Messages")));
                    if (!oneStyle) {
                        found.add(vm.getSimpleName() + published.stream().map(JavaCodeUnit::getFullName)
                                .collect(Collectors.joining(", ", " [", "]")));
                    }
                });
        assertThat(found).isEmpty();
    }

    /** Buttons, and labels with a mnemonic, come from the one builder, so they all speak and behave alike. */
    @Test
    void buttonsAndMnemonicLabelsComeFromTheOneBuilder() {
        Set<String> buttons = Set.of("javafx.scene.control.Button", "javafx.scene.control.CheckBox",
                "javafx.scene.control.RadioButton", "javafx.scene.control.ToggleButton");
        Set<String> found = new TreeSet<>();
        classes.stream().filter(c -> !c.getName().equals(CONTROLS)).forEach(c -> {
            c.getConstructorCallsFromSelf().stream()
                    .filter(call -> buttons.contains(call.getTargetOwner().getName()))
                    .forEach(call -> found.add(c.getSimpleName() + " → new " + call.getTargetOwner().getSimpleName()));
            c.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getName().equals("setMnemonicParsing")
                            && call.getTargetOwner().isAssignableTo("javafx.scene.control.Labeled"))
                    .forEach(call -> found.add(c.getSimpleName() + " → " + call.getName()));
        });
        assertThat(found).isEmpty();
    }
}
