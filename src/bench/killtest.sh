#!/usr/bin/env bash
# Kill test: how much steady typing a `kill -9` loses. Drives the real app (target/debrief.jar) in a
# private Xvfb display: resumes an unfinished answer (seeded with `debrief import`), types numbered
# five-character words with xdotool at about 50 characters a second, kills the JVM with SIGKILL at a
# random moment 3 to 8 s into the typing, then reads the answer from debrief.db.
# Per run it prints the characters sent before the kill, the characters saved, and the loss: the time
# from the sending of the last saved character to the kill (so a run that lost nothing still shows the
# few milliseconds since the last key). It checks that the saved text is exactly what was typed.
# Usage: src/bench/killtest.sh [RUNS] (default 10)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}

if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || ! ldconfig -p | grep -q libgtk-3.so.0; then
  apt-get update -qq >/dev/null && apt-get install -y -qq xvfb xauth xdotool libgtk-3-0 libxtst6 libxxf86vm1 libgl1 >/dev/null
fi
[[ -n ${SKIP_BUILD:-} ]] || mvn -q -B -DskipTests package

display=:$(( 500 + RANDOM % 400 ))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1

# One unfinished practice answer, empty, at the bundled streaming prompt (40 minutes), so that the home
# screen offers it and Enter (its default button) resumes it.
seed_json() {
  cat <<'JSON'
{"debriefExport": 1, "exportedAt": "2026-01-01T00:00:00Z", "attempts": [{
  "uid": "kill-test", "mode": "PRACTICE", "status": "IN_PROGRESS",
  "prompt": {"id": "pm-sd-streaming-responses", "track": "PM", "kind": "system-design",
             "title": "Streaming responses", "question": "Design streaming for the API.", "minutes": 40},
  "startedAt": "2026-01-01T00:00:00Z", "submittedAt": null, "updatedAt": "2026-01-01T00:00:00Z",
  "elapsedMillis": 0, "phaseTimes": [], "answer": "", "feedback": null, "grades": []}]}
JSON
}

results=()
for ((run = 1; run <= runs; run++)); do
  data=$work/data-$run
  mkdir -p "$data"
  seed_json >"$work/seed.json"
  java -jar target/debrief.jar --data-dir "$data" import "$work/seed.json" >/dev/null
  DISPLAY=$display DEBRIEF_DATA_DIR=$data java -Ddebrief.reportFirstFrame=true -jar target/debrief.jar \
    >"$work/app-$run.out" 2>"$work/app-$run.err" &
  app=$!
  for _ in $(seq 1 300); do grep -qs '^home-ms=' "$work/app-$run.out" && break; sleep 0.1; done
  window=$(DISPLAY=$display xdotool search --sync --name '^Debrief$' | head -1)
  line=$(DISPLAY=$display APP=$app WINDOW=$window DB=$data/debrief.db SEED=$run python3 - <<'PY'
import os, random, signal, sqlite3, subprocess, sys, time

app, db = int(os.environ["APP"]), os.environ["DB"]
random.seed(int(os.environ["SEED"]) * 7919 + int(time.time()))

def saved():
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as c:
            row = c.execute("SELECT answer FROM attempts WHERE uid = 'kill-test'").fetchone()
            return row[0] if row else ""
    except sqlite3.Error:
        return ""

def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "24", "--", text], check=True)

def resume_and_type_until_saved():
    # The banner shows once the store is open, a moment after the home screen. A click on an empty
    # corner gives the window the keyboard (there is no window manager); Enter presses Resume, the
    # home screen's default button, and the answer screen's editor takes the focus.
    for _ in range(10):
        subprocess.run(["xdotool", "mousemove", "--window", os.environ["WINDOW"], "20", "780", "click", "1"], check=True)
        time.sleep(0.3)
        subprocess.run(["xdotool", "key", "Return"], check=True)
        time.sleep(1.0)
        type_text("go ")
        deadline = time.time() + 4
        while time.time() < deadline:
            if saved().startswith("go "):
                return True
            time.sleep(0.1)
    return False

# Warm-up, before anything is timed: the editor has the focus and saves.
if not resume_and_type_until_saved():
    print("FAILED the warm-up text never reached the database")
    sys.exit(0)
time.sleep(2.0)
sent = saved()
base = len(sent)
marks = []  # (offset of the word's first character, time it started, time it ended)
kill_after = random.uniform(3.0, 8.0)
start = time.time()
killed_at = None
n = 0
while killed_at is None:
    n += 1
    word = f"{n:04d} "
    t0 = time.time()
    if t0 - start >= kill_after:
        os.kill(app, signal.SIGKILL)
        killed_at = time.time()
        break
    type_text(word)
    marks.append((len(sent), t0, time.time()))
    sent += word

time.sleep(1.0)
text = saved()
if not sent.startswith(text):
    print(f"FAILED the saved text is not what was typed: {text[-40:]!r} against {sent[-40:]!r}")
    sys.exit(0)
last = len(text) - 1  # offset of the last saved character
sent_at = start  # nothing typed after the warm-up was saved
if last >= base:
    for offset, t0, t1 in marks:
        if offset <= last < offset + 5:
            sent_at = t0 + (t1 - t0) * (last - offset + 1) / 5
            break
rate = len(marks) * 5 / (killed_at - start)
print(f"sent={len(sent)} saved={len(text)} lost_chars={len(sent) - len(text)} "
      f"rate={rate:.0f}/s typed_for={killed_at - start:.2f}s loss={killed_at - sent_at:.2f}s")
PY
)
  kill -9 "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "run $run: $line"
  results+=("$line")
done

losses=$(printf '%s\n' "${results[@]}" | grep -o 'loss=[0-9.]*' | cut -d= -f2 | sort -n)
failed=$(printf '%s\n' "${results[@]}" | grep -c FAILED || true)
[[ -n $losses ]] || { echo "no run completed ($failed failed)"; exit 1; }
echo "$losses" | awk -v failed="$failed" '
  { l[NR] = $1; if ($1 > 1.0) over++ }
  END { printf "loss over %d runs: min %.2f s, median %.2f s, max %.2f s; %d over 1 s; %d failed\n",
          NR, l[1], (NR % 2) ? l[(NR + 1) / 2] : (l[NR / 2] + l[NR / 2 + 1]) / 2, l[NR], over, failed }'
