-- Kaname schema, version 2: scoring rounds of a workshop (org.kaname.model.ScoringRound).
-- Same conventions as V1: portable SQL for H2 and PostgreSQL, no CLOB/TEXT, every row carries its plan id (cascading
-- from the plan) and a position, so a plan's order survives storage exactly. A round is identified in its plan by
-- its number, as a criterion is by its id.

CREATE TABLE scoring_round (
    plan_id      BIGINT        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    round_number INTEGER       NOT NULL,
    title        VARCHAR(4000) NOT NULL,
    anonymous    BOOLEAN       NOT NULL,
    state        VARCHAR(20)   NOT NULL,
    opened_at    TIMESTAMP WITH TIME ZONE,
    revealed_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (plan_id, round_number),
    UNIQUE (plan_id, position)
);

CREATE TABLE round_measure (
    plan_id      BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    round_number INTEGER      NOT NULL,
    position     INTEGER      NOT NULL,
    measure_id   VARCHAR(200) NOT NULL,
    PRIMARY KEY (plan_id, round_number, position)
);

CREATE TABLE round_rater (
    plan_id      BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    round_number INTEGER      NOT NULL,
    position     INTEGER      NOT NULL,
    rater_id     VARCHAR(200) NOT NULL,
    PRIMARY KEY (plan_id, round_number, position)
);

CREATE TABLE round_score (
    plan_id      BIGINT           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    round_number INTEGER          NOT NULL,
    position     INTEGER          NOT NULL,
    measure_id   VARCHAR(200)     NOT NULL,
    criterion_id VARCHAR(200)     NOT NULL,
    rater_id     VARCHAR(200)     NOT NULL,
    score_value  DOUBLE PRECISION NOT NULL,
    note         VARCHAR(1000000) NOT NULL,
    scored_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (plan_id, round_number, measure_id, criterion_id, rater_id)
);
