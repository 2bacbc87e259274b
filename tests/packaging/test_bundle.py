"""The standalone bundle: version resource, recorded numbers, and the frozen app's smoke test.

The smoke test is ``slow`` and never builds on its own: the normal test run (no ``-m``) skips it,
so a plain ``pytest`` neither builds nor tests a possibly stale ``dist/DeskApp``. It runs when
asked for with ``-m slow`` or ``DESKAPP_TEST_BUNDLE``; which bundle it tests:

* ``DESKAPP_TEST_BUNDLE=build``: build one first with packaging/build.sh (about a minute on two
  cores, plus the build venv's install the first time), then smoke-test it;
* ``DESKAPP_TEST_BUNDLE=<folder>``: smoke-test that bundle;
* unset: ``dist/DeskApp`` when a build left one there, else the test is skipped.

    bash packaging/build.sh && python -m pytest -m slow tests/packaging
    DESKAPP_TEST_BUNDLE=build python -m pytest -m slow tests/packaging

It checks the issue's targets: under 250 MB unpacked, self-test under 10 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import record_numbers  # noqa: E402
import version_info  # noqa: E402


def test_version_comes_from_the_package() -> None:
    import deskapp

    assert version_info.package_version() == deskapp.__version__


@pytest.mark.parametrize(("text", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)),
    ("1.2.3.4", (1, 2, 3, 4)),
    ("2.0", (2, 0, 0, 0)),
    ("1.4.0rc1", (1, 4, 0, 0)),
    ("3.1.2.dev7", (3, 1, 2, 0)),  # a dev number is no release number
])
def test_numeric_windows_version(text: str, numbers: tuple[int, ...]) -> None:
    assert version_info.numeric_version(text) == numbers


@pytest.mark.parametrize("bad", ["dev", "", "1.70000.0"])
def test_unusable_versions_are_refused(bad: str) -> None:
    with pytest.raises(version_info.VersionError):
        version_info.numeric_version(bad)


def test_build_refuses_a_version_mismatch(tmp_path: Path) -> None:
    (tmp_path / "src" / "deskapp").mkdir(parents=True)
    (tmp_path / "src" / "deskapp" / "__init__.py").write_text('__version__ = "0.2.0"\n')
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "deskapp"\nversion = "0.1.0"\n')
    with pytest.raises(version_info.VersionError, match="make them equal"):
        version_info.package_version(tmp_path)


def test_version_resource_is_what_pyinstaller_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parse the generated file with PyInstaller's own reader, as EXE(version=...) does."""
    pytest.importorskip("PyInstaller")
    import PyInstaller.compat

    # The reader module imports Windows-only helpers it does not need for parsing.
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(PyInstaller.compat, "win32api", None, raising=False)
    from PyInstaller.utils.win32 import versioninfo

    files = version_info.write_version_files(tmp_path)
    assert set(files) == {"deskapp", "deskapp-admin"}
    major, minor, patch, build = version_info.numeric_version(version_info.package_version())
    for name, path in files.items():
        info = versioninfo.load_version_info_from_text_file(str(path))
        assert info.ffi.fileVersionMS == (major << 16) | minor
        assert info.ffi.fileVersionLS == (patch << 16) | build
        strings = {s.name: s.val for s in info.kids[0].kids[0].kids}
        assert strings["OriginalFilename"] == f"{name}.exe"
        assert strings["ProductVersion"] == version_info.package_version()
        assert len(info.toRaw()) > 500


def test_recorded_numbers_replace_only_the_measured_block(tmp_path: Path) -> None:
    doc = tmp_path / "packaging.md"
    doc.write_text("# Title\nbefore\n<!-- measured:start -->\nold\n<!-- measured:end -->\nafter\n")
    report = tmp_path / "report.txt"
    report.write_text("version=0.1.0\nsize_human=180M\nsize_mb=180\nfiles=900\n"
                      "selftest_seconds=1.2\nsmoke_failures=0\n")
    record_numbers.record(report, doc)
    text = doc.read_text()
    assert text.startswith("# Title\nbefore\n<!-- measured:start -->\n")
    assert text.endswith("<!-- measured:end -->\nafter\n")
    assert "old" not in text
    assert "| 180M (180 MB, 900 files); target < 250 MB |" in text
    assert "1.2 s wall clock" in text
    assert "not measured" in text  # build_seconds was not in the report: said, not invented


def bundle_megabytes(bundle: Path) -> int:
    """Unpacked size like ``du -sm`` (file sizes, symlinks not followed), rounded up."""
    total = sum(p.lstat().st_size for p in bundle.rglob("*") if p.is_file() or p.is_symlink())
    return -(-total // (1024 * 1024))


@pytest.mark.slow
def test_bundle_builds_and_passes_the_smoke_test() -> None:
    if sys.platform != "linux":
        pytest.skip("packaging/smoke.sh is the Linux smoke test; Windows uses packaging/build.ps1")
    how = os.environ.get("DESKAPP_TEST_BUNDLE", "")
    bundle = REPO / "dist" / "DeskApp"
    if how == "build":
        command = ["bash", "packaging/build.sh"]
        report = REPO / "build" / "bundle-report.txt"
    else:
        if how:
            bundle = Path(how).resolve()
        if not (bundle / "deskapp-admin").is_file():
            pytest.skip(f"no bundle at {bundle}: run bash packaging/build.sh first "
                        "(or set DESKAPP_TEST_BUNDLE=build)")
        report = REPO / "build" / "smoke-report.txt"
        report.parent.mkdir(exist_ok=True)
        command = ["bash", "packaging/smoke.sh", str(bundle), str(report)]
    report.unlink(missing_ok=True)
    env = dict(os.environ, SMOKE_PYTHON=os.environ.get("SMOKE_PYTHON", sys.executable))
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                            timeout=1800)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    numbers = record_numbers.parse(report.read_text(encoding="utf-8"))
    assert numbers["smoke_failures"] == "0", output[-6000:]
    assert float(numbers["selftest_seconds"]) < 10, output[-3000:]
    assert bundle_megabytes(bundle) < 250
