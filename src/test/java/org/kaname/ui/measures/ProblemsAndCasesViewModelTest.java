package org.kaname.ui.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.i18n.Messages;
import org.kaname.model.PeerCase;
import org.kaname.model.Plan;
import org.kaname.model.Stakeholder;
import org.kaname.ui.ScreenFixture;

class ProblemsAndCasesViewModelTest {
    @TempDir
    Path dir;
    ScreenFixture fixture;
    ProblemsViewModel problems;
    CasesViewModel cases;

    @BeforeEach
    void open() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        Messages m = Messages.of(MeasuresScreen.BUNDLE, Locale.JAPANESE);
        problems = new ProblemsViewModel(fixture.context, m);
        cases = new CasesViewModel(fixture.context, m);
    }

    @AfterEach
    void close() {
        problems.dispose();
        cases.dispose();
        fixture.close();
    }

    @Test
    void aProblemIsEditedAndItsNewIdReachesTheMeasures() throws Exception {
        assertThat(problems.commit(ProblemField.TITLE, "P1", "情報格差の拡大")).isEmpty();
        assertThat(problems.setStakeholder("P1", Stakeholder.COMMUNITY)).isEmpty();
        assertThat(problems.commit(ProblemField.CONSEQUENCE, "P1", "行政サービスから取り残される")).isEmpty();
        problems.selectedProperty().set("P1");
        assertThat(problems.commit(ProblemField.ID, "P1", "R1")).isEmpty();
        Plan p = fixture.storedPlan();
        assertThat(p.problems().get(0).id()).isEqualTo("R1");
        assertThat(p.problems().get(0).title()).isEqualTo("情報格差の拡大");
        assertThat(p.problems().get(0).stakeholder()).isEqualTo(Stakeholder.COMMUNITY);
        assertThat(p.problems().get(0).consequence()).isEqualTo("行政サービスから取り残される");
        assertThat(p.measure("S3-1").orElseThrow().addresses()).containsExactly("R1");
        assertThat(problems.selectedProperty().get()).isEqualTo("R1");
        assertThat(problems.commit(ProblemField.ID, "R1", "P2")).contains("ID「P2」はすでに使われています。");
    }

    @Test
    void removingAProblemUnlinksItFromMeasures() throws Exception {
        assertThat(problems.remove("P1")).isEmpty();
        assertThat(fixture.dialogs.confirmations.get(0)).contains("P1").contains("3 件の施策");
        Plan p = fixture.storedPlan();
        assertThat(p.problems()).noneMatch(x -> x.id().equals("P1"));
        assertThat(p.measures()).noneMatch(m -> m.addresses().contains("P1"));
    }

    @Test
    void peerCasesAreAddedEditedLinkedAndRemoved() throws Exception {
        int n = fixture.editor.plan().cases().size();
        assertThat(cases.add()).isEmpty();
        assertThat(cases.selectedProperty().get()).isEqualTo(n);
        assertThat(cases.commit(CaseField.MUNICIPALITY, n, "豊島区")).isEmpty();
        assertThat(cases.commit(CaseField.TITLE, n, " ")).contains("名称を入力してください。");
        assertThat(cases.setGroups(n, List.of("S3", "S1"))).isEmpty();
        PeerCase added = fixture.storedPlan().cases().get(n);
        assertThat(added.municipality()).isEqualTo("豊島区");
        assertThat(added.groups()).containsExactly("S1", "S3");
        assertThat(cases.remove(n)).isEmpty();
        assertThat(fixture.storedPlan().cases()).hasSize(n);
    }
}
