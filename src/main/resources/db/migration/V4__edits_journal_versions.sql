-- Schema 4: edits stored as themselves, the journal, named versions (docs/decisions/0007-edits-journal-versions.md).
-- Same conventions as V1: portable SQL for H2 and PostgreSQL (BYTEA is binary in both), rows carry their plan id.

-- A plan's scores, one row per measure: every rater's score on every criterion, packed (org.kaname.store.ScoreBlocks),
-- with a CRC-32C of the bytes. Replaces the table score, whose rows Kaname moves here on the first start with
-- schema 4 (PlanStore.upgradeLegacy), one plan per transaction.
CREATE TABLE score_block (
    plan_id     BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    measure_id  VARCHAR(200) NOT NULL,
    score_count INTEGER      NOT NULL,
    scores      BYTEA        NOT NULL,
    checksum    BIGINT       NOT NULL,
    PRIMARY KEY (plan_id, measure_id)
);

-- The audit trail: append-only, one row per changed score cell, or one row for a change of a plan's other parts,
-- written in the transaction of the change itself. Rows of one user action share action_seq (the seq of its first
-- row). refers_to is the action an undo, redo or revert acts on. change_data is the exact change (parts and cells
-- before and after), from which undo works across restarts.
CREATE TABLE journal (
    plan_id      BIGINT           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    seq          BIGINT           NOT NULL,
    action_seq   BIGINT           NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name    VARCHAR(200)     NOT NULL,
    edit_kind    VARCHAR(40)      NOT NULL,
    arguments    VARCHAR(4000)    NOT NULL,
    measure_id   VARCHAR(200),
    criterion_id VARCHAR(200),
    rater_id     VARCHAR(200),
    before_value VARCHAR(4000)    NOT NULL,
    after_value  VARCHAR(4000)    NOT NULL,
    reason       VARCHAR(1000000) NOT NULL,
    refers_to    BIGINT,
    change_data  BYTEA,
    PRIMARY KEY (plan_id, seq)
);

CREATE INDEX journal_action ON journal (plan_id, action_seq);

-- Named, read-only versions of a plan: its kaname-plan JSON, gzipped, with the SHA-256 of those bytes; journal_seq is
-- the newest journal entry the version includes, so "who changed it since" is a range of the journal.
CREATE TABLE plan_version (
    plan_id        BIGINT        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    version_number INTEGER       NOT NULL,
    name           VARCHAR(4000) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    user_name      VARCHAR(200)  NOT NULL,
    journal_seq    BIGINT        NOT NULL,
    content        BYTEA         NOT NULL,
    content_digest VARCHAR(64)   NOT NULL,
    PRIMARY KEY (plan_id, version_number)
);
