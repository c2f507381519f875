#!/usr/bin/env bash
# Storage benchmark (issue 11, item 5: "a synced commit costs milliseconds; measure import and edit times before
# and after"). For one jar it generates seeded plans and measures, each end to end through the CLI (JVM start
# included) with hyperfine, one warm-up run then RUNS measured runs:
#   - the floor: `--version`, and `plans` on a fresh data directory (create the database, migrate, store the sample);
#   - `import` of a 2,000 measures × 5 criteria × 30 raters plan (300,000 scores) into a fresh data directory;
#   - `rank` of that plan;
#   - `import-scores` of one rater's 5,000 scores (every value changed) into a 1,000 × 30 plan, from a copy of the
#     same data directory each run;
# and "one edit in the app: commit time": src/bench/EditSave.java changes one score and saves the 1,000 × 30 plan
# through the app's save path, EDITS times in one JVM, EDIT_RUNS JVMs (each on a fresh copy of the data directory).
# Every java command runs under GNU time (-f %M, the "Maximum resident set size" of `time -v`) for its peak RSS.
# Prints a Markdown report on stdout; hyperfine's progress goes to stderr.
#   usage: src/bench/storage.sh [JAR] > result.md    (JAR defaults to target/kaname.jar: ./mvnw -B -DskipTests package)
#   needs Debian packages hyperfine, time and jq; env: RUNS (default 5), EDITS (20), EDIT_RUNS (3), TMPDIR, where the
#   data directories go (the file system and disk under it are part of what is measured). About 8 minutes when idle.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=$(realpath "${1:-target/kaname.jar}")
runs=${RUNS:-5}
edits=${EDITS:-20}
edit_runs=${EDIT_RUNS:-3}
for tool in hyperfine jq java /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "storage.sh: $tool not found (Debian packages hyperfine, time, jq)" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java="/usr/bin/time -f %M -a -o"   # then: RSS-FILE java …  (one line in KB per run, warm-up included)
load() { cut -d' ' -f1 /proc/loadavg; }
rows=()

# hyperfine one case: $1 = name, $2 = row label, $3 = --prepare command ("" for none), $4 = command
bench() {
  local name=$1 label=$2 prepare=$3 cmd=$4 l0 l1
  local args=(--style basic --warmup 1 --runs "$runs" --export-json "$work/$name.json" -n "$name")
  [ -n "$prepare" ] && args+=(--prepare "$prepare")
  l0=$(load)
  hyperfine "${args[@]}" "$cmd" >&2
  l1=$(load)
  local rss
  rss=$(sort -n "$work/rss-$name" | tail -1)
  rows+=("$(jq -r '.results[0] | [.median, .mean, (.stddev // 0), .min, .max, .user + .system, (.times | length)]
        | @tsv' "$work/$name.json" | awk -F'\t' -v label="$label" -v rss="$rss" -v load="$l0 → $l1" '{
      printf "| %s | %d | **%.2f s** | %.2f ± %.2f s | %.2f … %.2f s | %.2f s | %.0f MB | %s |", label, $7, $1, $2, $3,
        $4, $5, $6, rss / 1024, load }')")
}

echo "generating plans…" >&2
java -cp "$jar" src/bench/GeneratePlan.java "$work/plan-2000x30.json" 2000 30 42
java -cp "$jar" src/bench/GeneratePlan.java "$work/plan-1000x30.json" 1000 30 42 "$work/scores-1000x30-r0.json"

# Data directories prepared once: the 2,000 × 30 plan for rank, and a template with the 1,000 × 30 plan.
id2000=$(java -jar "$jar" --data "$work/ranked" import "$work/plan-2000x30.json")
id1000=$(java -jar "$jar" --data "$work/tpl1000" import "$work/plan-1000x30.json")
# The score file must change every cell (an import that changes nothing does not save): check it once.
cp -a "$work/tpl1000" "$work/check"
out=$(java -jar "$jar" --data "$work/check" import-scores "$id1000" "$work/scores-1000x30-r0.json")
echo "$out" >&2
[[ $out == *"5,000 changed"* ]] || { echo "storage.sh: import-scores did not change 5,000 scores" >&2; exit 1; }
rm -rf "$work/check"

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')

bench version '`--version` (JVM floor)' '' \
  "$java $work/rss-version java -jar $jar --version"
bench fresh '`plans` on a fresh data dir (create + migrate + sample)' "rm -rf $work/fresh" \
  "$java $work/rss-fresh java -jar $jar --data $work/fresh plans"
bench import '`import` 2,000 × 30 (300,000 scores), fresh data dir' "rm -rf $work/imp" \
  "$java $work/rss-import java -jar $jar --data $work/imp import $work/plan-2000x30.json"
bench rank '`rank` 2,000 × 30' '' \
  "$java $work/rss-rank java -jar $jar --data $work/ranked rank $id2000"
bench scores '`import-scores` 1 rater (5,000 cells changed) into 1,000 × 30' \
  "rm -rf $work/is && cp -a $work/tpl1000 $work/is" \
  "$java $work/rss-scores java -jar $jar --data $work/is import-scores $id1000 $work/scores-1000x30-r0.json"

# One edit in the app: commit time (EditSave), EDIT_RUNS JVMs × EDITS saves.
echo "EditSave: $edit_runs JVMs × $edits saves…" >&2
l0=$(load)
firsts=(); sizes=()
size0=$(stat -c %s "$work/tpl1000/kaname.mv.db")
for i in $(seq "$edit_runs"); do
  rm -rf "$work/ed" && cp -a "$work/tpl1000" "$work/ed"
  $java "$work/rss-edit" java -cp "$jar" src/bench/EditSave.java "$work/ed" "$id1000" "$edits" | tee "$work/edit-$i.txt" >&2
  times=$(sed -n 's/^save_times_ms (in order)://p' "$work/edit-$i.txt")
  printf '%s\n' $times >> "$work/edit-times"
  firsts+=("$(printf '%s\n' $times | head -1 | awk '{printf "%.0f", $1}')")
  sizes+=("$(stat -c %s "$work/ed/kaname.mv.db")")
done
l1=$(load)
edit_row=$(sort -g "$work/edit-times" | awk -v runs="$edit_runs" -v edits="$edits" -v rss="$(sort -n "$work/rss-edit" | tail -1)" \
  -v firsts="$(IFS=,; echo "${firsts[*]}")" -v load="$l0 → $l1" '
  { t[NR] = $1; sum += $1 }
  END {
    n = NR; med = (n % 2) ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
    p90 = t[int(0.9 * n + 0.999999)]
    gsub(",", ", ", firsts)
    printf "| one score changed, `plans().save` of 1,000 × 30 (150,000 scores) | %d × %d | **%.0f ms** | %.0f ms | %.0f … %.0f ms | %s ms | %.0f MB | %s |\n",
      runs, edits, med, p90, t[1], t[n], firsts, rss / 1024, load
  }')
size_after=$(printf '%s\n' "${sizes[@]}" | sort -n | tail -1)

cat <<REPORT
### Storage: \`$(basename "$jar")\` ($started)

- Command: \`src/bench/storage.sh $jar\` (RUNS=$runs, EDITS=$edits, EDIT_RUNS=$edit_runs), hyperfine $(hyperfine --version | cut -d' ' -f2), one warm-up run each
- Machine: $(nproc) vCPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1 | cut -d'"' -f2) ($(java -version 2>&1 | sed -n 2p | sed 's/ (build.*//')), default JVM flags; data dirs on $(findmnt -no FSTYPE -T "$work") ($work)
- jar sha256 $(sha256sum "$jar" | cut -c1-12); load average at start $load_start, at end $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)

| CLI command, end to end | runs | median | mean ± σ | min … max | CPU user + sys (mean) | peak RSS (max of runs) | load 1-min (start → end) |
| --- | --- | --- | --- | --- | --- | --- | --- |
$(printf '%s\n' "${rows[@]}")

| edit in the app: save time only (EditSave) | JVMs × saves | median | p90 | min … max | first save of each JVM | peak RSS | load 1-min (start → end) |
| --- | --- | --- | --- | --- | --- | --- | --- |
$edit_row

Data file of the 1,000 × 30 plan: $(awk -v s="$size0" 'BEGIN {printf "%.1f MB", s / 1048576}') after \`import\`, $(awk -v s="$size_after" 'BEGIN {printf "%.0f MB", s / 1048576}') after $edits one-score saves (largest of the $edit_runs runs).
REPORT
