#!/usr/bin/env bash
# Smoke-test a built DeskApp bundle on Linux, each run on a fresh, empty profile.
#
#   bash packaging/smoke.sh [BUNDLE=dist/DeskApp] [REPORT_FILE]
#
# 1. deskapp-admin --version (timed: the frozen runtime's start-up)
# 2. deskapp-admin self-test with HOME, XDG_DATA_HOME, XDG_CONFIG_HOME in an empty temp folder (timed)
# 3. deskapp-admin db upgrade / current / check on the profile's own SQLite file (created by the
#    frozen app from the bundled migrations)
# 4. deskapp-admin --database <new PostgreSQL database> db upgrade + check (skipped with a message
#    when no server answers; DESKAPP_SMOKE_PG=none skips it on purpose)
# 5. deskapp starts under Xvfb, shows its main window (timed; DESKAPP_SMOKE_SCREENSHOT=FILE.png
#    saves a picture of it), and exits 0 when the window is closed (WM_DELETE_WINDOW, like the
#    title-bar X)
# 6. bad input, for deskapp-admin and for deskapp: read-only data folder, migrations folder missing
#    (moved aside in a copy of the bundle), a database from a newer DeskApp -> a clear message and
#    a non-zero exit, never a traceback.
# Needs: xvfb (Xvfb), xdotool, libX11; psql/pg_isready for step 4. As root on Debian/Ubuntu the
# missing ones are installed with apt-get. Every program runs under `env -i` with a fresh HOME.
# Exit status: the number of failed checks (0 = all ok).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BUNDLE=$(cd "${1:-dist/DeskApp}" && pwd) || { echo "smoke.sh: no bundle at ${1:-dist/DeskApp}" >&2; exit 2; }
REPORT=${2:-/dev/null}
[[ $REPORT == /* ]] || REPORT=$PWD/$REPORT
SHOT=${DESKAPP_SMOKE_SCREENSHOT:-}
[[ -z $SHOT || $SHOT == /* ]] || SHOT=$PWD/$SHOT
ADMIN=$BUNDLE/deskapp-admin
GUI=$BUNDLE/deskapp
PYH=${SMOKE_PYTHON:-python3}
PG=${DESKAPP_SMOKE_PG:-postgresql://postgres@127.0.0.1:5432}
GUI_TIMEOUT=${DESKAPP_SMOKE_GUI_TIMEOUT:-60}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/deskapp-smoke.XXXXXX")
chmod 755 "$WORK"
xvfb_pid="" pg_db="" gui_shot=""
cleanup() {
  [[ -n $xvfb_pid ]] && kill "$xvfb_pid" 2>/dev/null
  if [[ -n $pg_db ]]; then psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1; fi
  chmod -R u+w "$WORK" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# Run from an unrelated folder: nothing may depend on the working directory (no alembic.ini,
# no relative migrations/ or resources/ that a checkout would happen to provide).
mkdir -p "$WORK/cwd"
cd "$WORK/cwd"

failures=0
pass() { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; failures=$((failures + 1)); }
indent() { sed 's/^/        | /'; }
now() { date +%s.%N; }

# A fresh profile: HOME and the XDG folders in a new empty folder, no DeskApp overrides.
new_home() {
  local home=$WORK/$1
  mkdir -p "$home/runtime" "$home/tmp"
  chmod 700 "$home/runtime"
  echo "$home"
}
# env -i: nothing of the build machine's environment reaches the bundle (no venv or Python on
# PATH, no PYTHONPATH/PYTHONHOME, no DESKAPP_* overrides, no QT_* settings), only what a fresh
# desktop session has.
profile_env() {  # sets PENV: the env(1) command line of a fresh profile in folder $1
  PENV=(env -i PATH=/usr/bin:/bin LANG=C.UTF-8
        HOME="$1" XDG_DATA_HOME="$1/data" XDG_CONFIG_HOME="$1/config"
        XDG_CACHE_HOME="$1/cache" XDG_RUNTIME_DIR="$1/runtime" TMPDIR="$1/tmp")
  [[ -z ${DISPLAY:-} ]] || PENV+=(DISPLAY="$DISPLAY")
}
in_profile() { local home=$1; shift; profile_env "$home"; "${PENV[@]}" "$@"; }
profile_db() { echo "$1/data/DeskApp/deskapp.sqlite3"; }  # platformdirs user_data_dir on Linux
seed_profile() {  # skip the first-run dialog: the local SQLite profile, first run done
  mkdir -p "$1/config/DeskApp"
  printf '%s\n' '{"profiles": [{"name": "Local", "url": "", "sslmode": ""}],' \
    ' "current": "Local", "first_run_done": true}' > "$1/config/DeskApp/profiles.json"
}
no_traceback() { ! grep -q "Traceback (most recent call last)" "$1"; }
# The launcher's last-resort message (packaging/launchers/run_deskapp.py) writes crash.log: bad
# input must be handled by the app itself, with its own message, so no crash.log may appear.
has_crash_log() {
  local log=$1/data/DeskApp/logs/crash.log
  [[ -f $log ]] || return 1
  echo "        | $log (the app did not handle this itself):"; indent <"$log"
}

# expect_error NAME RC PATTERN HOME CMD...: exit code RC, PATTERN in the output, no traceback.
expect_error() {
  local name=$1 want=$2 pattern=$3 home=$4; shift 4
  local log=$WORK/$name.log rc
  in_profile "$home" "$@" >"$log" 2>&1; rc=$?
  if [[ $rc == "$want" ]] && grep -Eq "$pattern" "$log" && no_traceback "$log"; then
    pass "$name: exit $rc, \"$(grep -Em1 "$pattern" "$log" | cut -c1-160)\""
  else
    fail "$name: exit $rc (want $want), message must match /$pattern/ without a traceback:"
    indent < "$log"
  fi
}

echo "== smoke test of $BUNDLE"

# --- 0. contents: run-time imports present, unused Qt absent -------------------------------------
if "$PYH" -c "import PyInstaller" 2>/dev/null; then
  "$PYH" "$HERE/check_bundle.py" "$BUNDLE" || failures=$((failures + 1))
else
  echo "  skip  bundle contents: $PYH cannot import PyInstaller (set SMOKE_PYTHON)"
fi

# --- 1. version (and how long the frozen runtime takes to start: best of three) ----------------
home=$(new_home version)
admin_start_s=""
for _ in 1 2 3; do
  t0=$(now)
  out=$(in_profile "$home" "$ADMIN" --version 2>&1); rc=$?
  s=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }')
  if [[ -z $admin_start_s ]] || awk -v s="$s" -v m="$admin_start_s" 'BEGIN { exit !(s < m) }'; then
    admin_start_s=$s
  fi
done
if [[ $rc == 0 && $out =~ ^DeskApp\ [0-9] ]]; then
  pass "deskapp-admin --version: $out (process start to exit ${admin_start_s} s)"
else fail "deskapp-admin --version: exit $rc: $out"; fi

# --- 2. self-test on an empty HOME --------------------------------------------------------------
home=$(new_home selftest)
t0=$(now)
in_profile "$home" "$ADMIN" self-test >"$WORK/selftest.log" 2>&1; rc=$?
selftest_s=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
indent < "$WORK/selftest.log"
if [[ $rc == 0 ]] && grep -q '^PASSED' "$WORK/selftest.log" && no_traceback "$WORK/selftest.log"; then
  pass "deskapp-admin self-test on an empty HOME: ${selftest_s} s (wall clock, process start to exit)"
else
  fail "deskapp-admin self-test: exit $rc"
fi

# --- 3. the frozen app migrates the profile's own database --------------------------------------
home=$(new_home localdb)
db=$(profile_db "$home")
in_profile "$home" "$ADMIN" db upgrade >"$WORK/up.log" 2>&1; rc=$?
head=$(in_profile "$home" "$ADMIN" db current 2>/dev/null | sed -n 's/^deskapp: *//p')
in_profile "$home" "$ADMIN" db check >"$WORK/check.log" 2>&1; rc_check=$?
if [[ $rc == 0 && -f $db && $rc_check == 0 ]] && no_traceback "$WORK/up.log"; then
  pass "db upgrade on a fresh profile: $(cat "$WORK/up.log"); $(cat "$WORK/check.log")"
else
  fail "db upgrade on a fresh profile: exit $rc, check exit $rc_check"
  indent < "$WORK/up.log"; indent < "$WORK/check.log"
fi

# --- 4. a new PostgreSQL database ---------------------------------------------------------------
if [[ $PG == none ]]; then
  echo "  skip  PostgreSQL db upgrade: DESKAPP_SMOKE_PG=none"
elif ! command -v psql >/dev/null || ! psql -q "$PG/postgres" -c 'SELECT 1' >/dev/null 2>&1; then
  echo "  skip  PostgreSQL db upgrade: no server answers at $PG (or psql is missing)"
else
  pg_db="deskapp_smoke_$$_$RANDOM"
  psql -q "$PG/postgres" -c "CREATE DATABASE $pg_db" >/dev/null
  home=$(new_home pg)
  # PSYCOPG_IMPL=binary: fail rather than fall back to a system libpq the customer may not have.
  in_profile "$home" env PSYCOPG_IMPL=binary "$ADMIN" --database "$PG/$pg_db" db upgrade \
    >"$WORK/pg.log" 2>&1; rc=$?
  in_profile "$home" env PSYCOPG_IMPL=binary "$ADMIN" --database "$PG/$pg_db" db check \
    >>"$WORK/pg.log" 2>&1; rc_check=$?
  if [[ $rc == 0 && $rc_check == 0 ]] && no_traceback "$WORK/pg.log"; then
    pass "PostgreSQL (psycopg binary) db upgrade + check on a new database: $(grep -v keyring "$WORK/pg.log" | tr '\n' ';')"
  else
    fail "PostgreSQL db upgrade: exit $rc, check exit $rc_check"; indent < "$WORK/pg.log"
  fi
  psql -q "$PG/postgres" -c "DROP DATABASE $pg_db" >/dev/null && pg_db=""
fi

# --- 6a. bad input for deskapp-admin --------------------------------------------------------------
# Read-only data folder. Root may write anywhere, so as root the app runs as 'nobody'.
as_user=()
home=$(new_home readonly)
mkdir -p "$home/data/DeskApp"
seed_profile "$home"
if [[ $(id -u) == 0 ]]; then
  if command -v setpriv >/dev/null; then
    chown -R 65534:65534 "$home"
    chown root:root "$home/data/DeskApp"  # the data folder: read-only for nobody
    chmod 755 "$home/data/DeskApp"
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  else
    fail "read-only data folder: running as root without setpriv, cannot make a folder read-only"
    home=""
  fi
else
  chmod 555 "$home/data/DeskApp"
fi
ro_home=$home
if [[ -n $ro_home ]]; then
  expect_error admin-readonly-data 2 "writable" "$ro_home" "${as_user[@]}" "$ADMIN" db upgrade
fi

# The migrations folder missing: a hard-linked copy of the bundle with it moved aside.
broken=$WORK/bundle-without-migrations
cp -al "$BUNDLE" "$broken" 2>/dev/null || cp -a "$BUNDLE" "$broken"
mv "$broken/_internal/migrations" "$broken/_internal/migrations.moved-aside"
home=$(new_home nomigrations)
seed_profile "$home"
nomig_home=$home
expect_error admin-missing-migrations-selftest 1 "reinstall DeskApp" "$home" "$broken/deskapp-admin" self-test
expect_error admin-missing-migrations-upgrade 2 "migrations.*reinstall DeskApp" "$home" "$broken/deskapp-admin" db upgrade

# A profile whose database was written by a newer DeskApp (an unknown Alembic revision).
home=$(new_home newer)
seed_profile "$home"
in_profile "$home" "$ADMIN" db upgrade >/dev/null 2>&1
"$PYH" - "$(profile_db "$home")" <<'EOF'
import sqlite3, sys
with sqlite3.connect(sys.argv[1]) as conn:
    conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_a_newer_deskapp'")
EOF
newer_home=$home
expect_error admin-newer-database 2 "newer DeskApp" "$home" "$ADMIN" db upgrade

# --- 5 + 6b. the windowed app under Xvfb --------------------------------------------------------
need=()
command -v Xvfb >/dev/null || need+=(xvfb xauth)
command -v xdotool >/dev/null || need+=(xdotool)
# System libraries Qt's xcb plugin needs but a bundle does not carry (same list as .ci/run).
xcb_missing=$(LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$BUNDLE/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null | awk '/not found/ {print $1}' | tr '\n' ' ')
if [[ -n $xcb_missing ]]; then
  echo "  ..    Qt's xcb plugin misses system libraries: $xcb_missing"
  need+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
         libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1
         libegl1 libgl1 libopengl0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
fi
if (( ${#need[@]} )) && [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
  echo "  ..    installing ${need[*]} (apt-get) for the GUI checks"
  apt_install() { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null 2>&1; }
  apt_install || { apt-get update -qq >/dev/null 2>&1; apt_install; }
  xcb_missing=$(LD_LIBRARY_PATH="$BUNDLE/_internal" ldd "$BUNDLE/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null | awk '/not found/ {print $1}' | tr '\n' ' ')
fi
if ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null || [[ -n $xcb_missing ]]; then
  fail "GUI checks need Xvfb, xdotool and Qt's xcb libraries (missing: ${xcb_missing:-none};"\
" apt-get install xvfb xdotool libxcb-cursor0 ...; .ci/run lists them)"
else
  # -ac: no X authority, so the 'nobody' run of the read-only check may connect too.
  Xvfb -displayfd 3 -ac -nolisten tcp -screen 0 ${DESKAPP_SMOKE_SCREEN:-1366x768}x24 3>"$WORK/display" 2>"$WORK/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 100); do [[ -s $WORK/display ]] && break; sleep 0.1; done
  export DISPLAY=":$(cat "$WORK/display")"
  unset XAUTHORITY

  # gui_run NAME HOME EXE [prefix...]: start, wait for a visible window (or an early exit),
  # close every window it shows, wait for the exit. Sets gui_rc and gui_title.
  gui_run() {
    local name=$1 home=$2 exe=$3; shift 3
    local log=$WORK/$name.log pid win t gui_t0
    gui_title="" gui_rc="" gui_window_s=""
    gui_t0=$(now)
    profile_env "$home"
    "${PENV[@]}" "$@" "$exe" >"$log" 2>&1 &  # env and setpriv exec: $! is the app's pid
    pid=$!
    for ((t = 0; t < GUI_TIMEOUT * 10; t++)); do
      kill -0 "$pid" 2>/dev/null || break
      win=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | tail -1)
      if [[ -n $win ]]; then
        gui_window_s=$(awk -v a="$gui_t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
        sleep 1  # let it finish painting
        gui_title=$(xdotool getwindowname "$win" 2>/dev/null)
        if [[ -n $gui_shot ]]; then
          QT_QPA_PLATFORM=xcb "$PYH" "$HERE/x11_grab.py" "$win" "$gui_shot" >"$log.grab" 2>&1 \
            || { echo "  note  screenshot of window $win failed:"; indent <"$log.grab"; }
        fi
        break
      fi
      sleep 0.1
    done
    for ((t = 0; t < 200; t++)); do  # close what it shows, for up to 20 s
      kill -0 "$pid" 2>/dev/null || break
      if (( t % 10 == 0 )); then
        for win in $(xdotool search --onlyvisible --pid "$pid" 2>/dev/null); do
          "$PYH" "$HERE/x11_close.py" "$win" 2>>"$log"
        done
      fi
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
      gui_rc=hung
    else
      wait "$pid"; gui_rc=$?
    fi
  }

  home=$(new_home gui)
  seed_profile "$home"
  t0=$(now)
  gui_shot=$SHOT
  gui_run gui-main "$home" "$GUI"
  gui_shot=""
  gui_s=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
  gui_first_window_s=$gui_window_s
  rev=$(in_profile "$home" "$ADMIN" db current 2>/dev/null | sed -n 's/^database: *//p')
  if [[ $gui_rc == 0 && $gui_title == *DeskApp* ]] && no_traceback "$WORK/gui-main.log" \
     && ! has_crash_log "$home"; then
    pass "deskapp showed \"$gui_title\" after ${gui_first_window_s} s on a fresh profile" \
         "(database created and migrated) and exited 0 when closed (${gui_s} s in all);" \
         "its database is at $rev"
  else
    fail "deskapp under Xvfb: window \"$gui_title\", exit $gui_rc (want a DeskApp window, exit 0)"
    indent < "$WORK/gui-main.log"
  fi
  [[ $rev == "$head" ]] || fail "deskapp did not migrate its profile database ($rev, want $head)"

  # gui_bad NAME PATTERN HOME EXE [prefix...]: a message (a window, or PATTERN on stderr), then an
  # ordinary non-zero exit (1..125: not a crash signal), no traceback.
  gui_bad() {
    local name=$1 pattern=$2; shift 2
    gui_run "$name" "$@"
    if [[ $gui_rc =~ ^[0-9]+$ ]] && (( gui_rc >= 1 && gui_rc <= 125 )) \
       && no_traceback "$WORK/$name.log" && ! has_crash_log "$1" \
       && { [[ -n $gui_title ]] || grep -Eq "$pattern" "$WORK/$name.log"; }; then
      pass "$name: ${gui_title:+window \"$gui_title\" closed, }exit $gui_rc"
    else
      fail "$name: window \"$gui_title\", exit $gui_rc (want a message and an exit of 1..125)"
      indent < "$WORK/$name.log"
    fi
  }
  [[ -z $ro_home ]] || gui_bad gui-readonly-data "writable" "$ro_home" "$GUI" "${as_user[@]}"
  gui_bad gui-missing-migrations "reinstall DeskApp" "$nomig_home" "$broken/deskapp"
  gui_bad gui-newer-database "newer DeskApp" "$newer_home" "$GUI"
fi

# --- what the runs left in the bundle -------------------------------------------------------------
if find "$BUNDLE/_internal/migrations" -name __pycache__ | grep -q .; then
  echo "  note  running the bundle wrote __pycache__ under _internal/migrations (the installer's"
  echo "        uninstaller removes it)"
fi

{
  echo "selftest_seconds=$selftest_s"
  echo "gui_seconds=${gui_s:-}"
  echo "gui_window_seconds=${gui_first_window_s:-}"
  echo "admin_start_seconds=${admin_start_s:-}"
  echo "smoke_failures=$failures"
} >"$REPORT"
if (( failures )); then echo "== smoke test: $failures check(s) FAILED"; else echo "== smoke test: all checks passed"; fi
exit "$failures"
