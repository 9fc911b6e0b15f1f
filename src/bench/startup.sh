#!/usr/bin/env bash
# Start-up benchmark: time from JVM start to the first frame of the real app (its starting screen)
# and to its home screen, and to the first frame of a bare JavaFX window for scale, each run N times
# (default 7) in a private Xvfb display; prints the medians and their ratios. The app starts the
# way a user starts it, with no arguments (the data folder comes from DEBRIEF_DATA_DIR).
# Usage: src/bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}

if ! command -v Xvfb >/dev/null || ! ldconfig -p | grep -q libgtk-3.so.0; then
  apt-get update -qq >/dev/null && apt-get install -y -qq xvfb xauth libgtk-3-0 libxtst6 libxxf86vm1 libgl1 >/dev/null
fi
mvn -q -B -DskipTests package
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >/dev/null

display=:$(( 500 + RANDOM % 400 ))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
data=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$data"' EXIT
sleep 1

# Prints "FIRST HOME" (HOME is empty for the bare window).
first_frame() {
  { DISPLAY=$display "$@" 2>/dev/null || true; } | awk -F= '/^first-frame-ms=/ {f=$2} /^home-ms=/ {h=$2} END {print f, h}'
}
median() {
  sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

app=() home=() bare=()
# One warm-up run of each fills the page cache, then the measured runs alternate.
first_frame env DEBRIEF_DATA_DIR="$data" java -Ddebrief.reportFirstFrame=true -Ddebrief.exitAfterFirstFrame=true -jar target/debrief.jar >/dev/null
first_frame java -cp "target/test-classes:$(cat target/test.classpath)" app.debrief.bench.BareWindow\$Main >/dev/null
for ((i = 1; i <= runs; i++)); do
  read -r f h < <(first_frame env DEBRIEF_DATA_DIR="$data" java -Ddebrief.reportFirstFrame=true -Ddebrief.exitAfterFirstFrame=true -jar target/debrief.jar)
  app+=("$f") home+=("$h")
  read -r f h < <(first_frame java -cp "target/test-classes:$(cat target/test.classpath)" app.debrief.bench.BareWindow\$Main)
  bare+=("$f")
done
app_median=$(printf '%s\n' "${app[@]}" | median)
home_median=$(printf '%s\n' "${home[@]}" | median)
bare_median=$(printf '%s\n' "${bare[@]}" | median)
echo "app  first frame (ms): ${app[*]}  median $app_median"
echo "app  home screen (ms): ${home[*]}  median $home_median"
echo "bare first frame (ms): ${bare[*]}  median $bare_median"
awk -v a="$app_median" -v h="$home_median" -v b="$bare_median" \
  'BEGIN { printf "ratio first frame app/bare: %.2f; home screen/bare first frame: %.2f\n", a / b, h / b }'
