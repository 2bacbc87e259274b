"""Fixtures the Service Operation GUI tests share: a small desk on SQLite, its UI context and
the Operation view at a laptop size (a test file may still define its own)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.operation.view import OperationView
from tests.support.factories import Desk, make_desk
from tests.support.gui import make_context


@pytest.fixture
def desk(sqlite_database: Database) -> Desk:
    return make_desk(sqlite_database)


@pytest.fixture
def ctx(sqlite_database: Database, desk: Desk, qapp: QApplication,
        settings_dir: Path) -> UiContext:
    return make_context(sqlite_database, qapp)


@pytest.fixture
def view(qtbot: QtBot, ctx: UiContext) -> Iterator[OperationView]:
    v = OperationView(ctx)
    qtbot.addWidget(v)
    v.resize(1300, 760)
    v.show()
    qtbot.waitExposed(v)
    yield v
    v.shutdown()
    ctx.runner.wait_idle()
