#!/usr/bin/env bash
# Data-core benchmark (issue 12, "Performance"): whole-process times through the CLI on a generated plan of 2,000
# measures × 5 criteria × 30 raters (300,000 scores), side by side with `--version` (the floor), each with hyperfine
# (one warm-up run, then RUNS runs) and its peak RSS (GNU time %M, max over the runs):
#   - `import` of the plan into a data directory in use (made by `plans`: migrated, holding the sample plan; a fresh
#     copy each run), and into a new one (which also creates and migrates the database and stores the sample first);
#   - `rank` of the imported plan;
#   - `set-score` of one cell on that plan (a fresh copy of the data directory each run, so every run changes it);
# and "one edit in the app: commit time" on that plan: src/bench/EditSave.java applies EDITS score edits through the
# app's editor (PlanEditor) in one JVM, EDIT_RUNS JVMs, and reports the commit time and the in-memory apply time.
# Prints a Markdown report on stdout (ratios to the floor included); hyperfine's progress goes to stderr.
#   usage: src/bench/datacore.sh [JAR] > result.md   (JAR defaults to target/kaname.jar: ./mvnw -B -DskipTests package)
#   needs Debian packages hyperfine, time and jq; env RUNS (default 5), EDITS (20), EDIT_RUNS (3), TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(realpath "${1:-target/kaname.jar}")
runs=${RUNS:-5}
edits=${EDITS:-20}
edit_runs=${EDIT_RUNS:-3}
for tool in hyperfine jq java /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "datacore.sh: $tool not found (Debian packages hyperfine, time, jq)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java="/usr/bin/time -f %M -a -o"
load() { cut -d' ' -f1 /proc/loadavg; }
rows=()
declare -A median

bench() {
  local name=$1 label=$2 prepare=$3 cmd=$4 l0 l1 rss
  local args=(--style basic --warmup 1 --runs "$runs" --export-json "$work/$name.json" -n "$name")
  [ -n "$prepare" ] && args+=(--prepare "$prepare")
  l0=$(load)
  hyperfine "${args[@]}" "$cmd" >&2
  l1=$(load)
  rss=$(sort -n "$work/rss-$name" | tail -1)
  median[$name]=$(jq -r '.results[0].median' "$work/$name.json")
  rows+=("$(jq -r '.results[0] | [.median, .mean, (.stddev // 0), .min, .max, .user + .system] | @tsv' "$work/$name.json" \
    | awk -F'\t' -v label="$label" -v rss="$rss" -v load="$l0 → $l1" -v floor="${median[version]:-0}" '{
      ratio = floor > 0 ? sprintf("%.1f×", $1 / floor) : "1×"
      printf "| %s | **%.2f s** | %s | %.2f ± %.2f s | %.2f … %.2f s | %.2f s | %.0f MB | %s |", label, $1, ratio, $2, $3,
        $4, $5, $6, rss / 1024, load }')")
}

echo "generating the plan…" >&2
java -cp "$jar" src/bench/GeneratePlan.java "$work/plan.json" 2000 30 42
java -jar "$jar" --data "$work/template" plans >/dev/null
id=$(java -jar "$jar" --data "$work/ranked" import "$work/plan.json")
first=$(java -jar "$jar" --data "$work/ranked" rank "$id" --format csv | sed -n 2p | cut -d, -f2)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

bench version '`--version` (the floor)' '' "$java $work/rss-version java -jar $jar --version"
bench import '`import` 2,000 × 30 into a data dir in use' "rm -rf $work/imp && cp -a $work/template $work/imp" \
  "$java $work/rss-import java -jar $jar --data $work/imp import $work/plan.json"
bench importnew '`import` 2,000 × 30 into a new data dir' "rm -rf $work/impnew" \
  "$java $work/rss-importnew java -jar $jar --data $work/impnew import $work/plan.json"
bench rank '`rank` 2,000 × 30' '' "$java $work/rss-rank java -jar $jar --data $work/ranked rank $id"
bench setscore '`set-score` on 2,000 × 30' "rm -rf $work/ss && cp -a $work/ranked $work/ss" \
  "$java $work/rss-setscore java -jar $jar --data $work/ss set-score $id $first c1 r3 4"

echo "EditSave: $edit_runs JVMs × $edits edits…" >&2
l0=$(load)
for i in $(seq "$edit_runs"); do
  rm -rf "$work/ed" && cp -a "$work/ranked" "$work/ed"
  $java "$work/rss-edit" java -cp "$jar" src/bench/EditSave.java "$work/ed" "$id" "$edits" 3 | tee "$work/edit-$i.txt" >&2
  sed -n 's/^save_times_ms (in order)://p' "$work/edit-$i.txt" | tr ' ' '\n' | grep . >> "$work/commit-times"
  sed -n 's/^in_memory_apply median_ms=\([0-9.]*\).*/\1/p' "$work/edit-$i.txt" >> "$work/memory-medians"
  sed -n 's/.*loaded in \([0-9]*\) ms/\1/p' "$work/edit-$i.txt" >> "$work/loads"
done
l1=$(load)
edit_row=$(sort -g "$work/commit-times" | awk -v runs="$edit_runs" -v edits="$edits" \
  -v mem="$(sort -g "$work/memory-medians" | paste -sd, | sed 's/,/, /g')" \
  -v loads="$(paste -sd, "$work/loads" | sed 's/,/, /g')" -v load="$l0 → $l1" '
  { t[NR] = $1 }
  END {
    n = NR; med = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
    p90 = t[int(0.9 * n + 0.999999)]
    printf "| %d × %d | **%.1f ms** | %.1f ms | %.1f … %.1f ms | %s ms | %s ms | %s |\n", runs, edits, med, p90, t[1], t[n],
      mem, loads, load
  }')

cat <<REPORT
### Data core: \`$(basename "$jar")\` ($started)

- Command: \`src/bench/datacore.sh $jar\` (RUNS=$runs, EDITS=$edits, EDIT_RUNS=$edit_runs), hyperfine $(hyperfine --version | cut -d' ' -f2), one warm-up run each
- Machine: $(nproc) vCPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1 | cut -d'"' -f2), default JVM flags; data dirs on $(findmnt -no FSTYPE -T "$work")
- jar sha256 $(sha256sum "$jar" | cut -c1-12); load average at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg)

| CLI command, end to end | median | × floor | mean ± σ | min … max | CPU user + sys | peak RSS | load 1-min |
| --- | --- | --- | --- | --- | --- | --- | --- |
$(printf '%s\n' "${rows[@]}")

| one score edit in the app (EditSave, 3 warm-up edits) | JVMs × edits | commit: median | p90 | min … max | in-memory apply: median per JVM | plan load per JVM | load 1-min |
| --- | --- | --- | --- | --- | --- | --- | --- |
$edit_row
REPORT
