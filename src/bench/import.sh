#!/usr/bin/env bash
# Import benchmark: seeds a data folder with N attempts as the app makes them (SeedHistory: real
# checker feedback, self-grades, a few unfinished), exports them with the real jar, then imports the
# file RUNS times into a fresh data folder, each under /usr/bin/time -v. Prints each run's peak RSS
# and wall time, and their medians; then imports the file once more into a folder that already holds
# it (everything skipped). The JVM runs with its default options, as a user's `java -jar` does.
# Usage: src/bench/import.sh [N] [RUNS]   (default 20000 attempts, 3 runs)
# With EXPORT=FILE the export is kept in FILE and, when FILE exists, reused (seeding 20,000 takes minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-20000}
runs=${2:-3}

[[ -x /usr/bin/time ]] || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }
if [[ -z ${SKIP_BUILD:-} ]]; then
  mvn -q -B -DskipTests package
  mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath -Dmdep.includeScope=test >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export_file=${EXPORT:-$work/export.json}

# Prints "RSS_MB SECONDS EXIT" for one command.
measure() {
  /usr/bin/time -v "$@" >"$work/out" 2>"$work/err" && code=0 || code=$?
  awk -v code="$code" '
    /Maximum resident set size/ { rss = $NF / 1024 }
    /Elapsed \(wall clock\)/ { n = split($NF, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i] }
    END { printf "%.0f %.1f %d\n", rss, s, code }' "$work/err"
}
median() {
  sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

if [[ ! -f $export_file ]]; then
  java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" app.debrief.bench.SeedHistory "$work/from" "$n"
  read -r rss secs code < <(measure java -jar target/debrief.jar --data-dir "$work/from" export --format json --out "$export_file")
  echo "export of $n attempts: $(du -m "$export_file" | cut -f1) MB, peak RSS $rss MB, $secs s, exit $code"
fi

rss_all=() secs_all=()
for ((run = 1; run <= runs; run++)); do
  rm -rf "$work/to"
  read -r rss secs code < <(measure java -jar target/debrief.jar --data-dir "$work/to" import "$export_file")
  echo "import run $run: peak RSS $rss MB, $secs s, exit $code: $(head -c 200 "$work/out")$(grep -m1 -v -e '^\s' -e '^Command' "$work/err" | head -c 200)"
  rss_all+=("$rss") secs_all+=("$secs")
done
echo "import of $n attempts, median of $runs: peak RSS $(printf '%s\n' "${rss_all[@]}" | median) MB, $(printf '%s\n' "${secs_all[@]}" | median) s"

read -r rss secs code < <(measure java -jar target/debrief.jar --data-dir "$work/to" import "$export_file")
echo "import again (all present): peak RSS $rss MB, $secs s, exit $code: $(head -c 300 "$work/out")"
