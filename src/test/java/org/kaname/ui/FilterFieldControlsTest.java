package org.kaname.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The filter's label, field and clear button, made by ui.Controls: texts from the bundle, named for screen readers. */
@ExtendWith(ApplicationExtension.class)
class FilterFieldControlsTest {
    @Test
    void theClearButtonShowsACrossAndSaysWhatItDoes() {
        FilterField filter = new FilterField("measureFilter", Locale.JAPANESE);
        Parent box = (Parent) filter.node();
        Button clear = (Button) box.lookup("#measureFilterClear");
        assertThat(clear.getText()).isEqualTo("×");
        assertThat(clear.getAccessibleText()).isEqualTo("絞り込みを解除");
        assertThat(clear.getTooltip().getText()).isEqualTo("絞り込みを解除（Esc）");
        assertThat(clear.isDisabled()).isTrue();
        filter.field().setText("人事");
        assertThat(clear.isDisabled()).isFalse();
        clear.fire();
        assertThat(filter.field().getText()).isEmpty();
    }

    @Test
    void theFieldIsLabelledNamedAndExplained() {
        FilterField filter = new FilterField("measureFilter", Locale.ENGLISH);
        TextField field = filter.field();
        Label label = (Label) ((Parent) filter.node()).lookup("#measureFilterLabel");
        assertThat(label.getLabelFor()).isSameAs(field);
        assertThat(field.getAccessibleText()).isEqualTo("Filter");
        assertThat(field.getTooltip().getText()).startsWith("Shows only the rows that contain every word");
        assertThat(field.getAccessibleHelp()).isEqualTo(field.getTooltip().getText());
        Button clear = (Button) ((Parent) filter.node()).lookup("#measureFilterClear");
        assertThat(clear.getAccessibleText()).isEqualTo("Clear the filter");
    }
}
