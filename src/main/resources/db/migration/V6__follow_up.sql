-- Schema 6: after the plan (issue 16): indicators with numbers, costs by 年度 in 行政 form, and the follow-up
-- (単価 of a 人工, the grade rule, evaluations by measure and 年度).
-- Same conventions as V1: portable SQL for H2 and PostgreSQL, no CLOB/TEXT, every row carries its plan id (cascading
-- from the plan) and a position, so a plan's order survives storage exactly. Money is BIGINT yen; measured values,
-- targets, 人工 and 達成率 thresholds are DOUBLE PRECISION. Fiscal years are INTEGER (the 年度's Western year).

-- An indicator keeps its owner and position as its key (as in V1). indicator_key is the stable id a person and the
-- CSV use (S1-KGI-1); existing rows get '' here and their ids on the first start with schema 6
-- (PlanStore.upgradeLegacy, with org.kaname.model.IndicatorIds, in plan order), one plan per transaction.
ALTER TABLE indicator ADD COLUMN indicator_key VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE indicator ADD COLUMN direction VARCHAR(20) DEFAULT 'UP' NOT NULL;
ALTER TABLE indicator ADD COLUMN baseline DOUBLE PRECISION;
ALTER TABLE indicator ADD COLUMN baseline_year INTEGER;

-- An indicator's targets (目標値) by 年度, one of them marked final, rows keyed as their indicator plus a position.
CREATE TABLE indicator_target (
    plan_id             BIGINT           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    owner_kind          CHAR(1)          NOT NULL,
    owner_id            VARCHAR(200)     NOT NULL,
    indicator_position  INTEGER          NOT NULL,
    position            INTEGER          NOT NULL,
    fiscal_year         INTEGER          NOT NULL,
    target_value        DOUBLE PRECISION NOT NULL,
    is_final            BOOLEAN          NOT NULL,
    PRIMARY KEY (plan_id, owner_kind, owner_id, indicator_position, position)
);

-- An indicator's actuals (実績値) by 年度: when measured (optional), where from, and a note.
CREATE TABLE indicator_actual (
    plan_id             BIGINT           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    owner_kind          CHAR(1)          NOT NULL,
    owner_id            VARCHAR(200)     NOT NULL,
    indicator_position  INTEGER          NOT NULL,
    position            INTEGER          NOT NULL,
    fiscal_year         INTEGER          NOT NULL,
    actual_value        DOUBLE PRECISION NOT NULL,
    measured_on         DATE,
    source              VARCHAR(4000)    NOT NULL,
    note                VARCHAR(1000000) NOT NULL,
    PRIMARY KEY (plan_id, owner_kind, owner_id, indicator_position, position)
);

-- A measure's cost by 年度 (org.kaname.model.YearCost): 事業費, 人工, and the specific 財源 (国庫支出金,
-- 都道府県支出金, その他); 一般財源 is computed, not stored. No rows: the measure keeps the simple form.
CREATE TABLE measure_year_cost (
    plan_id      BIGINT           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    measure_id   VARCHAR(200)     NOT NULL,
    position     INTEGER          NOT NULL,
    fiscal_year  INTEGER          NOT NULL,
    project_cost BIGINT           NOT NULL,
    staff_years  DOUBLE PRECISION NOT NULL,
    national     BIGINT           NOT NULL,
    prefectural  BIGINT           NOT NULL,
    other        BIGINT           NOT NULL,
    PRIMARY KEY (plan_id, measure_id, position)
);

-- The optional breakdown of one year's 事業費 (委託料, 備品購入費…); cost_position is its year cost's position.
CREATE TABLE measure_cost_item (
    plan_id       BIGINT        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    measure_id    VARCHAR(200)  NOT NULL,
    cost_position INTEGER       NOT NULL,
    position      INTEGER       NOT NULL,
    name          VARCHAR(4000) NOT NULL,
    amount        BIGINT        NOT NULL,
    PRIMARY KEY (plan_id, measure_id, cost_position, position)
);

-- A plan's follow-up settings: the 単価 of one 人工 in yen per year (0: not set) and the grade below every step of
-- the grade rule. No row: the defaults (org.kaname.model.FollowUp.NONE), as every plan stored before schema 6 has.
CREATE TABLE plan_follow_up (
    plan_id        BIGINT       NOT NULL PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    personnel_rate BIGINT       NOT NULL,
    lowest_grade   VARCHAR(200) NOT NULL
);

-- The steps of the grade rule, best first: a grade and the lowest 達成率 (1.0 = 100%) that earns it.
CREATE TABLE grade_step (
    plan_id         BIGINT           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position        INTEGER          NOT NULL,
    grade           VARCHAR(200)     NOT NULL,
    min_achievement DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- The evaluation of a measure for a 年度: a grade that overrides the derived one ('' for none) with its reason,
-- 今後の方向性 (NULL for none; org.kaname.model.FutureDirection names) with its reason, a comment, and whether an
-- ended measure was re-opened.
CREATE TABLE evaluation (
    plan_id          BIGINT           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position         INTEGER          NOT NULL,
    measure_id       VARCHAR(200)     NOT NULL,
    fiscal_year      INTEGER          NOT NULL,
    grade            VARCHAR(200)     NOT NULL,
    grade_reason     VARCHAR(1000000) NOT NULL,
    direction        VARCHAR(20),
    direction_reason VARCHAR(1000000) NOT NULL,
    comment          VARCHAR(1000000) NOT NULL,
    reopened         BOOLEAN          NOT NULL,
    PRIMARY KEY (plan_id, position)
);

-- Tells the first start with schema 6 to give the indicators stored so far their ids (see indicator_key above); the
-- app removes the row when every plan has them.
INSERT INTO app_setting (setting_key, setting_value) VALUES ('upgrade.indicator-ids', 'pending');
