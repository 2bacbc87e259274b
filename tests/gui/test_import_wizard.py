"""File > Import…: the wizard driven as a person drives it (pytest-qt, offscreen)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QTableWidget, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from benchmarks.import_incidents import write_servicenow_log
from deskapp.db.models import WorkItem
from deskapp.runtime import Database
from deskapp.ui.context import UiContext
from deskapp.ui.importing.wizard import ImportWizard
from deskapp.ui.labels import count_text
from deskapp.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise")

@pytest.fixture
def wizard(qtbot: QtBot, ctx: UiContext) -> Iterator[ImportWizard]:
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.cancel_work()
    ctx.runner.wait_idle()


def imported(db: Database) -> int:
    with db.uow(read_only=True) as uow:
        return int(uow.session.scalar(select(func.count()).select_from(WorkItem).where(
            WorkItem.external_source.is_not(None))) or 0)


def next_page(qtbot: QtBot, w: ImportWizard) -> None:
    button = w.button(QWizard.WizardButton.CommitButton) \
        if w.currentPage().isCommitPage() else w.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=30_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def test_custom_csv_mapped_checked_then_imported(qtbot: QtBot, wizard: ImportWizard,
                                                 ctx: UiContext, tmp_path: Path) -> None:
    export = tmp_path / "old-desk.csv"
    export.write_text("Ref No;Summary;Logged on;Team\n"
                      "T-1;Printer jams;13/02/2016 09:30;Desk\n"
                      "T-2;VPN down;14/02/2016 10:00;Network\n"
                      "T-3;Broken date;31/31/2016 10:00;Desk\n", encoding="cp1252")
    qtbot.keyClicks(wizard.findChild(QLineEdit, "importPath"), str(export))
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.columns_page
    preview = wizard.findChild(QTableWidget, "importPreview")
    assert preview.rowCount() == 3 and preview.item(1, 1).text() == "VPN down"
    # "Ref No" and "Logged on" are not usual names: the required fields wait for a choice
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    choose(wizard.findChild(QComboBox, "map_external_id"), "Ref No")
    choose(wizard.findChild(QComboBox, "map_opened_at"), "Logged on")
    assert wizard.findChild(QComboBox, "map_title").currentText() == "Summary"
    saved = tmp_path / "mapping.json"
    wizard.columns_page.save_mapping_to(saved)
    assert json.loads(saved.read_text())["columns"]["external_id"] == "Ref No"
    next_page(qtbot, wizard)  # the dry run
    result = wizard.check_page.result
    qtbot.waitUntil(lambda: "to create" in result.text(), timeout=30_000)
    assert "2 to create" in result.text() and "rejected: 1" in result.text()
    problems = wizard.check_page.problems
    assert problems.item(0, 0).text() == "4" and "opened_at" in problems.item(0, 3).text()
    assert imported(ctx.database) == 0  # a dry run writes nothing
    next_page(qtbot, wizard)  # Import
    result = wizard.run_page.result
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=30_000)
    assert "2 created" in result.text() and "rejected: 1" in result.text()
    assert imported(ctx.database) == 2
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_the_mapping_is_remembered_for_the_next_import(qtbot: QtBot, ctx: UiContext,
                                                       tmp_path: Path,
                                                       wizard: ImportWizard) -> None:
    export = tmp_path / "old.csv"
    export.write_text("Ref No,Logged on\nT-1,2016-02-01 10:00\n", encoding="utf-8")
    qtbot.keyClicks(wizard.findChild(QLineEdit, "importPath"), str(export))
    next_page(qtbot, wizard)
    choose(wizard.findChild(QComboBox, "map_external_id"), "Ref No")
    choose(wizard.findChild(QComboBox, "map_opened_at"), "Logged on")
    next_page(qtbot, wizard)
    again = ImportWizard(ctx)
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClicks(again.findChild(QLineEdit, "importPath"), str(export))
    next_page(qtbot, again)
    assert again.findChild(QComboBox, "map_external_id").currentText() == "Ref No"
    assert again.button(QWizard.WizardButton.NextButton).isEnabled()
    again.cancel_work()
    ctx.runner.wait_idle()


def test_servicenow_import_can_be_stopped_and_finished_later(
        qtbot: QtBot, wizard: ImportWizard, ctx: UiContext, tmp_path: Path) -> None:
    export = tmp_path / "sn.csv"
    write_servicenow_log(export, 1200, seed=2)
    qtbot.keyClicks(wizard.findChild(QLineEdit, "importPath"), str(export))
    choose(wizard.findChild(QComboBox, "import_format"), "ServiceNow incident export")
    next_page(qtbot, wizard)
    assert wizard.columns_page.isComplete()  # ServiceNow's names map by themselves
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.check_page.finished, timeout=60_000)
    assert f"{count_text(1200)} to create" in wizard.check_page.result.text()
    next_page(qtbot, wizard)
    result = wizard.run_page.result
    stop = wizard.run_page.cancel
    qtbot.waitUntil(lambda: wizard.run_page.bar.value() > 500, timeout=60_000)
    qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=60_000)
    summary = wizard.run_page.summary
    assert summary.cancelled and 0 < summary.created < 1200
    assert "Stopped" in result.text()
    assert imported(ctx.database) == summary.created  # whole batches only


def test_not_a_csv_file_is_explained_on_the_first_page(qtbot: QtBot, wizard: ImportWizard,
                                                       tmp_path: Path) -> None:
    book = tmp_path / "export.xlsx"
    book.write_bytes(b"PK\x03\x04" + bytes(100))
    qtbot.keyClicks(wizard.findChild(QLineEdit, "importPath"), str(book))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.source_page
    assert "Excel workbook" in wizard.findChild(QLabel, "importError").text()


def test_file_import_opens_from_the_main_window(qtbot: QtBot, ctx: UiContext,
                                                qapp: QApplication) -> None:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()  # window shortcuts need the active window
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: win.import_wizard is not None and win.import_wizard.isVisible())
    assert win.import_action.text() == "&Import…"
    win.import_wizard.close()  # type: ignore[union-attr]
    win.close()
    ctx.runner.wait_idle()


def test_undecided_dates_send_the_person_back_to_choose_the_order(
        qtbot: QtBot, wizard: ImportWizard, tmp_path: Path) -> None:
    export = tmp_path / "ambiguous.csv"
    export.write_text("Number,Opened\nA-1,05/06/2016 10:00\n", encoding="utf-8")
    qtbot.keyClicks(wizard.findChild(QLineEdit, "importPath"), str(export))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    check = wizard.check_page
    qtbot.waitUntil(lambda: "--date-order" in check.result.text(), timeout=30_000)
    assert not check.isComplete()  # no import from a guess
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    choose(wizard.findChild(QComboBox, "import_order"), "Month first (12/31/2016)")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: check.finished, timeout=30_000)
    assert "1 to create" in check.result.text()
