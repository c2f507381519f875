-- Schema 6.1, PostgreSQL only (shared mode, docs/shared-mode.md): roles per plan, enforced by the server itself, so
-- that a login can do no more through psql than through Kaname.
--
-- Who is who: every person logs in with their own PostgreSQL login, a member of the group role kaname_user. What a
-- login may do in a plan is its row in plan_member: owner (everything, including members), editor (structure,
-- weights and scores), rater (their own scores only: the cells of plan_member.rater_id), viewer (read). The schema
-- owner (the login that migrates, the IT department's) is not bound by any of this, as PostgreSQL never binds a
-- table's owner by row-level security; nobody should use that login for daily work.
--
-- How it is enforced, on every table that carries a plan_id:
-- * privileges: kaname_user may read and write the plan tables; the journal and named versions only read and insert
--   (append-only: no UPDATE or DELETE privilege at all); app_setting and store_integrity only read.
-- * row-level security: a login sees only the plans it is a member of; a new or changed row must belong to a plan
--   where the login has a role that may write it.
-- * row triggers: refuse what the login's role may not do with SQLSTATE 42501 and a message naming what was refused,
--   so a refused change is reported rather than silently touching no rows; they also check what RLS cannot: that a
--   rater changes only their own cells inside a score block, and only updated_at of the plan row.
-- Refusals carry a DETAIL "kaname-refused plan=<id> role=<role or empty> needs=<role> what=<table or thing>" that
-- org.kaname.store.AccessDeniedException reads to word the message for a person.
--
-- A migration that adds a table with a plan_id must give it the same grants, policies and trigger
-- (SharedRolesTest checks that every such table has row-level security).

-- The group role. Roles belong to the whole cluster, so it may exist already (made by IT, or by another Kaname
-- database on the same server). Creating it needs CREATEROLE; without it, IT creates the role beforehand.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'kaname_user') THEN
        BEGIN
            CREATE ROLE kaname_user NOLOGIN;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION USING ERRCODE = '42501',
                MESSAGE = 'the group role kaname_user does not exist and this login may not create it',
                HINT = 'Ask the server''s administrator to run: CREATE ROLE kaname_user NOLOGIN; then migrate again.';
        END;
    END IF;
END
$$;

CREATE TABLE plan_member (
    plan_id  BIGINT       NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    login    VARCHAR(200) NOT NULL,
    role     VARCHAR(20)  NOT NULL CHECK (role IN ('owner', 'editor', 'rater', 'viewer')),
    rater_id VARCHAR(200),
    PRIMARY KEY (plan_id, login)
);

CREATE INDEX plan_member_login ON plan_member (login, plan_id);

-- Who made each journal row, as the server knows it: always session_user, set by a trigger (a client cannot forge it).
ALTER TABLE journal ADD COLUMN db_user VARCHAR(200);

-- ---- what a login is in a plan ----
-- SECURITY DEFINER so that they read plan_member past its own row-level security (a policy on plan_member that read
-- plan_member would recurse); session_user, not current_user, because it is the person who logged in that counts.
-- Their search_path is fixed below, with pg_temp last, so a login's temporary table cannot stand in for plan_member.

CREATE FUNCTION kaname_plan_role(p_plan_id BIGINT) RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT m.role FROM plan_member m WHERE m.plan_id = p_plan_id AND m.login = session_user $$;

CREATE FUNCTION kaname_plan_rater(p_plan_id BIGINT) RETURNS TEXT
    LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT m.rater_id FROM plan_member m WHERE m.plan_id = p_plan_id AND m.login = session_user $$;

-- The plans where the login has one of the roles: policies use it as "plan_id IN (SELECT ...)", which PostgreSQL
-- evaluates once per statement (a hashed subplan), not once per row, so reading a 300,000-row journal stays cheap.
CREATE FUNCTION kaname_plans_as(VARIADIC p_roles TEXT[]) RETURNS SETOF BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT m.plan_id FROM plan_member m WHERE m.login = session_user AND m.role = ANY (p_roles) $$;

CREATE FUNCTION kaname_plan_exists(p_plan_id BIGINT) RETURNS BOOLEAN
    LANGUAGE sql STABLE SECURITY DEFINER AS
$$ SELECT EXISTS (SELECT 1 FROM plan p WHERE p.id = p_plan_id) $$;

-- Not SECURITY DEFINER: it asks about the caller. True for the schema owner (and superusers), and inside the cascade
-- of a plan's deletion, which PostgreSQL runs as the owner of the tables.
CREATE FUNCTION kaname_by_schema_owner(p_table OID) RETURNS BOOLEAN
    LANGUAGE sql STABLE AS
$$ SELECT pg_catalog.pg_has_role(current_user, c.relowner, 'USAGE') FROM pg_catalog.pg_class c WHERE c.oid = p_table $$;

-- Raises 42501 unless the login has one of p_roles in the plan (the last of them is the least that suffices). A plan
-- that does not exist is let through: the foreign key refuses the row anyway.
CREATE FUNCTION kaname_require(p_plan_id BIGINT, p_what TEXT, VARIADIC p_roles TEXT[]) RETURNS VOID
    LANGUAGE plpgsql STABLE AS
$$
DECLARE
    v_role TEXT := kaname_plan_role(p_plan_id);
BEGIN
    IF v_role = ANY (p_roles) OR NOT kaname_plan_exists(p_plan_id) THEN
        RETURN;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '42501',
        MESSAGE = format('%s may not change %s in plan %s: that needs the role %s',
                         CASE WHEN v_role IS NULL THEN format('%s (not a member)', session_user)
                              ELSE format('%s (%s)', session_user, v_role) END,
                         p_what, p_plan_id, array_to_string(p_roles, ' or ')),
        DETAIL = format('kaname-refused plan=%s role=%s needs=%s what=%s', p_plan_id, coalesce(v_role, ''),
                        p_roles[array_upper(p_roles, 1)], p_what);
END
$$;

-- ---- the plan row ----

-- The creator of a plan is its first owner.
CREATE FUNCTION kaname_plan_created() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER AS
$$
BEGIN
    INSERT INTO plan_member (plan_id, login, role) VALUES (NEW.id, session_user, 'owner');
    RETURN NULL;
END
$$;

-- Owner and editor change the plan row; a rater only its updated_at (every write transaction starts by setting it,
-- which also serialises the commits of one plan), so a viewer's edit is refused at its first statement; deleting a
-- plan is the owner's.
CREATE FUNCTION kaname_check_plan() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    v_role TEXT;
BEGIN
    IF kaname_by_schema_owner(TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM kaname_require(OLD.id, 'plan (delete)', 'owner');
        RETURN OLD;
    END IF;
    v_role := kaname_plan_role(OLD.id);
    IF NEW.id <> OLD.id THEN
        PERFORM kaname_require(OLD.id, 'plan (id)', 'owner');
    ELSIF v_role = 'rater' AND to_jsonb(NEW) - 'updated_at' = to_jsonb(OLD) - 'updated_at' THEN
        RETURN NEW;
    ELSIF v_role = 'rater' THEN
        PERFORM kaname_require(OLD.id, 'plan', 'owner', 'editor');
    ELSE
        PERFORM kaname_require(OLD.id, 'plan', 'owner', 'editor', 'rater');
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER plan_created AFTER INSERT ON plan FOR EACH ROW EXECUTE FUNCTION kaname_plan_created();
CREATE TRIGGER plan_check BEFORE UPDATE OR DELETE ON plan FOR EACH ROW EXECUTE FUNCTION kaname_check_plan();

-- ---- the structure: every plan table but the scores, the journal, the versions and the members ----

-- TG_ARGV: the roles that may write the table.
CREATE FUNCTION kaname_check_write() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF kaname_by_schema_owner(TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM kaname_require(OLD.plan_id, TG_TABLE_NAME, VARIADIC TG_ARGV);
    END IF;
    IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' AND NEW.plan_id <> OLD.plan_id THEN
        PERFORM kaname_require(NEW.plan_id, TG_TABLE_NAME, VARIADIC TG_ARGV);
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- ---- score blocks: a rater changes only their own cells ----

-- Modified UTF-8, as Java's DataOutput.writeUTF writes an id (without its length): UTF-8 but for characters outside
-- the BMP, which are written as their two UTF-16 surrogates of three bytes each. (NUL cannot be in a PostgreSQL text.)
CREATE FUNCTION kaname_modified_utf8(p_text TEXT) RETURNS BYTEA
    LANGUAGE plpgsql IMMUTABLE STRICT AS
$$
DECLARE
    v_out BYTEA := '\x'::BYTEA;
    v_code INT;
    v_unit INT;
    v_ch TEXT;
BEGIN
    IF p_text !~ '[^\u0001-\uFFFF]' THEN
        RETURN convert_to(p_text, 'UTF8');
    END IF;
    FOREACH v_ch IN ARRAY regexp_split_to_array(p_text, '') LOOP
        v_code := ascii(v_ch);
        IF v_code <= 65535 THEN
            v_out := v_out || convert_to(v_ch, 'UTF8');
        ELSE
            FOREACH v_unit IN ARRAY ARRAY[55296 + ((v_code - 65536) >> 10), 56320 + ((v_code - 65536) & 1023)] LOOP
                v_out := v_out || set_byte(set_byte(set_byte('\x000000'::BYTEA,
                        0, 224 | (v_unit >> 12)), 1, 128 | ((v_unit >> 6) & 63)), 2, 128 | (v_unit & 63));
            END LOOP;
        END IF;
    END LOOP;
    RETURN v_out;
END
$$;

-- The cells of a score block (org.kaname.store.ScoreBlocks.encode): format byte 1; short n and n writeUTF criterion
-- ids; short m and m writeUTF rater ids; int count; per score short criterion index, short rater index, double value,
-- long time (µs), int note length and the note's UTF-8. Each cell comes back as the bytes of its criterion id, of its
-- rater id, and of its value, time and note, which is all that is needed to tell whose cell it is and whether it
-- changed. A block that does not decode exactly is refused.
CREATE FUNCTION kaname_score_cells(p_block BYTEA, OUT criterion BYTEA, OUT rater BYTEA, OUT content BYTEA)
    RETURNS SETOF RECORD
    LANGUAGE plpgsql IMMUTABLE STRICT AS
$$
DECLARE
    v_len INT;
    v_pos INT := 0;
    v_criteria BYTEA[] := '{}';
    v_raters BYTEA[] := '{}';
    v_ids INT;
    v_id_len INT;
    v_count BIGINT;
    v_c INT;
    v_r INT;
    v_note INT;
BEGIN
    -- A block read from the table is compressed: get_byte on it would decompress the whole value at every call
    -- (a 30 × 30 block took 250 ms instead of 10 ms). Concatenating gives a plain copy, decompressed once.
    p_block := p_block || '\x'::BYTEA;
    v_len := length(p_block);
    IF v_len < 9 OR get_byte(p_block, 0) <> 1 THEN
        RAISE EXCEPTION USING ERRCODE = '22P03', MESSAGE = 'not a score block of format 1';
    END IF;
    v_pos := 1;
    FOR v_list IN 1..2 LOOP
        v_ids := (get_byte(p_block, v_pos) << 8) | get_byte(p_block, v_pos + 1);
        v_pos := v_pos + 2;
        FOR i IN 1..v_ids LOOP
            v_id_len := (get_byte(p_block, v_pos) << 8) | get_byte(p_block, v_pos + 1);
            IF v_pos + 2 + v_id_len > v_len THEN
                RAISE EXCEPTION USING ERRCODE = '22P03', MESSAGE = 'score block cut short in its ids';
            END IF;
            IF v_list = 1 THEN
                v_criteria := v_criteria || substring(p_block FROM v_pos + 3 FOR v_id_len);
            ELSE
                v_raters := v_raters || substring(p_block FROM v_pos + 3 FOR v_id_len);
            END IF;
            v_pos := v_pos + 2 + v_id_len;
        END LOOP;
    END LOOP;
    v_count := (get_byte(p_block, v_pos)::BIGINT << 24) | (get_byte(p_block, v_pos + 1) << 16)
            | (get_byte(p_block, v_pos + 2) << 8) | get_byte(p_block, v_pos + 3);
    v_pos := v_pos + 4;
    FOR i IN 1..v_count LOOP
        IF v_pos + 24 > v_len THEN
            RAISE EXCEPTION USING ERRCODE = '22P03', MESSAGE = 'score block cut short in its scores';
        END IF;
        v_c := (get_byte(p_block, v_pos) << 8) | get_byte(p_block, v_pos + 1);
        v_r := (get_byte(p_block, v_pos + 2) << 8) | get_byte(p_block, v_pos + 3);
        v_note := (get_byte(p_block, v_pos + 20) << 24) | (get_byte(p_block, v_pos + 21) << 16)
                | (get_byte(p_block, v_pos + 22) << 8) | get_byte(p_block, v_pos + 23);
        IF v_c >= cardinality(v_criteria) OR v_r >= cardinality(v_raters) OR v_note < 0
                OR v_pos + 24 + v_note > v_len THEN
            RAISE EXCEPTION USING ERRCODE = '22P03', MESSAGE = 'score block with a bad index or note length';
        END IF;
        criterion := v_criteria[v_c + 1];
        rater := v_raters[v_r + 1];
        content := substring(p_block FROM v_pos + 5 FOR 20 + v_note);
        RETURN NEXT;
        v_pos := v_pos + 24 + v_note;
    END LOOP;
    IF v_pos <> v_len THEN
        RAISE EXCEPTION USING ERRCODE = '22P03', MESSAGE = 'trailing bytes in a score block';
    END IF;
END
$$;

-- CRC-32C (Castagnoli) of the bytes, as java.util.zip.CRC32C gives it: a block's checksum column. PostgreSQL before
-- 18 has no such function; one table lookup per byte costs about 0.5 ms per kilobyte, so it is checked only for a
-- rater's writes (a wrong checksum would make the measure's scores, everyone's, unreadable as damaged).
CREATE FUNCTION kaname_crc32c(p_bytes BYTEA) RETURNS BIGINT
    LANGUAGE plpgsql IMMUTABLE STRICT AS
$$
DECLARE
    v_table BIGINT[] := '{0,4067132163,3778769143,324072436,3348797215,904991772,648144872,3570033899,2329499855,2024987596,1809983544,2575936315,1296289744,3207089363,2893594407,1578318884,274646895,3795141740,4049975192,51262619,3619967088,632279923,922689671,3298075524,2592579488,1760304291,2075979607,2312596564,1562183871,2943781820,3156637768,1313733451,549293790,3537243613,3246849577,871202090,3878099393,357341890,102525238,4101499445,2858735121,1477399826,1264559846,3107202533,1845379342,2677391885,2361733625,2125378298,820201905,3263744690,3520608582,598981189,4151959214,85089709,373468761,3827903834,3124367742,1213305469,1526817161,2842354314,2107672161,2412447074,2627466902,1861252501,1098587580,3004210879,2688576843,1378610760,2262928035,1955203488,1742404180,2511436119,3416409459,969524848,714683780,3639785095,205050476,4266873199,3976438427,526918040,1361435347,2739821008,2954799652,1114974503,2529119692,1691668175,2005155131,2247081528,3690758684,697762079,986182379,3366744552,476452099,3993867776,4250756596,255256311,1640403810,2477592673,2164122517,1922457750,2791048317,1412925310,1197962378,3037525897,3944729517,427051182,170179418,4165941337,746937522,3740196785,3451792453,1070968646,1905808397,2213795598,2426610938,1657317369,3053634322,1147748369,1463399397,2773627110,4215344322,153784257,444234805,3893493558,1021025245,3467647198,3722505002,797665321,2197175160,1889384571,1674398607,2443626636,1164749927,3070701412,2757221520,1446797203,137323447,4198817972,3910406976,461344835,3484808360,1037989803,781091935,3705997148,2460548119,1623424788,1939049696,2180517859,1429367560,2807687179,3020495871,1180866812,410100952,3927582683,4182430767,186734380,3756733383,763408580,1053836080,3434856499,2722870694,1344288421,1131464017,2971354706,1708204729,2545590714,2229949006,1988219213,680717673,3673779818,3383336350,1002577565,4010310262,493091189,238226049,4233660802,2987750089,1082061258,1395524158,2705686845,1972364758,2279892693,2494862625,1725896226,952904198,3399985413,3656866545,731699698,4283874585,222117402,510512622,3959836397,3280807620,837199303,582374963,3504198960,68661723,4135334616,3844915500,390545967,1230274059,3141532936,2825850620,1510247935,2395924756,2091215383,1878366691,2644384480,3553878443,565732008,854102364,3229815391,340358836,3861050807,4117890627,119113024,1493875044,2875275879,3090270611,1247431312,2660249211,1828433272,2141937292,2378227087,3811616794,291187481,34330861,4032846830,615137029,3603020806,3314634738,939183345,1776939221,2609017814,2295496738,2058945313,2926798794,1545135305,1330124605,3173225534,4084100981,17165430,307568514,3762199681,888469610,3332340585,3587147933,665062302,2042050490,2346497209,2559330125,1793573966,3190661285,1279665062,1595330642,2910671697}';
    v_bytes BYTEA := p_bytes || '\x'::BYTEA;
    v_crc BIGINT := 4294967295;
BEGIN
    FOR i IN 0..length(v_bytes) - 1 LOOP
        v_crc := (v_crc >> 8) # v_table[((v_crc # get_byte(v_bytes, i)) & 255) + 1];
    END LOOP;
    RETURN v_crc # 4294967295;
END
$$;

CREATE TYPE kaname_score_cell AS (criterion BYTEA, rater BYTEA, content BYTEA);

-- Owner and editor write any block as it is (decoding 2,000 blocks of a whole plan here would cost seconds); a rater
-- writes blocks whose cells of every other rater stay exactly as they were, compared as multisets of criterion, rater
-- and value+time+note bytes, and whose score_count and checksum are those of its bytes. A new block (INSERT) counts as replacing none, a
-- removed one (DELETE) as replaced by none, so either may hold the rater's own cells only.
CREATE FUNCTION kaname_check_scores() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
DECLARE
    v_old BYTEA;
    v_new BYTEA;
    v_plan BIGINT;
    v_measure TEXT;
    v_me BYTEA;
    v_old_cells kaname_score_cell[];
    v_new_cells kaname_score_cell[];
    v_changed BIGINT;
BEGIN
    IF kaname_by_schema_owner(TG_RELID) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        v_plan := OLD.plan_id;
        v_measure := OLD.measure_id;
        v_old := OLD.scores;
    ELSIF TG_OP = 'INSERT' THEN
        v_plan := NEW.plan_id;
        v_measure := NEW.measure_id;
        v_new := NEW.scores;
    ELSE
        IF NEW.plan_id <> OLD.plan_id OR NEW.measure_id <> OLD.measure_id THEN
            PERFORM kaname_require(OLD.plan_id, 'score_block (its measure)', 'owner', 'editor');
        END IF;
        v_plan := NEW.plan_id;
        v_measure := NEW.measure_id;
        v_old := OLD.scores;
        v_new := NEW.scores;
    END IF;
    IF kaname_plan_role(v_plan) IN ('owner', 'editor') OR NOT kaname_plan_exists(v_plan) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    PERFORM kaname_require(v_plan, 'score_block', 'owner', 'editor', 'rater');
    v_old_cells := ARRAY(SELECT ROW(c.*)::kaname_score_cell FROM kaname_score_cells(v_old) c);
    v_new_cells := ARRAY(SELECT ROW(c.*)::kaname_score_cell FROM kaname_score_cells(v_new) c);
    IF TG_OP <> 'DELETE' AND (NEW.score_count <> cardinality(v_new_cells)
                              OR NEW.checksum <> kaname_crc32c(v_new)) THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('the block of measure %s in plan %s does not match its score_count or checksum',
                             v_measure, v_plan),
            DETAIL = format('kaname-refused plan=%s role=rater needs=editor what=score_block', v_plan);
    END IF;
    v_me := kaname_modified_utf8(kaname_plan_rater(v_plan));
    WITH old_cells AS (
        SELECT c.* FROM unnest(v_old_cells) c WHERE v_me IS NULL OR c.rater <> v_me
    ), new_cells AS (
        SELECT c.* FROM unnest(v_new_cells) c WHERE v_me IS NULL OR c.rater <> v_me
    )
    SELECT count(*) INTO v_changed FROM (
        (SELECT * FROM old_cells EXCEPT ALL SELECT * FROM new_cells)
        UNION ALL
        (SELECT * FROM new_cells EXCEPT ALL SELECT * FROM old_cells)
    ) d;
    IF v_changed > 0 THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('%s (rater %s) may not change scores of other raters in plan %s (measure %s)',
                             session_user, coalesce(kaname_plan_rater(v_plan), 'none'), v_plan, v_measure),
            DETAIL = format('kaname-refused plan=%s role=rater needs=editor what=others_scores', v_plan);
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- ---- the journal: append-only, with who the server says wrote it ----

CREATE FUNCTION kaname_journal_written() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    NEW.db_user := session_user;
    IF NOT kaname_by_schema_owner(TG_RELID) THEN
        PERFORM kaname_require(NEW.plan_id, 'journal', 'owner', 'editor', 'rater');
    END IF;
    RETURN NEW;
END
$$;

-- ---- members: the owner's; a plan keeps at least one owner ----

CREATE FUNCTION kaname_owner_kept() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER AS
$$
BEGIN
    IF OLD.role = 'owner' AND kaname_plan_exists(OLD.plan_id)
            AND NOT EXISTS (SELECT 1 FROM plan_member m WHERE m.plan_id = OLD.plan_id AND m.role = 'owner') THEN
        RAISE EXCEPTION USING ERRCODE = '42501',
            MESSAGE = format('plan %s must keep at least one owner: %s is its last', OLD.plan_id, OLD.login),
            DETAIL = format('kaname-refused plan=%s role=owner needs=owner what=last_owner', OLD.plan_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER plan_member_check BEFORE INSERT OR UPDATE OR DELETE ON plan_member
    FOR EACH ROW EXECUTE FUNCTION kaname_check_write('owner');
CREATE TRIGGER plan_member_owner_kept AFTER UPDATE OR DELETE ON plan_member
    FOR EACH ROW EXECUTE FUNCTION kaname_owner_kept();
CREATE TRIGGER score_block_check BEFORE INSERT OR UPDATE OR DELETE ON score_block
    FOR EACH ROW EXECUTE FUNCTION kaname_check_scores();
CREATE TRIGGER journal_written BEFORE INSERT ON journal
    FOR EACH ROW EXECUTE FUNCTION kaname_journal_written();
CREATE TRIGGER plan_version_check BEFORE INSERT ON plan_version
    FOR EACH ROW EXECUTE FUNCTION kaname_check_write('owner', 'editor');

-- ---- grants, policies and structure triggers, table by table ----

DO $$
DECLARE
    v_structure TEXT[] := ARRAY['budget_year', 'tier', 'criterion', 'criterion_level', 'weighting_judgment',
        'weighting_rank', 'weighting_point', 'pillar', 'measure_group', 'measure', 'measure_dependency',
        'measure_problem', 'indicator', 'evidence', 'significance', 'problem', 'peer_case', 'peer_case_group',
        'timeline_entry', 'rater', 'score', 'scenario', 'scenario_weight', 'scoring_round', 'round_measure',
        'round_rater', 'round_score', 'indicator_target', 'indicator_actual', 'measure_year_cost',
        'measure_cost_item', 'plan_follow_up', 'grade_step', 'evaluation'];
    v_table TEXT;
    v_function TEXT;
    v_members TEXT := 'plan_id IN (SELECT kaname_plans_as(''owner'', ''editor'', ''rater'', ''viewer''))';
    v_writers TEXT := 'plan_id IN (SELECT kaname_plans_as(''owner'', ''editor''))';
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO kaname_user', current_schema());

    -- Plan tables: what a member reads, the role a new or changed row needs; deletes and the roles' wording are the
    -- triggers' (a DELETE refused by a policy alone would silently delete nothing).
    FOREACH v_table IN ARRAY v_structure || ARRAY['score_block', 'plan_member'] LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO kaname_user', v_table);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', v_table);
        EXECUTE format('CREATE POLICY member_reads ON %I FOR SELECT USING (%s)', v_table, v_members);
        EXECUTE format('CREATE POLICY member_deletes ON %I FOR DELETE USING (%s)', v_table, v_members);
    END LOOP;
    FOREACH v_table IN ARRAY v_structure LOOP
        EXECUTE format('CREATE POLICY editor_inserts ON %I FOR INSERT WITH CHECK (%s)', v_table, v_writers);
        EXECUTE format('CREATE POLICY editor_updates ON %I FOR UPDATE USING (%s) WITH CHECK (%s)',
                       v_table, v_members, v_writers);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW'
                       ' EXECUTE FUNCTION kaname_check_write(''owner'', ''editor'')', v_table || '_check', v_table);
    END LOOP;

    CREATE POLICY rater_inserts ON score_block FOR INSERT
        WITH CHECK (plan_id IN (SELECT kaname_plans_as('owner', 'editor', 'rater')));
    CREATE POLICY rater_updates ON score_block FOR UPDATE
        USING (plan_id IN (SELECT kaname_plans_as('owner', 'editor', 'rater', 'viewer')))
        WITH CHECK (plan_id IN (SELECT kaname_plans_as('owner', 'editor', 'rater')));

    CREATE POLICY owner_inserts ON plan_member FOR INSERT
        WITH CHECK (plan_id IN (SELECT kaname_plans_as('owner')));
    CREATE POLICY owner_updates ON plan_member FOR UPDATE
        USING (plan_id IN (SELECT kaname_plans_as('owner', 'editor', 'rater', 'viewer')))
        WITH CHECK (plan_id IN (SELECT kaname_plans_as('owner')));

    -- Append-only: no UPDATE or DELETE privilege. (Deleting a plan still removes its journal and versions, by the
    -- foreign keys' cascade, which PostgreSQL runs as the tables' owner.)
    GRANT SELECT, INSERT ON journal, plan_version TO kaname_user;
    ALTER TABLE journal ENABLE ROW LEVEL SECURITY;
    ALTER TABLE plan_version ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY member_reads ON journal FOR SELECT USING (%s)', v_members);
    CREATE POLICY writer_appends ON journal FOR INSERT
        WITH CHECK (plan_id IN (SELECT kaname_plans_as('owner', 'editor', 'rater')));
    EXECUTE format('CREATE POLICY member_reads ON plan_version FOR SELECT USING (%s)', v_members);
    EXECUTE format('CREATE POLICY editor_appends ON plan_version FOR INSERT WITH CHECK (%s)', v_writers);

    -- The plan row. Anyone in kaname_user may create a plan, and becomes its owner; until that row is in
    -- plan_member (the AFTER trigger, at the end of the INSERT) the creator must see the new row too, for
    -- INSERT ... RETURNING.
    GRANT SELECT, INSERT, UPDATE, DELETE ON plan TO kaname_user;
    EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO kaname_user', pg_get_serial_sequence('plan', 'id'));
    ALTER TABLE plan ENABLE ROW LEVEL SECURITY;
    CREATE POLICY member_reads ON plan FOR SELECT
        USING (id IN (SELECT kaname_plans_as('owner', 'editor', 'rater', 'viewer')) OR NOT kaname_plan_exists(id));
    CREATE POLICY anyone_creates ON plan FOR INSERT WITH CHECK (true);
    CREATE POLICY member_updates ON plan FOR UPDATE
        USING (id IN (SELECT kaname_plans_as('owner', 'editor', 'rater', 'viewer')))
        WITH CHECK (id IN (SELECT kaname_plans_as('owner', 'editor', 'rater')));
    CREATE POLICY member_deletes ON plan FOR DELETE
        USING (id IN (SELECT kaname_plans_as('owner', 'editor', 'rater', 'viewer')));

    -- Outside any plan: read only. Settings are the schema owner's (docs/shared-mode.md).
    GRANT SELECT ON app_setting, store_integrity TO kaname_user;
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        GRANT SELECT ON flyway_schema_history TO kaname_user;
    END IF;

    -- Every function above reads tables by their bare names: pin their search_path to this schema, pg_temp last.
    FOR v_function IN
        SELECT p.oid::regprocedure::TEXT FROM pg_catalog.pg_proc p
        WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'kaname\_%'
    LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', v_function, current_schema());
    END LOOP;
END
$$;

-- A new database has no plans whose indicators lack ids; the marker V6 left for the app to remove is removed here,
-- since on a server only the schema owner may write app_setting.
DELETE FROM app_setting WHERE setting_key = 'upgrade.indicator-ids'
    AND NOT EXISTS (SELECT 1 FROM indicator WHERE indicator_key = '');
