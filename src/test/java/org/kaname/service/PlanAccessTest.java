package org.kaname.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kaname.TestPlans;
import org.kaname.edit.Cell;
import org.kaname.edit.CellChange;
import org.kaname.edit.Change;
import org.kaname.model.Plan;
import org.kaname.model.Score;
import org.kaname.store.AccessDeniedException;
import org.kaname.store.PlanRole;

/** The app's check of a role before an edit, and the words of a refusal, whichever side refused. */
class PlanAccessTest {
    final Plan plan = TestPlans.rich();
    final Change renamed = Change.between(plan, plan.withTitle("Another title"));
    final Change reweighted = Change.between(plan, plan.withCriteria(List.of(plan.criteria().get(0))));

    static Change cellOf(String rater) {
        Score after = Score.of("M1", "C1", rater, 3);
        return Change.ofCells(List.of(new CellChange(new Cell("M1", "C1", rater), null, after)));
    }

    @Test
    void ownerAndEditorMayChangeAnything() {
        for (PlanRole role : List.of(PlanRole.OWNER, PlanRole.EDITOR)) {
            PlanAccess access = new PlanAccess(1, role, null);
            assertThat(access.refusal(renamed)).isEmpty();
            assertThat(access.refusal(reweighted)).isEmpty();
            assertThat(access.refusal(cellOf("anyone"))).isEmpty();
        }
        assertThat(new PlanAccess(1, PlanRole.OWNER, null).mayManage()).isTrue();
        assertThat(new PlanAccess(1, PlanRole.EDITOR, null).mayManage()).isFalse();
    }

    @Test
    void aRaterMayChangeOnlyTheirOwnCells() {
        PlanAccess rater = new PlanAccess(1, PlanRole.RATER, "r1");

        assertThat(rater.refusal(cellOf("r1"))).isEmpty();
        AccessDeniedException others = rater.refusal(cellOf("r2")).orElseThrow();
        assertThat(others.what()).isEqualTo("others_scores");
        assertThat(others.needed()).contains(PlanRole.EDITOR);
        assertThat(rater.refusal(reweighted).orElseThrow().what()).isEqualTo("criteria");
        assertThat(new PlanAccess(1, PlanRole.RATER, null).refusal(cellOf("r1"))).isPresent();
    }

    @Test
    void aViewerOrAStrangerMayChangeNothing() {
        assertThat(new PlanAccess(1, PlanRole.VIEWER, null).refusal(cellOf("r1")).orElseThrow().needed())
                .contains(PlanRole.RATER);
        assertThat(new PlanAccess(1, null, null).refusal(renamed).orElseThrow().role()).isEmpty();
    }

    @Test
    void aRefusalSaysTheRoleWhatAndTheRoleNeededInJapaneseFirst() {
        AccessDeniedException weights = new PlanAccess(1, PlanRole.RATER, "r1").refusal(reweighted).orElseThrow();

        assertThat(AccessTexts.of(Locale.JAPANESE).refusal(weights))
                .isEqualTo("この計画での役割は「採点者」のため、評価基準と重みは変更できません（編集者以上が必要です）。");
        assertThat(AccessTexts.of(Locale.ENGLISH).refusal(weights))
                .isEqualTo("Your role in this plan is rater, so you cannot change the criteria and weights"
                        + " (that needs editor or above).");
    }

    @Test
    void theServersRefusalsAreWordedTheSameWay() {
        AccessTexts ja = AccessTexts.of(Locale.JAPANESE);

        assertThat(ja.refusal(denied(PlanRole.RATER, PlanRole.EDITOR, "criterion")))
                .isEqualTo("この計画での役割は「採点者」のため、評価基準と重みは変更できません（編集者以上が必要です）。");
        assertThat(ja.refusal(denied(PlanRole.VIEWER, PlanRole.RATER, "score_block")))
                .isEqualTo("この計画での役割は「閲覧者」のため、評点は変更できません（採点者以上が必要です）。");
        assertThat(ja.refusal(denied(PlanRole.EDITOR, PlanRole.OWNER, "plan (delete)")))
                .isEqualTo("この計画での役割は「編集者」のため、計画は削除できません（所有者が必要です）。");
        assertThat(ja.refusal(denied(PlanRole.OWNER, null, "journal")))
                .isEqualTo("変更履歴は追記だけができ、変更や削除は誰にもできません。");
        assertThat(ja.refusal(denied(null, PlanRole.EDITOR, "measure"))).startsWith("この計画のメンバーではないため、施策は");
        assertThat(ja.refusal(denied(PlanRole.OWNER, PlanRole.OWNER, "last_owner"))).contains("所有者が一人以上");
        assertThat(AccessTexts.of(Locale.ENGLISH).refusal(denied(PlanRole.RATER, PlanRole.EDITOR, "others_scores")))
                .contains("other raters' scores");
    }

    static AccessDeniedException denied(PlanRole role, PlanRole needed, String what) {
        return new AccessDeniedException(1, role, needed, what, "refused", null);
    }
}
