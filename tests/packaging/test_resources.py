"""The app icon and the desktop entry that the bundle, the installer and the wheel ship."""

from __future__ import annotations

import configparser
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QImage
from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import make_icons  # noqa: E402

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def test_committed_icons_show_what_the_svg_draws(qapp: QApplication) -> None:
    assert make_icons.stale() == [], "run python packaging/make_icons.py"


def test_ico_holds_every_windows_size_as_png(qapp: QApplication) -> None:
    entries = make_icons.read_ico((REPO / "resources" / "icons" / "deskapp.ico").read_bytes())
    assert sorted(entries) == list(make_icons.ICO_SIZES)
    for size, png in entries.items():
        assert png.startswith(b"\x89PNG\r\n\x1a\n")
        image = QImage.fromData(png)
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # the tile is opaque


def test_a_changed_drawing_makes_the_icons_stale(qapp: QApplication, tmp_path: Path) -> None:
    svg = (REPO / "resources" / "icons" / "deskapp.svg").read_text(encoding="utf-8")
    changed = tmp_path / "deskapp.svg"
    changed.write_text(svg.replace("#2f7be0", "#e0392f"), encoding="utf-8")
    assert set(make_icons.stale(changed)) == {
        REPO / "resources" / "icons" / "deskapp.png",
        REPO / "resources" / "icons" / "deskapp.ico",
    }


def test_ico_round_trip(qapp: QApplication) -> None:
    pngs = {size: make_icons.render_png(make_icons.SVG, size) for size in (16, 256)}
    assert make_icons.read_ico(make_icons.ico_bytes(pngs)) == pngs
    with pytest.raises(ValueError, match="not an .ico"):
        make_icons.read_ico(b"\x89PNG\r\n\x1a\n" + bytes(16))


def test_window_icon_loads_from_the_svg(qapp: QApplication) -> None:
    icon = QIcon(str(REPO / "resources" / "icons" / "deskapp.svg"))
    assert not icon.isNull()
    image = icon.pixmap(48, 48).toImage()
    assert image.pixelColor(24, 24).alpha() == 255


def test_desktop_entry_starts_the_installed_app() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(REPO / "resources" / "deskapp.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"] == "deskapp"
    assert desktop["Icon"] == "deskapp"  # resources/icons/deskapp.png|svg, installed by name
    assert desktop["Terminal"] == "false"
    assert desktop["Categories"].endswith(";")
