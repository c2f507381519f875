-- Schema 3: what lets Kaname tell a damaged database from a good one (docs/decisions/0006-durable-commits.md).
-- One row: the database's id and the generation of its newest commit, raised by every write transaction and
-- compared with kaname.seal beside the file, so a file cut short or replaced by an older copy is detected.
CREATE TABLE store_integrity (
    id INTEGER NOT NULL PRIMARY KEY,
    database_id VARCHAR(36) NOT NULL,
    generation BIGINT NOT NULL,
    CONSTRAINT store_integrity_single_row CHECK (id = 1)
);

-- SHA-256 of the plan's canonical form (its kaname-plan JSON), written with the plan and compared when it is read.
-- Empty for plans stored before schema 3 until Kaname seals them on the next start.
ALTER TABLE plan ADD COLUMN content_digest VARCHAR(64);
