"""Light and dark: the colours DeskApp sets itself read at WCAG 4.5:1 in both, and View >
Appearance switches the whole application (queues' SLA colours included) and is kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory
from pytestqt.qtbot import QtBot

from deskapp.runtime import Database
from deskapp.ui import theme
from deskapp.ui.main_window import MainWindow
from deskapp.ui.work_items.conversation import COLOURS
from tests.support.factories import make_desk
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                      "does not support raise")


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    """The application's style and palette come back after the test (one per worker)."""
    style, palette = qapp.style().name(), qapp.palette()
    yield qapp
    QGuiApplication.styleHints().unsetColorScheme()
    qapp.setStyle(QStyleFactory.create(style))
    qapp.setPalette(palette)
    theme.apply(qapp, theme.Appearance.SYSTEM)


@pytest.mark.parametrize("appearance", [theme.Appearance.LIGHT, theme.Appearance.DARK])
def test_every_colour_deskapp_sets_reads_well(restored: QApplication,
                                              appearance: theme.Appearance) -> None:
    dark = theme.apply(restored, appearance)
    assert dark == (appearance is theme.Appearance.DARK)
    palette = restored.palette()
    text, window = palette.color(QPalette.ColorRole.Text), \
        palette.color(QPalette.ColorRole.Window)
    assert (window.lightness() < 128) == dark
    for state in theme.SLA_BACKGROUNDS:
        brush = theme.sla_brush(state)
        assert brush is not None
        assert theme.contrast(text, brush.color()) >= 4.5, state
    for pair in (theme.ERROR, theme.SUCCESS, theme.MUTED):
        colour = QColor(pair[1 if dark else 0])
        assert theme.contrast(colour, window) >= 4.5, pair
    banner = QColor(theme.ERROR_BANNER[dark][0])  # a form's error banner and its sentence
    assert theme.contrast(QColor(theme.ERROR[dark]), banner) >= 4.5
    for colour in COLOURS.values():  # the conversation's authors and field changes
        assert theme.contrast(theme.readable(colour), palette.color(QPalette.ColorRole.Base)) \
            >= 4.5, colour
    for style in (theme.error_style(), theme.success_style(), theme.muted_style()):
        assert style.startswith("color: #")
    # a red chosen for light text is lightened on a dark background, never left unreadable
    red = theme.readable("#b3261e")
    assert theme.contrast(red, palette.color(QPalette.ColorRole.Base)) >= 4.5
    assert red.red() > red.green()


def test_view_appearance_switches_and_is_kept(qtbot: QtBot, restored: QApplication,
                                              sqlite_database: Database,
                                              settings_dir: Path) -> None:
    make_desk(sqlite_database)
    ctx = make_context(sqlite_database, restored)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.appearance_actions[theme.Appearance.DARK].trigger()
    assert theme.is_dark()
    assert restored.palette().color(QPalette.ColorRole.Window).lightness() < 128
    assert QSettings().value(theme.SETTING) == "dark"
    assert theme.chosen() is theme.Appearance.DARK
    assert window.appearance_actions[theme.Appearance.DARK].isChecked()
    breached = theme.sla_brush("breached")
    assert breached is not None and breached.color().lightness() < 128
    window.appearance_actions[theme.Appearance.LIGHT].trigger()
    assert not theme.is_dark()
    assert restored.palette().color(QPalette.ColorRole.Window).lightness() >= 128
    window.close()
    ctx.runner.wait_idle()
