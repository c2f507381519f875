package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.ui.criteria.CriteriaScreen;
import org.kaname.ui.measures.MeasuresScreen;
import org.kaname.ui.overview.OverviewScreen;
import org.kaname.ui.sensitivity.SensitivityScreen;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screens built with {@link Controls} (overview, criteria, measures, sensitivity) name their controls the way a
 * screen reader should say them, in Japanese and English: every button and every labelled field has a spoken name;
 * that name never reads out the mnemonic (「計画名(T)」) and never repeats the tooltip, which is the accessible help.
 */
@ExtendWith(ApplicationExtension.class)
class SpokenNamesTest {
    /** A mnemonic as the visible text shows it, 「(T)」「（_A）」, or a mnemonic mark left in. */
    private static final Pattern MNEMONIC = Pattern.compile("[(（]_?[A-Za-z][)）]|_");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void overviewJapanese() throws Exception {
        List<Control> controls = check(Locale.JAPANESE, OverviewScreen::new);
        assertThat(spoken(controls, "overviewTitle")).isEqualTo("計画名");
        assertThat(spoken(controls, "tierAdd")).isEqualTo("区分を追加");
        assertThat(spoken(controls, "tierRemove0")).isEqualTo("1番目の区分を削除");
        assertThat(spoken(controls, "tierScore1")).isEqualTo("2番目の区分の最低点");
        assertThat(spoken(controls, "budgetUniform")).isEqualTo("毎年度同じ金額");
    }

    @Test
    void overviewEnglish() throws Exception {
        List<Control> controls = check(Locale.ENGLISH, OverviewScreen::new);
        assertThat(spoken(controls, "overviewTitle")).isEqualTo("Title");
        assertThat(spoken(controls, "tierRemove0")).isEqualTo("Remove tier 1");
    }

    @Test
    void criteriaJapanese() throws Exception {
        List<Control> controls = check(Locale.JAPANESE, CriteriaScreen::new);
        assertThat(spoken(controls, "addCriterion")).isEqualTo("追加");
        assertThat(find(controls, "addCriterion").getAccessibleHelp()).isEqualTo("評価基準を一覧の末尾に追加します");
        assertThat(spoken(controls, "criterionName")).isEqualTo("評価基準の名称");
        assertThat(spoken(controls, "level-5")).isEqualTo("「即効性・波及効果」の 5 点の説明");
        assertThat(spoken(controls, "createScenario")).isEqualTo("現在の重みから作成");
    }

    @Test
    void criteriaEnglish() throws Exception {
        List<Control> controls = check(Locale.ENGLISH, CriteriaScreen::new);
        assertThat(spoken(controls, "addCriterion")).isEqualTo("Add");
    }

    @Test
    void measuresJapanese() throws Exception {
        List<Control> controls = check(Locale.JAPANESE, MeasuresScreen::new);
        assertThat(spoken(controls, "treeAddPillar")).isEqualTo("柱を追加");
        assertThat(spoken(controls, "problemAdd")).isEqualTo("課題を追加");
        assertThat(find(controls, "problemAdd").getAccessibleHelp()).isEqualTo("課題を一件追加します");
        assertThat(spoken(controls, "caseRemove")).isEqualTo("事例を削除");
    }

    @Test
    void measuresEnglish() throws Exception {
        check(Locale.ENGLISH, MeasuresScreen::new);
    }

    @Test
    void sensitivityJapanese() throws Exception {
        List<Control> controls = check(Locale.JAPANESE, SensitivityScreen::new);
        assertThat(spoken(controls, "runMonteCarlo")).isEqualTo("実行");
        assertThat(find(controls, "runMonteCarlo").getAccessibleHelp()).isEqualTo("モンテカルロ分析を開始します");
        assertThat(spoken(controls, "mcSamples")).isEqualTo("サンプル数");
    }

    @Test
    void sensitivityEnglish() throws Exception {
        check(Locale.ENGLISH, SensitivityScreen::new);
    }

    /** Shows the screen and checks every control of it (all tabs); returns them. */
    private List<Control> check(Locale locale, Function<ScreenContext, ? extends PlanScreen> make) throws Exception {
        try (ShownScreen<? extends PlanScreen> shown = ShownScreen.show(stage, locale, 1280, 800, make::apply)) {
            List<Node> nodes = new ArrayList<>();
            walk(shown.screen.node(), nodes);
            List<Control> controls = new ArrayList<>();
            int buttons = 0;
            for (Node n : nodes) {
                if (n instanceof Label label && label.getLabelFor() instanceof Control target
                        && target.getId() != null) {
                    assertThat(target.getAccessibleText()).as("field labelled %s", label.getText()).isNotBlank();
                }
                if (!(n instanceof Control c) || c.getId() == null || n instanceof Label) {
                    continue;
                }
                controls.add(c);
                if (c instanceof ButtonBase b && b.getText() != null && !b.getText().isEmpty()) {
                    buttons++;
                    assertThat(c.getAccessibleText()).as("button #%s", c.getId()).isNotBlank();
                }
                String said = c.getAccessibleText();
                if (said != null) {
                    assertThat(MNEMONIC.matcher(said).find()).as("#%s says %s", c.getId(), said).isFalse();
                }
                if (c.getTooltip() != null && c.getAccessibleHelp() != null) {
                    String tip = c.getTooltip().getText();
                    assertThat(c.getAccessibleHelp()).as("#%s", c.getId()).isEqualTo(tip);
                    if (said != null) {
                        assertThat(said).as("#%s", c.getId()).doesNotContain(tip);
                    }
                }
            }
            assertThat(buttons).isGreaterThan(1);
            return controls;
        }
    }

    private static void walk(Node node, List<Node> into) {
        if (node == null) {
            return;
        }
        into.add(node);
        if (node instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) {
                walk(t.getContent(), into);
            }
            return;
        }
        if (node instanceof ScrollPane scroll) {
            walk(scroll.getContent(), into);
            return;
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(n -> walk(n, into));
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, into);
            }
        }
    }

    private static Control find(List<Control> controls, String id) {
        return controls.stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + id));
    }

    private static String spoken(List<Control> controls, String id) {
        return find(controls, id).getAccessibleText();
    }
}
