#!/usr/bin/env bash
# A picture of the bundled app at work, for the docs: demo data, the "All open" queue, one
# incident open. Runs dist/DeskApp under Xvfb on a fresh profile (env -i, like smoke.sh).
#
#   bash packaging/screenshot.sh [BUNDLE=dist/DeskApp] [OUT=docs/screenshots/bundle-linux.png] [WxH=1366x768]
#
# Needs Xvfb, xdotool and a Python with PySide6 (SMOKE_PYTHON, default: build venv, else python3)
# for packaging/x11_grab.py. The clicks go to fixed places of the default layout (no window
# manager, so the window fills the virtual screen); if the layout moves, the picture shows
# whatever is there, and this script still exits 0 when the app started and closed cleanly.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=$(cd "${1:-dist/DeskApp}" && pwd)
OUT=${2:-docs/screenshots/bundle-linux.png}
[[ $OUT == /* ]] || OUT=$PWD/$OUT
SIZE=${3:-1366x768}
PYH=${SMOKE_PYTHON:-$HERE/../build/venv/bin/python}
[[ -x $PYH ]] || PYH=python3

WORK=$(mktemp -d "${TMPDIR:-/tmp}/deskapp-shot.XXXXXX")
xvfb_pid="" app_pid=""
cleanup() {
  [[ -z $app_pid ]] || kill "$app_pid" 2>/dev/null || true
  [[ -z $xvfb_pid ]] || kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK"
mkdir -p home/tmp home/runtime home/config/DeskApp
chmod 700 home/runtime
printf '%s\n' '{"profiles": [{"name": "Local", "url": "", "sslmode": ""}],' \
  ' "current": "Local", "first_run_done": true}' > home/config/DeskApp/profiles.json
H=$WORK/home
run() {
  env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$H" XDG_DATA_HOME="$H/data" \
    XDG_CONFIG_HOME="$H/config" XDG_CACHE_HOME="$H/cache" XDG_RUNTIME_DIR="$H/runtime" \
    TMPDIR="$H/tmp" ${DISPLAY:+DISPLAY="$DISPLAY"} "$@"
}

run "$BUNDLE/deskapp-admin" demo-data --tickets 500 --seed 3 >/dev/null

Xvfb -displayfd 3 -ac -nolisten tcp -screen 0 "${SIZE}x24" 3>display 2>xvfb.log &
xvfb_pid=$!
for _ in $(seq 100); do [[ -s display ]] && break; sleep 0.1; done
export DISPLAY=":$(cat display)"

run "$BUNDLE/deskapp" >app.log 2>&1 &
app_pid=$!
win=""
for _ in $(seq 300); do
  # by name: $app_pid is the subshell's (run is a function), and this X server is ours alone
  win=$(xdotool search --onlyvisible --name '^DeskApp' 2>/dev/null | tail -1) && [[ -n $win ]] && break
  sleep 0.1
done
[[ -n $win ]] || { echo "screenshot.sh: no window appeared" >&2; cat app.log >&2; exit 1; }
sleep 2
xdotool mousemove 232 115 click 1   # the "All open" queue
sleep 1.5
xdotool mousemove 700 134 click 1   # its first incident ...
sleep 0.3
xdotool key Return                  # ... opened
sleep 2.5
QT_QPA_PLATFORM=xcb "$PYH" "$HERE/x11_grab.py" "$win" "$OUT"
"$PYH" "$HERE/x11_close.py" "$win"
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$app_pid" 2>/dev/null; then
  echo "screenshot.sh: the app did not exit when its window was closed" >&2; exit 1
fi
wait "$app_pid"; rc=$?; app_pid=""
[[ $rc == 0 ]] || { echo "screenshot.sh: the app exited $rc" >&2; cat app.log >&2; exit 1; }
