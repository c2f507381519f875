#!/usr/bin/env bash
# Shared-mode benchmark (issue 17, "Figures"): Kaname against a real PostgreSQL on loopback, through the services the
# app uses (src/bench/SharedMode.java), on a generated plan of 2,000 measures × 5 criteria × 30 raters:
#   - one score edit, commit latency (one client, EDITS edits after 50 warm-up edits): p50, p95;
#   - CLIENTS clients at once on that plan, each its own connection and editor, CLIENT_EDITS edits each: throughput
#     and latency;
#   - opening the plan from the server: a new JVM right after the server restarted (its shared buffers empty, the OS
#     file cache as it is: "cold-ish"), a new JVM again, and warm opens in the same JVM;
#   - what the database holds: rows and bytes per table for the plan, journal and WAL bytes per edit.
# The plan is imported with `kaname --db URI import` (the CLI's global option).
# Prints a Markdown report on stdout; progress goes to stderr.
#   usage: src/bench/shared-mode.sh [JAR] > result.md   (JAR defaults to target/kaname.jar: ./mvnw -B -DskipTests package)
#   env: PG_BIN (the server's bin directory; default: `pg_config --bindir`, else /usr/lib/postgresql/*/bin), PG_PORT
#        (55433), EDITS (1000), CLIENTS (20), CLIENT_EDITS (100), OPENS (3), TMPDIR, NICE (0: the niceness of the server
#        and of the benchmark's JVMs; on a machine shared with other work, e.g. -10 as root, so that they are not the
#        ones waiting for a CPU). The server is a temporary
#        cluster made by initdb in a temporary directory (as user nobody when run as root), with PostgreSQL's defaults
#        (fsync and synchronous_commit on), SCRAM password login on 127.0.0.1, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(realpath "${1:-target/kaname.jar}")
edits=${EDITS:-1000}
clients=${CLIENTS:-20}
client_edits=${CLIENT_EDITS:-100}
opens=${OPENS:-3}
port=${PG_PORT:-55433}
bin=${PG_BIN:-$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
for tool in java psql "$bin/initdb" "$bin/pg_ctl"; do
  command -v "$tool" >/dev/null || { echo "shared-mode.sh: $tool not found" >&2; exit 2; }
done
work=$(mktemp -d)
chmod 755 "$work"
as_server=()
[ "$(id -u)" = 0 ] && as_server=(runuser -u nobody --)
nice=${NICE:-0}
pg() { nice -n "$nice" "${as_server[@]}" "$@"; }
stop_server() { pg "$bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true; }
trap 'stop_server; rm -rf "$work"' EXIT

echo "starting PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port…" >&2
mkdir "$work/pg" && printf 'bench-secret\n' > "$work/pw" && chmod 644 "$work/pw"
[ "$(id -u)" = 0 ] && chown nobody "$work/pg"
pg "$bin/initdb" -D "$work/pg" -U kaname_admin --auth=scram-sha-256 --pwfile="$work/pw" -E UTF8 --locale=C.UTF-8 \
  >/dev/null
start_server() {
  pg "$bin/pg_ctl" -D "$work/pg" -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1" -l "$work/pg/log" -w \
    start >/dev/null
}
start_server
printf '127.0.0.1:%s:*:*:bench-secret\n' "$port" > "$work/pgpass" && chmod 600 "$work/pgpass"
export PGPASSFILE="$work/pgpass"
sql() { psql -X -q -A -t -h 127.0.0.1 -p "$port" -U kaname_admin -d "${2:-kaname}" -c "$1"; }
sql "CREATE DATABASE kaname" postgres
uri="postgresql://127.0.0.1:$port/kaname?user=kaname_admin"
bench() { nice -n "$nice" java -cp "$jar" src/bench/SharedMode.java "$@"; }
value() { sed -n "s/.*$2=\([^ ]*\).*/\1/p" <<<"$1" | head -1; }
load() { cut -d' ' -f1 /proc/loadavg; }
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

echo "generating and importing the plan…" >&2
java -cp "$jar" src/bench/GeneratePlan.java "$work/plan.json" 2000 30 42
t0=$(date +%s.%N)
importer="\`kaname --db URI import\`"
if ! id=$(nice -n "$nice" java -jar "$jar" --db "$uri" import "$work/plan.json" 2>"$work/import.err" | tail -1); then
  # A jar from before the CLI's --db: the same import through the services.
  id=$(bench import "$uri" "$work/plan.json" | tail -1)
  importer="PlanService.importPlan (SharedMode import; this jar's CLI has no --db)"
fi
import_s=$(echo "$(date +%s.%N) - $t0" | bc)
[[ "$id" =~ ^[0-9]+$ ]] || { echo "shared-mode.sh: import printed '$id', not a plan id" >&2; exit 1; }

# Everyday logins, members of kaname_user, as IT would make them (docs/shared-mode.md): an editor of the plan, and
# CLIENTS raters, bench_r<i> scoring rater r<i>'s cells. The importer (the database's owner) is bound by no role.
members="INSERT INTO plan_member (plan_id, login, role, rater_id) VALUES ($id, 'bench_editor', 'editor', NULL)"
roles="CREATE ROLE bench_editor LOGIN PASSWORD 'bench-secret' IN ROLE kaname_user;"
for i in $(seq 0 $((clients - 1))); do
  roles+="CREATE ROLE bench_r$i LOGIN PASSWORD 'bench-secret' IN ROLE kaname_user;"
  members+=", ($id, 'bench_r$i', 'rater', 'r$i')"
done
sql "$roles"
sql "$members"
editor_uri="postgresql://127.0.0.1:$port/kaname?user=bench_editor"
rater_uri="postgresql://127.0.0.1:$port/kaname?user=bench_r{i}"

sizes() {
  sql "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1" | tr '|' ' '
}
sizes > "$work/sizes-imported"
journal_rows_0=$(sql "SELECT count(*) FROM journal")
journal_bytes_0=$(sql "SELECT pg_total_relation_size('journal')")
wal_0=$(sql "SELECT pg_current_wal_lsn()")

echo "one client, $edits edits, as the editor…" >&2
l0=$(load)
out=$(bench edits "$editor_uri" "$id" "$edits" 50 | tee >(cat >&2))
edit_load="$l0 → $(load)"
commit=$(grep '^commit ' <<<"$out")
apply=$(grep '^in_memory_apply ' <<<"$out")
echo "one client, $edits edits, as rater r0 (its own cells)…" >&2
l0=$(load)
out=$(bench edits "${rater_uri/\{i\}/0}" "$id" "$edits" 50 r0 | tee >(cat >&2))
rater_load="$l0 → $(load)"
rater_commit=$(grep '^commit ' <<<"$out")
echo "one client, $edits edits, as the database's owner (no role checks)…" >&2
l0=$(load)
out=$(bench edits "$uri" "$id" "$edits" 50 | tee >(cat >&2))
owner_load="$l0 → $(load)"
owner_commit=$(grep '^commit ' <<<"$out")
journal_rows_1=$(sql "SELECT count(*) FROM journal")
journal_bytes_1=$(sql "SELECT pg_total_relation_size('journal')")
wal_per_edit=$(sql "SELECT round(pg_wal_lsn_diff(pg_current_wal_lsn(), '$wal_0') / (3 * ($edits + 50)))")
journal_row_bytes=$(sql "SELECT round(avg(pg_column_size(j.*))) FROM journal j WHERE seq > 1")
journal_per_edit=$(( (journal_bytes_1 - journal_bytes_0) / (journal_rows_1 - journal_rows_0) ))

echo "$clients clients × $client_edits edits…" >&2
l0=$(load)
many=$(bench clients "$rater_uri" "$id" "$clients" "$client_edits" 5 | tee >(cat >&2))
clients_load="$l0 → $(load)"
many_commit=$(grep '^commit ' <<<"$many")
many_head=$(grep '^clients=' <<<"$many")

echo "opening the plan…" >&2
opens_rows=()
stop_server && start_server
for i in $(seq "$opens"); do
  o=$(bench open "$editor_uri" "$id" "$([ "$i" = "$opens" ] && echo 5 || echo 0)" | tee >(cat >&2))
  label=$([ "$i" = 1 ] && echo "new JVM, server just restarted" || echo "new JVM")
  first=$(grep 'run=first' <<<"$o")
  opens_rows+=("| $label | $(value "$first" connect_ms) ms | $(value "$first" read_ms) ms | **$(value "$first" total_ms) ms** |")
  if [ "$i" = "$opens" ]; then
    while read -r w; do
      opens_rows+=("| warm, same JVM | $(value "$w" connect_ms) ms | $(value "$w" read_ms) ms | **$(value "$w" total_ms) ms** |")
    done < <(grep 'run=warm' <<<"$o")
  fi
done
if java -jar "$jar" --db "$editor_uri" rank "$id" >/dev/null 2>&1; then
  rank="$( { /usr/bin/time -f '%e' java -jar "$jar" --db "$editor_uri" rank "$id" >/dev/null; } 2>&1 | tail -1) s"
else
  rank="(not measured: this jar's CLI has no --db)"
fi

sizes > "$work/sizes-after"
plan_rows=$(sql "SELECT t, n FROM (
  SELECT 'score_block' t, count(*) n FROM score_block WHERE plan_id = $id UNION ALL
  SELECT 'measure', count(*) FROM measure WHERE plan_id = $id UNION ALL
  SELECT 'indicator', count(*) FROM indicator WHERE plan_id = $id UNION ALL
  SELECT 'journal', count(*) FROM journal WHERE plan_id = $id) x" | tr '|' ' ')
total_rows=$(sql "SELECT sum(n_live_tup) FROM pg_stat_user_tables WHERE relname <> 'flyway_schema_history'")
db_bytes=$(sql "SELECT pg_database_size('kaname')")

row() { # name line → | p50 | p95 | p99 | min … max | n
  printf '| %s | **%s ms** | **%s ms** | %s ms | %s … %s ms | %s |' "$1" "$(value "$2" p50_ms)" "$(value "$2" p95_ms)" \
    "$(value "$2" p99_ms)" "$(value "$2" min_ms)" "$(value "$2" max_ms)" "$(value "$2" n)"
}

cat <<REPORT
### Shared mode: \`$(basename "$jar")\` on PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ($started)

- Command: \`src/bench/shared-mode.sh $jar\` (EDITS=$edits, CLIENTS=$clients, CLIENT_EDITS=$client_edits, OPENS=$opens, NICE=$nice)
- Machine: $(nproc) vCPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1 | cut -d'"' -f2), default JVM flags; server on $(findmnt -no FSTYPE -T "$work") over 127.0.0.1, PostgreSQL's defaults (fsync, synchronous_commit on, shared_buffers $(sql 'SHOW shared_buffers'))
- jar sha256 $(sha256sum "$jar" | cut -c1-12); load average at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg)
- Plan: 2,000 measures × 5 criteria × 30 raters (300,000 scores), imported with $importer in ${import_s%???????} s (whole process)

| one score edit, commit (PlanEditor → PlanStore, 50 warm-up edits) | p50 | p95 | p99 | min … max | commits |
| --- | --- | --- | --- | --- | --- |
$(row "1 client, login with the editor role (load $edit_load)" "$commit")
$(row "1 client, login with the rater role, own cells (load $rater_load)" "$rater_commit")
$(row "1 client, the database's owner: no role checks (load $owner_load)" "$owner_commit")
$(row "$clients raters at once, each their own login (load $clients_load)" "$many_commit")

- $clients clients: $(value "$many_head" commits) commits in $(value "$many_head" wall_s) s = **$(value "$many_head" throughput_per_s) edits/s**, $(value "$many_head" refused) refused$(grep '^refused:' <<<"$many" | head -3 | sed 's/^refused: /; /' | tr -d '\n')
- In-memory apply on the editing thread (commit excluded), 1 editor: p50 $(value "$apply" p50_ms) ms, p95 $(value "$apply" p95_ms) ms

| opening the plan from the server | connect (login, schema check) | read the plan | total |
| --- | --- | --- | --- |
$(printf '%s\n' "${opens_rows[@]}")

- \`kaname --db URI rank $id\` as the editor, whole process: $rank

| what the database holds | |
| --- | --- |
| rows of this plan | $(echo "$plan_rows" | awk '{printf "%s%s %s", (NR > 1 ? ", " : ""), $1, $2}') |
| all rows (pg_stat_user_tables) | $total_rows |
| database size | $(( db_bytes / 1024 / 1024 )) MB |
| journal: bytes per score edit (table + indexes, measured over $((journal_rows_1 - journal_rows_0)) rows) | $journal_per_edit B (row alone $journal_row_bytes B) |
| WAL written per score edit | $wal_per_edit B |

Tables after the run (bytes with indexes and TOAST):

$(awk '{printf "%s %s, ", $1, $2}' "$work/sizes-after" | sed 's/, $//')
REPORT
