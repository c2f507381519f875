package org.kaname.ui.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kaname.i18n.Messages;
import org.kaname.model.Rater;
import org.testfx.framework.junit5.ApplicationExtension;

/** The export dialog's controls follow ui.Controls: mnemonic, spoken name without it, tooltip as accessible help. */
@ExtendWith(ApplicationExtension.class)
class ExportViewTest {
    private Parent build(Locale locale) {
        Messages messages = Messages.of(SheetsTexts.BUNDLE, locale);
        ExportModel model = new ExportModel(List.of(new Rater("r1", "企画課"), new Rater("r2", "人事課")), messages);
        return new ExportView(model, messages).build();
    }

    @Test
    void everyControlIsNamedByTheOneRule() {
        Parent root = build(Locale.JAPANESE);
        RadioButton perRater = (RadioButton) root.lookup("#exportPerRater");
        assertThat(perRater.getText()).isEqualTo("評価者ごとに 1 ファイル(_P)");
        assertThat(perRater.isMnemonicParsing()).isTrue();
        assertThat(perRater.getAccessibleText()).isEqualTo("評価者ごとに 1 ファイル");
        assertThat(perRater.getTooltip().getText()).startsWith("評価者ごとに採点表のファイルを");
        assertThat(perRater.getAccessibleHelp()).isEqualTo(perRater.getTooltip().getText());
        assertThat(perRater.isSelected()).isTrue();

        Button all = (Button) root.lookup("#exportSelectAll");
        assertThat(all.getAccessibleText()).isEqualTo("すべて選択");
        assertThat(all.getTooltip().getText()).isEqualTo("一覧のすべての評価者にチェックを付けます");

        ListView<?> raters = (ListView<?>) root.lookup("#exportRaters");
        assertThat(raters.getAccessibleText()).startsWith("採点表を作成する評価者");
        assertThat(((Label) root.lookup("#exportRatersLabel")).getLabelFor()).isSameAs(raters);

        // The field is named by its label's words, not by the raw text with its 「(_B)」.
        TextField name = (TextField) root.lookup("#exportDepartmentName");
        assertThat(name.getAccessibleText()).isEqualTo("部署名");
        Label nameLabel = (Label) root.lookup("#exportDepartmentNameLabel");
        assertThat(nameLabel.getLabelFor()).isSameAs(name);
        assertThat(nameLabel.isDisabled()).isTrue();
    }

    @Test
    void choosingADepartmentSetsTheModeAndEnablesItsName() {
        Parent root = build(Locale.ENGLISH);
        RadioButton department = (RadioButton) root.lookup("#exportDepartment");
        assertThat(department.getAccessibleText()).isEqualTo("One workbook for a department (a sheet per rater)");
        department.fire();
        assertThat(root.lookup("#exportDepartmentName").isDisabled()).isFalse();
    }
}
