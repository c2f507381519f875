#!/usr/bin/env bash
# Startup benchmark (issues 4 and 14): time from process start until the main window is mapped on an X display, for
# Kaname and for a hello-world JavaFX window (the floor). Median of N runs each. Needs Xvfb and xdotool (Debian
# packages).
#   usage: src/bench/startup.sh [runs]      (build first: ./mvnw -B -DskipTests package)
# With KANAME_INSTALLED set to an installed launcher (/usr/bin/kaname after dpkg -i, or kaname/bin/kaname of the
# unpacked .tar.gz; build with ./mvnw -B -Pinstaller -DskipTests package), it measures that launcher too, and the
# time of `rank 1` (the CLI) installed against `java -jar`.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=${KANAME_JAR:-target/kaname.jar}
installed=${KANAME_INSTALLED:-}
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
Xvfb :77 -screen 0 1920x1080x24 >/dev/null 2>&1 & xvfb=$!
export DISPLAY=:77
sleep 1
javac -d "$work/hello" -cp "$jar" src/bench/HelloFx.java 2>/dev/null

measure() { # $1 = window name, rest = command; prints milliseconds until the window is mapped
  local name=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1 & local pid=$!
  # Poll every 50 ms ourselves: xdotool's own --sync waits half a second between tries, too coarse to measure.
  local deadline=$(( $(date +%s) + 60 ))
  until xdotool search --onlyvisible --name "$name" >/dev/null 2>&1 || [ "$(date +%s)" -ge "$deadline" ]; do
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}
elapsed() { # rest = command; prints the milliseconds it took
  local t0
  t0=$(date +%s%N)
  "$@" >/dev/null 2>&1
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# A first run of each outside the measurement, so that all find their files in the page cache and the data
# directory exists (the sample plan is loaded at the first start).
measure HelloFx java -cp "$work/hello:$jar" HelloFx >/dev/null
measure Kaname java -jar "$jar" --data "$work/warm" >/dev/null
if [ -n "$installed" ]; then
  measure Kaname "$installed" --data "$work/warm-installed" >/dev/null
fi

hello=(); kaname=(); inst=(); rank_jar=(); rank_inst=()
for i in $(seq "$runs"); do
  hello+=("$(measure HelloFx java -cp "$work/hello:$jar" HelloFx)")
  # Each Kaname run starts on an existing data directory (the usual case), opened in the background.
  kaname+=("$(measure Kaname java ${KANAME_JVM_OPTS:-} -jar "$jar" --data "$work/warm")")
  if [ -n "$installed" ]; then
    inst+=("$(measure Kaname "$installed" --data "$work/warm-installed")")
    rank_jar+=("$(elapsed java -jar "$jar" --data "$work/warm" rank 1)")
    rank_inst+=("$(elapsed "$installed" --data "$work/warm-installed" rank 1)")
  fi
done
h=$(printf '%s\n' "${hello[@]}" | median)
k=$(printf '%s\n' "${kaname[@]}" | median)
echo "hello-world JavaFX window: runs ${hello[*]} ms, median $h ms"
echo "Kaname main window:        runs ${kaname[*]} ms, median $k ms"
awk -v k="$k" -v h="$h" 'BEGIN {printf "ratio Kaname / floor: %.2f\n", k / h}'
if [ -n "$installed" ]; then
  i=$(printf '%s\n' "${inst[@]}" | median)
  rj=$(printf '%s\n' "${rank_jar[@]}" | median)
  ri=$(printf '%s\n' "${rank_inst[@]}" | median)
  echo "installed Kaname window:   runs ${inst[*]} ms, median $i ms ($installed)"
  awk -v i="$i" -v h="$h" 'BEGIN {printf "ratio installed / floor: %.2f\n", i / h}'
  echo "rank 1, java -jar:         runs ${rank_jar[*]} ms, median $rj ms"
  echo "rank 1, installed:         runs ${rank_inst[*]} ms, median $ri ms"
fi
