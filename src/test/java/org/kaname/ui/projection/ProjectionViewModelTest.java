package org.kaname.ui.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaname.engine.workshop.Rounds;
import org.kaname.model.Measure;
import org.kaname.model.Plan;
import org.kaname.ui.ScreenFixture;
import org.kaname.ui.projection.PageBlock.Bullet;
import org.kaname.ui.projection.PageBlock.Contrast;
import org.kaname.ui.projection.PageBlock.Heading;
import org.kaname.ui.projection.PageBlock.Notice;
import org.kaname.ui.projection.PageBlock.Paragraph;
import org.kaname.ui.projection.PageBlock.ProgressRow;
import org.kaname.ui.projection.PageBlock.RankRow;
import org.kaname.ui.TestEdits;

/**
 * The projection's pages and navigation on the sample plan (10 measures S1-1…S3-3 in 3 support measures, 5 criteria
 * on 1–5, raters r1 企画課, r2 情報政策課, r3 人事課 with every cell scored), without a screen.
 */
class ProjectionViewModelTest {
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
    private static final List<String> MEASURE_IDS = List.of("S1-1", "S1-2", "S1-3", "S1-4", "S2-1", "S2-2", "S2-3",
            "S3-1", "S3-2", "S3-3");

    @TempDir
    Path dir;
    ScreenFixture fixture;
    ProjectionViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new ScreenFixture(dir, Locale.JAPANESE);
        vm = new ProjectionViewModel(fixture.context, fixture.context.messages(ProjectionViewModel.bundle()),
                new EstimatedMeasure());
    }

    @AfterEach
    void tearDown() {
        vm.dispose();
        fixture.close();
    }

    private void edit(UnaryOperator<Plan> change) throws Exception {
        fixture.editor.apply(TestEdits.rewrite("test", change::apply));
    }

    private List<ProjectionPage> pages() {
        return vm.pagesProperty().get();
    }

    private List<ProjectionPage> pagesOf(PageKind kind) {
        return pages().stream().filter(p -> p.kind() == kind).toList();
    }

    /** Every word a page shows, to check what the room can and cannot see. */
    private static String text(ProjectionPage p) {
        StringBuilder s = new StringBuilder(p.title()).append('\n').append(p.subtitle());
        for (PageBlock b : p.blocks()) {
            s.append('\n').append(b);
        }
        return s.toString();
    }

    @Test
    void theSamplePlanIsShownAsCriteriaEachMeasureTheRankingTheDisagreementsAndTheRoadmap() {
        List<PageKind> kinds = pages().stream().map(ProjectionPage::kind).distinct().toList();
        assertThat(kinds).containsExactly(PageKind.CRITERIA, PageKind.MEASURE, PageKind.RANKING,
                PageKind.DISAGREEMENT, PageKind.ROADMAP);

        ProjectionPage criteria = pages().get(0);
        assertThat(criteria.title()).isEqualTo("評価基準");
        // Five criteria of equal weight in the sample: 20% each, on one page, each with its definition.
        assertThat(pagesOf(PageKind.CRITERIA)).hasSize(1);
        assertThat(criteria.blocks()).filteredOn(b -> b instanceof Heading).extracting(b -> ((Heading) b).text())
                .hasSize(5).first().isEqualTo("① 即効性・波及効果　重み 20%　　尺度 1〜5（高いほど望ましい）");
        assertThat(criteria.blocks()).filteredOn(b -> b instanceof Paragraph).hasSize(5);

        // Every measure has its page(s), in the order of the ranking page.
        List<String> ranked = pagesOf(PageKind.RANKING).stream().flatMap(p -> p.blocks().stream())
                .filter(b -> b instanceof RankRow).map(b -> ((RankRow) b).label().split("　")[0]).toList();
        assertThat(ranked).containsExactlyInAnyOrderElementsOf(MEASURE_IDS);
        List<String> measurePageOrder = pagesOf(PageKind.MEASURE).stream().filter(p -> p.part() == 1)
                .map(p -> p.title().split("　")[0]).toList();
        assertThat(measurePageOrder).containsExactlyElementsOf(ranked);

        // Ranks on the ranking page count up from 1 (all measures are scored in the sample).
        List<RankRow> rows = pagesOf(PageKind.RANKING).get(0).blocks().stream().filter(b -> b instanceof RankRow)
                .map(b -> (RankRow) b).toList();
        assertThat(rows.get(0).rank()).isEqualTo("1");
        assertThat(rows).allSatisfy(r -> assertThat(r.tier()).matches("[◎○△□・] .+"));
        assertThat(rows).allSatisfy(r -> assertThat(r.score()).endsWith("点"));
    }

    @Test
    void aMeasurePageShowsItsPlaceDescriptionPurposeEvidenceWithSourcesAndIndicatorsWithTargets() {
        ProjectionPage s11 = pagesOf(PageKind.MEASURE).stream().filter(p -> p.key().startsWith("measure:S1-1:"))
                .findFirst().orElseThrow();
        String all = pagesOf(PageKind.MEASURE).stream().filter(p -> p.key().startsWith("measure:S1-1:"))
                .map(ProjectionViewModelTest::text).reduce("", String::concat);
        assertThat(s11.title()).isEqualTo("S1-1　特別区合同デジタル人材戦略の策定と実行");
        // Rank, score and tier go large in the header; the subtitle says where the measure sits in the plan.
        assertThat(s11.standing().rank()).isEqualTo("第1位");
        assertThat(s11.standing().score()).endsWith("点");
        assertThat(s11.standing().tier()).isEqualTo("◎ 高");
        assertThat(s11.subtitle()).isEqualTo("柱：人材・組織　／　支援策①：DX推進リーダーの確保・育成と組織体制の強化");
        assertThat(all).contains("支援策①：DX推進リーダーの確保・育成と組織体制の強化")
                .contains("特別区が連携し、合同でデジタル人材の確保")
                .contains("支援策の目的").contains("DXを強力に牽引するリーダー人材")
                // The source with its kind, and its address made readable (percent-encoding decoded).
                .contains("渋谷区の取組）［他自治体の事例］").contains("ai-government-portal.com/dx推進の基盤整備・人材育成/")
                // S1-1 has no indicators of its own: the support measure's, with their targets.
                .contains("指標（支援策の指標）").contains("KGI　全特別区におけるDX推進専門職").contains("目標：100%").contains("目標：50名以上");
    }

    @Test
    void navigationStaysWithinThePagesAndJumpsToATypedNumber() {
        int n = vm.pageCount();
        assertThat(n).isGreaterThan(10);
        vm.previous();
        assertThat(vm.indexProperty().get()).isZero();
        vm.next();
        vm.next();
        assertThat(vm.indexProperty().get()).isEqualTo(2);
        assertThat(vm.footerProperty().get()).isEqualTo("3 / " + n);
        vm.last();
        vm.next();
        assertThat(vm.indexProperty().get()).isEqualTo(n - 1);
        vm.first();
        assertThat(vm.pageProperty().get().kind()).isEqualTo(PageKind.CRITERIA);

        vm.typeDigit(1);
        vm.typeDigit(2);
        assertThat(vm.typedProperty().get()).isEqualTo("12");
        vm.backspace();
        assertThat(vm.typedProperty().get()).isEqualTo("1");
        vm.typeDigit(1);
        vm.enter();
        assertThat(vm.indexProperty().get()).isEqualTo(10);
        assertThat(vm.typedProperty().get()).isEmpty();

        vm.typeDigit(9);
        vm.typeDigit(9);
        vm.enter();
        assertThat(vm.indexProperty().get()).as("beyond the end: the last page").isEqualTo(n - 1);

        // Esc first drops a half-typed number, and only then ends the show.
        vm.typeDigit(4);
        assertThat(vm.escape()).isFalse();
        assertThat(vm.typedProperty().get()).isEmpty();
        assertThat(vm.escape()).isTrue();

        // Enter and Backspace without a number page forward and back.
        vm.goTo(5);
        vm.enter();
        assertThat(vm.indexProperty().get()).isEqualTo(5);
        vm.backspace();
        vm.backspace();
        assertThat(vm.indexProperty().get()).isEqualTo(3);
    }

    @Test
    void theShowFollowsEditsUndoAndRedoAndStaysOnTheSamePage() throws Exception {
        int ranking = vm.firstOf(PageKind.RANKING).orElseThrow();
        vm.goTo(ranking + 1);
        edit(p -> p.withMeasures(p.measures().stream().map(m -> m.id().equals("S3-3") ? new Measure(m.id(),
                m.group(), "改名した施策", m.description(), m.owner(), m.initialCost(), m.annualCost(),
                m.durationYears(), m.earliestStart(), m.dependsOn(), m.addresses(), m.indicators(), m.evidence(),
                m.pinnedStart()) : m).toList()));
        assertThat(vm.pageProperty().get().kind()).as("still on the ranking").isEqualTo(PageKind.RANKING);
        assertThat(rankLabels()).contains("S3-3　改名した施策");

        fixture.editor.undo();
        assertThat(rankLabels()).doesNotContain("S3-3　改名した施策").anyMatch(l -> l.startsWith("S3-3　"));
        fixture.editor.redo();
        assertThat(rankLabels()).contains("S3-3　改名した施策");
        assertThat(pagesOf(PageKind.MEASURE)).anyMatch(p -> p.title().equals("S3-3　改名した施策"));
    }

    private List<String> rankLabels() {
        return vm.pageProperty().get().blocks().stream().filter(b -> b instanceof RankRow)
                .map(b -> ((RankRow) b).label()).toList();
    }

    @Test
    void whileARoundIsOpenOnlyItsProgressIsShownNeverItsValuesAndAfterRevealEachMeasuresDistribution()
            throws Exception {
        edit(p -> Rounds.open(p, "第2回", List.of("S1-1", "S2-1"), List.of("r1", "r2", "r3"), false, false, NOW));
        edit(p -> Rounds.enter(p, "S1-1", "speed", "r1", 1.0, "極秘の理由ワード", NOW));
        edit(p -> {
            Plan q = p;
            for (String c : List.of("speed", "feasibility", "cost", "fairness", "evidence")) {
                for (String m : List.of("S1-1", "S2-1")) {
                    q = Rounds.enter(q, m, c, "r2", 5.0, "", NOW);
                }
            }
            return q;
        });

        assertThat(pagesOf(PageKind.DISTRIBUTION)).isEmpty();
        List<ProjectionPage> progress = pagesOf(PageKind.ROUND_PROGRESS);
        assertThat(progress).hasSize(1);
        List<ProgressRow> rows = progress.get(0).blocks().stream().filter(b -> b instanceof ProgressRow)
                .map(b -> (ProgressRow) b).toList();
        // 2 measures × 5 criteria = 10 cells per rater.
        assertThat(rows).extracting(ProgressRow::name).containsExactly("企画課", "情報政策課", "人事課");
        assertThat(rows).extracting(ProgressRow::count).containsExactly("1 / 10 件", "10 / 10 件", "0 / 10 件");
        assertThat(rows).extracting(ProgressRow::complete).containsExactly(false, true, false);
        assertThat(progress.get(0).blocks().get(0)).isEqualTo(new Heading("全体：11 / 30 件入力済み"));
        for (ProjectionPage p : pages()) {
            assertThat(text(p)).as(p.key()).doesNotContain("極秘の理由ワード");
        }

        edit(p -> Rounds.reveal(p, NOW.plusSeconds(60)));
        assertThat(pagesOf(PageKind.ROUND_PROGRESS)).isEmpty();
        assertThat(pagesOf(PageKind.DISTRIBUTION)).extracting(ProjectionPage::title)
                .containsExactly("S1-1　特別区合同デジタル人材戦略の策定と実行", pagesOf(PageKind.DISTRIBUTION).get(1).title());
        assertThat(pagesOf(PageKind.DISTRIBUTION).get(1).title()).startsWith("S2-1　");
        assertThat(pagesOf(PageKind.DISTRIBUTION).get(0).blocks()).singleElement()
                .isInstanceOf(PageBlock.ChartBlock.class);
        // Revealed: the rationale reaches the disagreement page (r1 gave 1 where r2 gave 5).
        String disagreements = pagesOf(PageKind.DISAGREEMENT).stream().map(ProjectionViewModelTest::text)
                .reduce("", String::concat);
        assertThat(disagreements).contains("極秘の理由ワード");
    }

    @Test
    void theDisagreementsShowTheExtremesSideBySideWithNamesUnlessTheLatestRoundIsAnonymous() throws Exception {
        edit(p -> Rounds.enter(Rounds.open(p, "R", List.of("S1-1"), List.of("r1", "r2"), false, false, NOW),
                "S1-1", "cost", "r1", 1.0, "低い理由", NOW));
        edit(p -> Rounds.reveal(Rounds.enter(p, "S1-1", "cost", "r2", 5.0, "高い理由", NOW), NOW));
        List<Contrast> cells = pagesOf(PageKind.DISAGREEMENT).stream().flatMap(p -> p.blocks().stream())
                .filter(b -> b instanceof Contrast).map(b -> (Contrast) b).toList();
        assertThat(cells).isNotEmpty().hasSizeLessThanOrEqualTo(ProjectionPages.TOP_DISAGREEMENTS);
        Contrast top = cells.get(0);
        assertThat(top.heading()).isEqualTo("S1-1 特別区合同デジタル人材戦略の策定と実行　×　費用対効果");
        assertThat(top.low()).isEqualTo(new Contrast.Side("最も低い評価（企画課）", "評価 1", "低い理由"));
        assertThat(top.high().label()).startsWith("最も高い評価（");
        assertThat(top.high().value()).isEqualTo("評価 5");
        assertThat(top.spread()).contains("最大と最小の差 4").contains("【大きく分かれている】");

        edit(p -> Rounds.reveal(Rounds.enter(Rounds.open(p, "匿名", List.of("S1-1"), List.of("r1", "r2"), true,
                true, NOW), "S1-1", "cost", "r1", 2.0, "", NOW), NOW));
        String shown = pagesOf(PageKind.DISAGREEMENT).stream().map(ProjectionViewModelTest::text)
                .reduce("", String::concat);
        assertThat(shown).contains("匿名のラウンド");
        List<Contrast> anonymous = pagesOf(PageKind.DISAGREEMENT).stream().flatMap(p -> p.blocks().stream())
                .filter(b -> b instanceof Contrast).map(b -> (Contrast) b).toList();
        // The round's raters are letters in the round's order (r1 → A, r2 → B), as on the workshop screen.
        assertThat(anonymous).isNotEmpty().allSatisfy(c -> assertThat(c.low().label() + c.high().label())
                .doesNotContain("企画課").doesNotContain("情報政策課"));
        Contrast cost = anonymous.stream().filter(c -> c.heading().startsWith("S1-1 ") && c.heading().endsWith("費用対効果"))
                .findFirst().orElseThrow();
        assertThat(cost.low().label()).isEqualTo("最も低い評価（評価者A）");
        assertThat(cost.low().value()).isEqualTo("評価 2");
    }

    @Test
    void aLongDescriptionContinuesOnFurtherPagesWithNothingLost() throws Exception {
        StringBuilder sentence = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            sentence.append("これは長い説明の第").append(i).append("文であり、投影しても読める大きさで表示されます。");
        }
        String longText = sentence.toString();
        edit(p -> p.withMeasures(p.measures().stream().map(m -> m.id().equals("S1-2") ? new Measure(m.id(),
                m.group(), m.title(), longText, m.owner(), m.initialCost(), m.annualCost(), m.durationYears(),
                m.earliestStart(), m.dependsOn(), m.addresses(), m.indicators(), m.evidence(), m.pinnedStart())
                : m).toList()));
        List<ProjectionPage> s12 = pagesOf(PageKind.MEASURE).stream().filter(p -> p.key().startsWith("measure:S1-2:"))
                .toList();
        // 60 × 32 characters at about 62 a line: over 30 lines, more than one page holds.
        assertThat(s12.size()).isGreaterThanOrEqualTo(2);
        assertThat(s12.get(1).title()).isEqualTo(s12.get(0).title() + "（続き）");
        assertThat(s12).extracting(ProjectionPage::parts).containsOnly(s12.size());
        List<String> paragraphs = new ArrayList<>();
        for (ProjectionPage p : s12) {
            for (PageBlock b : p.blocks()) {
                if (b instanceof Paragraph x && x.text().startsWith("これは") || b instanceof Paragraph y
                        && !paragraphs.isEmpty() && !y.secondary() && paragraphs.get(paragraphs.size() - 1)
                        .endsWith("。") && y.text().startsWith("これは")) {
                    paragraphs.add(((Paragraph) b).text());
                }
            }
        }
        assertThat(String.join("", paragraphs)).isEqualTo(longText);
        // Splits fall at the end of a sentence.
        assertThat(paragraphs).allSatisfy(t -> assertThat(t).endsWith("。"));
        for (ProjectionPage p : s12) {
            Paginator dealer = new Paginator(new EstimatedMeasure(), p.fit());
            double used = p.blocks().stream().mapToDouble(dealer::height).sum();
            assertThat(used).as(p.key()).isLessThanOrEqualTo(
                    new EstimatedMeasure().bodyHeight(p.title(), p.subtitle(), p.standing()));
        }
    }

    @Test
    void aPlanWithoutCriteriaOrScoresStillHasPagesThatSaySo() throws Exception {
        edit(p -> Plan.empty("空の計画", p.fiscalYears()));
        assertThat(pages()).extracting(ProjectionPage::kind).containsExactly(PageKind.CRITERIA, PageKind.RANKING,
                PageKind.DISAGREEMENT, PageKind.ROADMAP);
        assertThat(pages()).allSatisfy(p -> assertThat(p.blocks()).singleElement().isInstanceOf(Notice.class));
        assertThat(vm.indexProperty().get()).isBetween(0, 3);
    }

    @Test
    void bulletsWithLongDetailsContinueAsQuietParagraphs() {
        String detail = "根拠の説明。".repeat(400);
        List<List<PageBlock>> dealt = new Paginator(new EstimatedMeasure(), PageFit.NORMAL)
                .paginate(List.of(new Heading("根拠"), new Bullet("出典", detail)), 20);
        assertThat(dealt.size()).isGreaterThan(1);
        assertThat(dealt.get(0).get(1)).isInstanceOf(Bullet.class);
        assertThat(dealt.get(1).get(0)).isInstanceOf(Paragraph.class);
        assertThat(((Paragraph) dealt.get(1).get(0)).secondary()).isTrue();
    }
}
