"""Write the numbers of the last bundle build into docs/packaging.md (``build.sh --record``).

Replaces the block between ``<!-- measured:start -->`` and ``<!-- measured:end -->`` with a table
made from build/bundle-report.txt, so the document never carries a number nobody measured.

    python packaging/record_numbers.py build/bundle-report.txt docs/packaging.md
"""

from __future__ import annotations

import sys
from pathlib import Path

START, END = "<!-- measured:start -->", "<!-- measured:end -->"


def parse(report: str) -> dict[str, str]:
    values: dict[str, str] = {}
    for line in report.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip()
    return values


def table(v: dict[str, str]) -> str:
    def get(key: str) -> str:
        return v.get(key) or "not measured"

    rows = [
        ("Bundle size, `du -sh dist/DeskApp`", f"{get('size_human')} ({get('size_mb')} MB, "
                                                f"{get('files')} files); target < 250 MB"),
        ("`deskapp-admin self-test`, empty HOME", f"{get('selftest_seconds')} s wall clock, "
                                                  "process start to exit; target < 10 s"),
        ("`deskapp-admin --version`: frozen runtime start to exit, best of 3",
         f"{get('admin_start_seconds')} s"),
        ("`deskapp` start to its main window on a fresh profile (Xvfb; creates and migrates "
         "the database)", f"{get('gui_window_seconds')} s"),
        ("`deskapp` start, show, close, exit (Xvfb; includes a 1 s pause to let it paint)",
         f"{get('gui_seconds')} s"),
        ("`pip install '.[build]'` into the build venv", f"{get('install_seconds')} s"),
        ("`pyinstaller build.spec`", f"{get('build_seconds')} s"),
        ("`bash packaging/build.sh` in all (install, build, smoke test)",
         f"{get('total_seconds')} s"),
        ("Smoke checks failed", get("smoke_failures")),
    ]
    lines = [
        f"Last build: DeskApp {get('version')} on {get('date')}, {get('platform')}, "
        f"Python {get('python')}, PyInstaller {get('pyinstaller')}.",
        "",
        "| What | Measured |",
        "|---|---|",
        *(f"| {what} | {value} |" for what, value in rows),
    ]
    return "\n".join(lines)


def record(report_path: Path, doc_path: Path) -> None:
    doc = doc_path.read_text(encoding="utf-8")
    if START not in doc or END not in doc:
        raise SystemExit(f"{doc_path} has no {START} ... {END} block")
    head, rest = doc.split(START, 1)
    _, tail = rest.split(END, 1)
    body = table(parse(report_path.read_text(encoding="utf-8")))
    doc_path.write_text(f"{head}{START}\n{body}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    record(Path(sys.argv[1]), Path(sys.argv[2]))
