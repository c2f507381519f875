-- Schema 5: a measure's group and a group's pillar are optional, as docs/plan-format.md has always said (issue 13):
-- a plan without pillars, or with measures outside any support measure, is normal and is stored as it is (NULL).
-- Portable SQL: DROP NOT NULL is spelt the same in H2 2.x and PostgreSQL.
ALTER TABLE measure ALTER COLUMN group_id DROP NOT NULL;
ALTER TABLE measure_group ALTER COLUMN pillar_id DROP NOT NULL;
