#!/usr/bin/env bash
# Build the DeskApp bundle (dist/DeskApp/) on Linux and smoke-test it.
#
#   bash packaging/build.sh             build venv -> pyinstaller build.spec -> packaging/smoke.sh
#   bash packaging/build.sh --record    ... and write the measured numbers into docs/packaging.md
#   bash packaging/build.sh --no-install  reuse the build venv as it is (quick rebuilds)
#   bash packaging/build.sh --smoke-only  only smoke-test an existing dist/DeskApp
#
# Environment:
#   PYTHON               interpreter for the build venv (default: python3.11, else python3)
#   DESKAPP_BUILD_VENV   build venv (default: build/venv). A regular (non-editable) install of this
#                        checkout goes there, so the bundle holds exactly what a wheel would.
#   DESKAPP_SMOKE_PG     PostgreSQL server for the bundle's `db upgrade` check
#                        (default postgresql://postgres@127.0.0.1:5432; "none" skips it)
#   DESKAPP_SMOKE_SCREENSHOT  save a picture of the bundled app's first window there (PNG)
# Same steps as packaging/build.ps1 and .github/workflows/windows-installer.yml.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

record=0 install=1 build=1
for arg in "$@"; do
  case $arg in
    --record) record=1 ;;
    --no-install) install=0 ;;
    --smoke-only) install=0 build=0 ;;
    -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
started=$(now)

VENV=${DESKAPP_BUILD_VENV:-build/venv}
PY=${PYTHON:-$(command -v python3.11 || command -v python3)}
mkdir -p build
install_s=0 build_s=0

if [[ $install == 1 ]]; then
  echo "== build venv: $VENV (pip install '.[build]', not editable)"
  t0=$(now)
  [[ -x $VENV/bin/python ]] || "$PY" -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q '.[build]'
  # A local path of the same version is not always rebuilt; force this checkout's code in.
  "$VENV/bin/python" -m pip install -q --no-deps --force-reinstall .
  install_s=$(secs "$t0" "$(now)")
  echo "   ${install_s} s"
fi

if [[ $build == 1 ]]; then
  [[ -x $VENV/bin/pyinstaller ]] || { echo "build.sh: $VENV has no pyinstaller; run without --no-install" >&2; exit 2; }
  echo "== pyinstaller build.spec -> dist/DeskApp"
  t0=$(now)
  "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller build.spec
  build_s=$(secs "$t0" "$(now)")
  echo "   ${build_s} s"
fi

[[ -x dist/DeskApp/deskapp-admin ]] || { echo "build.sh: dist/DeskApp is missing; build first" >&2; exit 2; }

SMOKE_PYTHON=$(readlink -f "$VENV")/bin/python  # absolute: smoke.sh runs in a temp folder
[[ -x $SMOKE_PYTHON ]] || SMOKE_PYTHON=$(command -v python3)
export SMOKE_PYTHON
bash packaging/smoke.sh dist/DeskApp build/smoke-report.txt

size_h=$(du -sh dist/DeskApp | cut -f1)
size_mb=$(du -sm dist/DeskApp | cut -f1)
files=$(find dist/DeskApp -type f | wc -l)
selftest_s=$(sed -n 's/^selftest_seconds=//p' build/smoke-report.txt)
version=$(dist/DeskApp/deskapp-admin --version | awk '{print $2}')
{
  echo "version=$version"
  echo "date=$(date -u +%Y-%m-%d)"
  echo "platform=$(uname -sm), $(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME"), $(nproc) cores"
  echo "python=$("$SMOKE_PYTHON" -c 'import platform; print(platform.python_version())')"
  echo "pyinstaller=$("$VENV/bin/pyinstaller" --version 2>/dev/null || echo '?')"
  echo "size_human=$size_h"
  echo "size_mb=$size_mb"
  echo "files=$files"
  echo "install_seconds=$install_s"
  echo "build_seconds=$build_s"
  echo "total_seconds=$(secs "$started" "$(now)")"
  cat build/smoke-report.txt
} > build/bundle-report.txt
echo "== numbers (build/bundle-report.txt)"
cat build/bundle-report.txt

fail=0
if (( size_mb >= 250 )); then echo "warning: bundle is ${size_mb} MB, target < 250 MB" >&2; fail=1; fi
if awk -v s="$selftest_s" 'BEGIN { exit !(s >= 10) }'; then
  echo "warning: self-test took ${selftest_s} s, target < 10 s" >&2; fail=1
fi

if [[ $record == 1 ]]; then
  "$SMOKE_PYTHON" packaging/record_numbers.py build/bundle-report.txt docs/packaging.md
  echo "== recorded in docs/packaging.md"
fi
[[ $fail == 0 ]] || echo "build.sh: the bundle works but misses a target (see warnings)" >&2
echo "== bundle OK: dist/DeskApp ($size_h)"
