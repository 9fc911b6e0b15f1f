#!/usr/bin/env bash
# First frame of the installed Debrief against a bare JavaFX window (src/test/.../BareWindow.java)
# packaged the same way: a jlinked runtime with only its modules, a jpackage app-image with the same
# AppCDS options, and its archive made at its final path by the same cds-archive.sh. Each is started
# RUNS times, alternating, in a private Xvfb display, after one warm-up start each; prints every time,
# the medians, their ratio (target: at most 1.1), when the app's home screen was up (it replaces
# the starting screen of the first frame), and how many classes came from each archive. The app is
# started as from the desktop, with no arguments (its data folder from DEBRIEF_DATA_DIR).
# Needs the .deb installed (installer/check-deb.sh runs this). Usage: installer/startup-bench.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$here/.."
runs=${1:-7}
launcher=/opt/debrief/bin/Debrief
[[ -x $launcher ]] || { echo "startup-bench.sh: $launcher is not installed" >&2; exit 1; }

echo "== the bare window as an app-image with AppCDS"
out=installer/out/bare
rm -rf "$out"
mkdir -p "$out/input"
mvn -q -B -ntp test-compile
"${jdk_bin}jar" --create --file "$out/input/bare.jar" -C target/test-classes app/debrief/bench/BareWindow.class
javafx_jars "$out/fx"
jlink_runtime "$out/runtime" "$out/fx" "$(modules_of "$out/fx" "$out/input/bare.jar")" lib >/dev/null
with_display start_recording_classes "$out/input/app.classlist" "$out/runtime/bin/java" \
  -cp "$out/input/bare.jar" app.debrief.bench.BareWindow
cp -p installer/app/cds-archive.sh "$out/input/"
"${jdk_bin}jpackage" --type app-image --dest "$out/image" --runtime-image "$out/runtime" --input "$out/input" \
  --name BareWindow --main-jar bare.jar --main-class app.debrief.bench.BareWindow @installer/jpackage/appcds.args
"$out/image/BareWindow/lib/app/cds-archive.sh"
bare=$out/image/BareWindow/bin/BareWindow

DEBRIEF_DATA_DIR=$(mktemp -d)
export DEBRIEF_DATA_DIR
trap 'rm -rf "$DEBRIEF_DATA_DIR"' EXIT
# The app reports its first frame and its home screen, then quits, when told so; the bare window
# reports its first frame and quits.
export JAVA_TOOL_OPTIONS="-Ddebrief.reportFirstFrame=true -Ddebrief.exitAfterFirstFrame=true"

# The times one start reports, as "first-frame-ms home-ms" (the bare window has no home).
first_frame() {
  timeout 60 "$@" 2>/dev/null </dev/null | sed -n 's/^\(first-frame\|home\)-ms=//p' | paste -sd' ' -
}
median() {
  sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}
# "N of M": classes loaded from the archive, of all classes loaded, in one start.
archived_share() {
  JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:class+load=info" "$@" 2>/dev/null </dev/null \
    | awk '/\[class,load\]/ {n++; if (/source: shared objects file/) s++} END {print s + 0 " of " n + 0}'
}
measure() {
  local app=() home=() bares=() i times
  first_frame "$launcher" >/dev/null
  first_frame "$bare" >/dev/null
  for ((i = 1; i <= runs; i++)); do
    times=$(first_frame "$launcher")
    app+=("${times% *}")
    home+=("${times#* }")
    bares+=("$(first_frame "$bare")")
  done
  local a b
  a=$(printf '%s\n' "${app[@]}" | median)
  b=$(printf '%s\n' "${bares[@]}" | median)
  echo "installed app first frame (ms): ${app[*]}  median $a"
  echo "bare app-image first frame (ms): ${bares[*]}  median $b"
  awk -v a="$a" -v b="$b" 'BEGIN { printf "ratio app/bare: %.2f (target at most 1.10)\n", a / b }'
  echo "installed app home screen up (ms): ${home[*]}  median $(printf '%s\n' "${home[@]}" | median)"
  echo "classes from the AppCDS archive: app $(archived_share "$launcher"), bare $(archived_share "$bare")"
}
echo "== first frame, $runs runs each"
with_display measure
