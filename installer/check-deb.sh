#!/usr/bin/env bash
# Checks the Linux installer as a user would, on this machine (as root; it installs and removes the
# package, and makes and removes a throwaway user account to be that user):
#   build the .deb (installer/build.sh, timed) → install its dependencies, then dpkg -i → the menu
#   entry, the icon, the "debrief" command, the version → the installed launcher under Xvfb, a
#   screenshot → the AppCDS archive really used → check an answer, import a small export, history
#   lists the attempts, in the platform's data folder (and DEBRIEF_DATA_DIR, --data-dir) → start-up
#   against a bare window (installer/startup-bench.sh) → dpkg -r → the data folder and its attempts
#   are still there. Exits non-zero at the first thing that is wrong.
# Usage: installer/check-deb.sh [--no-build]   (--no-build: check the .deb already in installer/out)
set -euo pipefail
source "$(dirname "$0")/build.sh"
cd "$here/.."
out=installer/out
fixture=installer/check/export-two-attempts.json   # written by 'debrief export --format json'

fail() { echo "check-deb.sh: FAILED: $*" >&2; exit 1; }
ok() { echo "  ok: $*"; }

work=$(mktemp -d)
chmod 755 "$work"
user=debrief-check-$$
home=$work/home
cleanup() {
  local pid i
  for pid in $(pgrep -u "$user" 2>/dev/null); do kill "$pid" 2>/dev/null || true; done
  # userdel refuses while the account still runs a process: give them a moment to end.
  for ((i = 0; i < 50; i++)); do pgrep -u "$user" >/dev/null 2>&1 || break; sleep 0.1; done
  if id "$user" >/dev/null 2>&1; then userdel -r "$user" 2>/dev/null || userdel "$user" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [[ ${1:-} != --no-build ]]; then
  echo "== build"
  start=$(date +%s)
  installer/build.sh
  echo "build time: $(($(date +%s) - start)) s"
fi
deb=$(ls "$out"/debrief_*.deb 2>/dev/null | head -1)
[[ -f $deb ]] || fail "no .deb in $out"
version=$(pom_version target/debrief.jar)

echo "== install ($deb, $(du -k "$deb" | cut -f1) KB)"
# What the check itself uses, then the package's dependencies (dpkg -i does not fetch them;
# 'apt install ./debrief_….deb' would).
need=()
for p in imagemagick xdotool x11-utils $(dpkg-deb -f "$deb" Depends | tr -d ' ' | tr ',' ' '); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
done
if ((${#need[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if dpkg-query -W -f='${Status}' debrief 2>/dev/null | grep -q 'install ok installed'; then
  dpkg -r debrief >/dev/null
fi
dpkg -i "$deb" | tee "$work/dpkg-i.log"
grep -q '^AppCDS archive /opt/debrief/lib/app/app.jsa' "$work/dpkg-i.log" || fail "postinst made no AppCDS archive"
[[ $(dpkg-query -W -f='${Version}' debrief) == "$version-1" ]] || fail "package version is not the pom's $version"
installed_kb=$(du -sk /opt/debrief | cut -f1)
archive_kb=$(du -k /opt/debrief/lib/app/app.jsa | cut -f1)
ok "installed version $version (the pom's), $installed_kb KB in /opt/debrief (AppCDS archive included)"
desktop=/usr/share/applications/debrief-Debrief.desktop
[[ -f $desktop ]] || fail "no menu entry $desktop"
grep -qx 'Exec=/opt/debrief/bin/Debrief' "$desktop" || fail "the menu entry does not start the launcher"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ $(identify -format '%m %w' "$icon") == 'PNG 512' ]] || fail "the menu entry's icon $icon is not the 512 px PNG"
ok "menu entry $desktop with icon $icon"
[[ $(readlink /usr/bin/debrief) == /opt/debrief/bin/Debrief ]] || fail "/usr/bin/debrief does not point at the launcher"
[[ $(debrief --version) == "Debrief $version" ]] || fail "debrief --version: $(debrief --version)"
ok "debrief --version: Debrief $version"

echo "== as a user of this machine ($user, home $home)"
useradd --create-home --home-dir "$home" --shell /bin/sh "$user"
# Runs a command as the user, with a clean environment plus any NAME=VALUE given first.
as_user() {
  runuser -u "$user" -- env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}
default_data=$home/.local/share/debrief

# Opens the installed app as the user, waits for its home screen, saves a screenshot as SHOT.
window() {
  local shot=$1 pid i wid
  as_user DISPLAY="$DISPLAY" JAVA_TOOL_OPTIONS=-Ddebrief.reportFirstFrame=true debrief >"$work/window.log" 2>&1 &
  pid=$!
  for ((i = 0; i < 120; i++)); do
    grep -q '^home-ms=' "$work/window.log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/window.log" >&2; fail "the app quit before its home screen"; }
    sleep 0.5
  done
  grep -q '^home-ms=' "$work/window.log" || fail "no home screen within a minute"
  sleep 3 # the store opens behind the home screen: let the history list load before the picture
  import -window root "$shot"
  wid=$(xdotool search --onlyvisible --name '^Debrief$' | head -1)
  [[ -n $wid ]] || fail "no window named Debrief"
  # Docks match a window to its menu entry by the entry's StartupWMClass, when it names one.
  local wm_class entry_class
  wm_class=$(xprop -id "$wid" WM_CLASS | sed 's/.*= //')
  entry_class=$(sed -n 's/^StartupWMClass=//p' "$desktop")
  if [[ -n $entry_class && $wm_class != *"\"$entry_class\""* ]]; then
    fail "the window's class ($wm_class) is not the menu entry's StartupWMClass ($entry_class)"
  fi
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  local colours
  colours=$(convert "$shot" -format '%k' info:)
  ((colours > 100)) || fail "the screenshot has $colours colours: nothing much was drawn ($shot)"
  ok "window shown (class $wm_class), $(grep -o '^first-frame-ms=[0-9]*' "$work/window.log"), $(grep -o '^home-ms=[0-9]*' "$work/window.log"); screenshot $shot ($colours colours): look at it"
}
with_display window "$out/screenshot.png"
[[ -f $default_data/debrief.db ]] || fail "the app made no database in the platform's data folder $default_data"
ok "the app keeps its data in the platform's data folder $default_data"
[[ ! -e $home/.openjfx ]] || fail "JavaFX unpacked native libraries into the home folder"
ok "nothing unpacked into the home folder (JavaFX's natives are in the runtime)"

# The archive is really used: the app's own classes come from it.
as_user JAVA_TOOL_OPTIONS=-Xlog:class+load=info debrief --version >"$work/classes.log" 2>&1
shared=$(grep -c 'app\.debrief\..* source: shared objects file' "$work/classes.log" || true)
((shared > 0)) || fail "no class of the app came from the AppCDS archive"
! grep -q 'app\.debrief\..* source: file:' "$work/classes.log" || fail "some of the app's classes were read from the jar, not the archive"
ok "AppCDS archive in use: $shared of the app's classes from it in 'debrief --version', none from the jar"

echo "== command line, data folder"
answer="Our brand vision is pure delight; developers will love the magic."
as_user sh -c "echo '$answer' | debrief check --track pm -" >"$work/check.txt" || fail "debrief check failed"
grep -q 'X  marketing-fluff' "$work/check.txt" || fail "check did not flag marketing-fluff: $(cat "$work/check.txt")"
as_user sh -c "echo '$answer' | debrief check --track pm --json -" | grep -q '"id":"marketing-fluff"[^}]*"flagged":true' \
  || fail "check --json did not flag marketing-fluff"
ok "check flags marketing-fluff (text and --json)"
as_user debrief prompts --track pm | grep -q '^pm-' || fail "prompts lists no PM prompt"
ok "prompts lists the bank"

cp "$fixture" "$home/export.json"
chown "$user" "$home/export.json"
as_user debrief import "$home/export.json" | tee "$work/import.txt"
grep -q '^imported 2 attempts' "$work/import.txt" || fail "import did not add the 2 attempts"
as_user debrief history >"$work/history.txt"
grep -q '^2 attempts' "$work/history.txt" || fail "history does not list 2 attempts: $(cat "$work/history.txt")"
ok "import + history: 2 attempts in $default_data/debrief.db"
with_display window "$out/screenshot-history.png"   # the home screen lists them too
as_user XDG_DATA_HOME="$home/xdg" debrief import "$home/export.json" >/dev/null
[[ -f $home/xdg/debrief/debrief.db ]] || fail "XDG_DATA_HOME was not followed"
as_user DEBRIEF_DATA_DIR="$home/env-dir" debrief import "$home/export.json" >/dev/null
[[ -f $home/env-dir/debrief.db ]] || fail "DEBRIEF_DATA_DIR was not followed"
as_user DEBRIEF_DATA_DIR="$home/env-dir" debrief --data-dir "$home/option-dir" import "$home/export.json" >/dev/null
[[ -f $home/option-dir/debrief.db ]] || fail "--data-dir did not win over DEBRIEF_DATA_DIR"
ok "XDG_DATA_HOME, DEBRIEF_DATA_DIR and --data-dir (over DEBRIEF_DATA_DIR) are followed"

echo "== start-up against a bare window"
installer/startup-bench.sh "${RUNS:-7}" | tee "$work/bench.txt"

echo "== uninstall"
dpkg -r debrief
[[ ! -e /opt/debrief && ! -e /usr/bin/debrief && ! -e $desktop ]] || fail "dpkg -r left the app, its command or its menu entry"
ok "the app, the debrief command and the menu entry are gone"
[[ -f $default_data/debrief.db ]] || fail "the user's data folder lost its database"
runuser -u "$user" -- env -i HOME="$home" PATH=/usr/bin:/bin java -jar "$PWD/target/debrief.jar" history >"$work/after.txt"
grep -q '^2 attempts' "$work/after.txt" || fail "the user's attempts are gone after dpkg -r: $(cat "$work/after.txt")"
ok "the user's data folder still holds its 2 attempts (read with target/debrief.jar)"

echo
echo "check-deb.sh: all checks passed"
echo "  .deb: $(du -k "$deb" | cut -f1) KB ($deb)"
echo "  installed: $installed_kb KB in /opt/debrief, of which $archive_kb KB is the AppCDS archive made at install time"
grep -E '^(installed|bare|ratio)' "$work/bench.txt" | sed 's/^/  /'
