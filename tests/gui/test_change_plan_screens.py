"""Service Transition > Change plan, driven as a change manager would: freeze windows added,
edited and removed (asked first, named); releases with their status and changes; standard
changes added, edited against someone else's save, retired and offered again; CAB rules with
named staff, a team and a policy per stage. Someone who is not a change manager sees it all
read-only with the reason. Column widths are remembered."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from deskapp import messages
from deskapp.app import install_translations
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Policy, StageRule
from deskapp.runtime import Database
from deskapp.services.change_plan import TemplateDraft
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.transition.cab_rule_dialog import CabRuleDialog
from deskapp.ui.transition.change_plan import ChangePlanView, PlanPage
from deskapp.ui.transition.plan_dialogs import (
    FreezeDialog,
    ReleaseDialog,
    TemplateDialog,
    index_of,
    set_time,
)
from deskapp.ui.transition.view import TransitionView
from deskapp.ui.workers import Runner
from tests.gui.test_main_window import _mnemonics
from tests.support.factories import Desk, make_desk
from tests.support.gui import make_context

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000
LEFT = Qt.MouseButton.LeftButton
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def desk(database: Database) -> Desk:
    """The small desk, on SQLite and on PostgreSQL (the plan is shared reference data)."""
    return make_desk(database)


@pytest.fixture
def ctx(database: Database, desk: Desk, qapp: QApplication, settings_dir: Path) -> UiContext:
    return make_context(database, qapp)


def _open(qtbot: QtBot, ctx: UiContext) -> tuple[TransitionView, ChangePlanView]:
    view = TransitionView(ctx)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    bar = view.pages.tabBar()
    at = view.pages.indexOf(view.plan)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(at).center())
    assert view.pages.currentWidget() is view.plan
    plan = view.plan
    qtbot.waitUntil(lambda: plan.loaded and all(p.loaded for p in plan.pages), timeout=WAIT)
    return view, plan


@pytest.fixture
def shown(qtbot: QtBot, ctx: UiContext) -> Iterator[tuple[TransitionView, ChangePlanView]]:
    view, plan = _open(qtbot, ctx)
    yield view, plan
    ctx.runner.wait_idle()


def _tab(qtbot: QtBot, plan: ChangePlanView, page: PlanPage) -> None:  # type: ignore[type-arg]
    bar = plan.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(plan.tabs.indexOf(page)).center())
    assert plan.tabs.currentWidget() is page


def _dialog(qtbot: QtBot, page: PlanPage, kind: type) -> object:  # type: ignore[type-arg]
    qtbot.waitUntil(lambda: isinstance(page.dialog, kind) and page.dialog.isVisible(),
                    timeout=WAIT)
    return page.dialog


def _save(qtbot: QtBot, page: PlanPage, dialog: object) -> None:  # type: ignore[type-arg]
    qtbot.mouseClick(dialog.save_button, LEFT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)


def _answer(qtbot: QtBot, page: PlanPage, yes: bool) -> str:  # type: ignore[type-arg]
    qtbot.waitUntil(lambda: page.question is not None and page.question.isVisible(),
                    timeout=WAIT)
    box = page.question
    assert box is not None
    text = box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes if yes
                                else QMessageBox.StandardButton.No), LEFT)
    qtbot.waitUntil(lambda: page.question is None, timeout=WAIT)
    return text


def _texts(page: PlanPage, column: int = 0) -> list[str]:  # type: ignore[type-arg]
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def test_freeze_windows_are_added_refused_edited_and_removed(
        qtbot: QtBot, shown: tuple[TransitionView, ChangePlanView], ctx: UiContext,
        desk: Desk) -> None:
    view, plan = shown
    page = plan.freezes
    assert plan.tabs.currentWidget() is page and page.model.rowCount() == 0
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = _dialog(qtbot, page, FreezeDialog)
    assert isinstance(dialog, FreezeDialog)
    assert dialog.service.currentData() is None  # desk-wide unless a service is picked
    qtbot.keyClicks(dialog.name, "Quarter-end freeze")
    start = datetime(2031, 3, 28, 18, 0, tzinfo=UTC)
    set_time(dialog.starts, start)
    set_time(dialog.ends, start - timedelta(hours=1))  # ends before it starts
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: dialog.errors["ends_at"].isVisible(), timeout=WAIT)
    assert "ends before it starts" in dialog.errors["ends_at"].text()
    assert page.dialog is dialog and not ctx.services.change_plan.freezes(
        start - timedelta(days=1), start + timedelta(days=9))  # nothing saved
    set_time(dialog.ends, start + timedelta(days=4))
    dialog.service.setCurrentIndex(index_of(dialog.service, desk.service_id))
    qtbot.keyClicks(dialog.reason, "Finance closes the books.")
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: _texts(page) == ["Quarter-end freeze"], timeout=WAIT)
    saved = ctx.services.change_plan.freezes(start, start + timedelta(days=1))
    assert [(f.name, f.starts_at, f.ends_at, f.service.id if f.service else None, f.reason)
            for f in saved] == [("Quarter-end freeze", start, start + timedelta(days=4),
                                 desk.service_id, "Finance closes the books.")]
    assert page.model.index(0, 3).data() == saved[0].service.label  # type: ignore[union-attr]

    # Enter opens the selected one; made desk-wide and renamed
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, page, FreezeDialog)
    assert isinstance(dialog, FreezeDialog) and dialog.name.text() == "Quarter-end freeze"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Q1 close")
    dialog.service.setCurrentIndex(0)
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: _texts(page) == ["Q1 close"], timeout=WAIT)
    assert page.model.index(0, 3).data() == "Whole desk"
    (f,) = ctx.services.change_plan.freezes(start, start + timedelta(days=1))
    assert f.service is None and f.id == saved[0].id

    # Remove asks first, naming the window; No keeps it, Yes removes it
    qtbot.mouseClick(page.remove_button, LEFT)
    assert "'Q1 close'" in _answer(qtbot, page, yes=False)
    assert len(ctx.services.change_plan.freezes(start, start + timedelta(days=1))) == 1
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "'Q1 close'" in _answer(qtbot, page, yes=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT)
    assert not ctx.services.change_plan.freezes(start, start + timedelta(days=1))
    assert not page.remove_button.isEnabled()


def test_ended_freezes_show_on_request(qtbot: QtBot, ctx: UiContext) -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    plan_service = ctx.services.change_plan
    plan_service.save_freeze("Last year", now - timedelta(days=400), now - timedelta(days=390))
    plan_service.save_freeze("Next month", now + timedelta(days=30), now + timedelta(days=33))
    _view, plan = _open(qtbot, ctx)
    page = plan.freezes
    qtbot.waitUntil(lambda: _texts(page) == ["Next month"], timeout=WAIT)
    qtbot.mouseClick(page.show_ended, LEFT, pos=QPoint(8, page.show_ended.height() // 2))
    qtbot.waitUntil(lambda: _texts(page) == ["Last year", "Next month"], timeout=WAIT)
    ctx.runner.wait_idle()


def test_releases_are_added_with_a_status_and_edited(
        qtbot: QtBot, shown: tuple[TransitionView, ChangePlanView], ctx: UiContext) -> None:
    _view, plan = shown
    page = plan.releases
    _tab(qtbot, plan, page)
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = _dialog(qtbot, page, ReleaseDialog)
    assert isinstance(dialog, ReleaseDialog)
    assert dialog.status.currentData() == "planned"
    qtbot.mouseClick(dialog.save_button, LEFT)  # no name
    qtbot.waitUntil(lambda: dialog.errors["name"].isVisible(), timeout=WAIT)
    assert "Name the release" in dialog.errors["name"].text()
    assert ctx.services.change_plan.releases() == []
    qtbot.keyClicks(dialog.name, "Spring 2031")
    qtbot.keyClicks(dialog.description, "Core network refresh.")
    start = datetime(2031, 4, 5, 20, 0, tzinfo=UTC)
    set_time(dialog.starts, start)
    set_time(dialog.ends, start + timedelta(hours=6))
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: _texts(page) == ["Spring 2031"], timeout=WAIT)
    assert page.model.index(0, 1).data() == "Planned"
    (release,) = ctx.services.change_plan.releases()
    assert (release.target_start, release.target_end, release.description) == (
        start, start + timedelta(hours=6), "Core network refresh.")
    qtbot.waitUntil(lambda: page.changes_label.text().startswith("Spring 2031: 0 change"),
                    timeout=WAIT)  # the selected release's changes

    # double-click: in progress, no target window any more
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())  # a real one starts so
    qtbot.mouseDClick(page.table.viewport(), LEFT, pos=rect.center())
    dialog = _dialog(qtbot, page, ReleaseDialog)
    assert isinstance(dialog, ReleaseDialog) and dialog.name.text() == "Spring 2031"
    dialog.status.setCurrentIndex(index_of(dialog.status, "in_progress"))
    qtbot.mouseClick(dialog.has_window, LEFT, pos=QPoint(8, dialog.has_window.height() // 2))
    assert not dialog.starts.isEnabled()
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: page.model.index(0, 1).data() == "In Progress", timeout=WAIT)
    (release,) = ctx.services.change_plan.releases()
    assert release.status == "in_progress" and release.target_start is None


def test_standard_changes_edit_against_a_newer_version_retire_and_return(
        qtbot: QtBot, shown: tuple[TransitionView, ChangePlanView], ctx: UiContext,
        desk: Desk) -> None:
    _view, plan = shown
    page = plan.standards
    _tab(qtbot, plan, page)
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = _dialog(qtbot, page, TemplateDialog)
    assert isinstance(dialog, TemplateDialog)
    qtbot.keyClicks(dialog.name, "Restart the print spooler")
    dialog.service.setCurrentIndex(index_of(dialog.service, desk.service_id))
    dialog.duration.setValue(30)
    qtbot.keyClicks(dialog.implementation, "Stop and start the spooler service.")
    qtbot.keyClicks(dialog.backout, "Start it again.")
    qtbot.mouseClick(dialog.save_button, LEFT)  # no test plan yet
    qtbot.waitUntil(lambda: dialog.errors["test_plan"].isVisible(), timeout=WAIT)
    assert ctx.services.change_plan.templates() == []
    qtbot.keyClicks(dialog.test, "Print a test page.")
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: _texts(page) == ["Restart the print spooler"], timeout=WAIT)
    (template,) = ctx.services.change_plan.templates()
    assert (template.duration_minutes, template.test_plan, template.service.id) == (  # type: ignore[union-attr]
        30, "Print a test page.", desk.service_id)

    # someone else saves while the dialog is open: nothing saved, their version is shown
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, page, TemplateDialog)
    assert isinstance(dialog, TemplateDialog)
    ctx.services.change_plan.save_template(TemplateDraft(
        template.name, "Theirs.", template.backout_plan, template.test_plan, 45),
        template.id, template.version)
    dialog.duration.setValue(20)
    qtbot.mouseClick(dialog.save_button, LEFT)
    qtbot.waitUntil(lambda: "their version is shown" in dialog.message.text(), timeout=WAIT)
    assert "someone else saved this meanwhile" in dialog.message.text()
    assert dialog.duration.value() == 45 and dialog.implementation.toPlainText() == "Theirs."
    (theirs,) = ctx.services.change_plan.templates()
    assert theirs.duration_minutes == 45 and theirs.implementation_plan == "Theirs."
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)

    # retire asks first and names it; the list hides it until Show retired
    qtbot.mouseClick(page.retire_button, LEFT)
    assert "'Restart the print spooler'" in _answer(qtbot, page, yes=True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT)
    assert ctx.services.change_plan.templates() == []
    qtbot.mouseClick(page.show_retired, LEFT, pos=QPoint(8, page.show_retired.height() // 2))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert page.model.index(0, 3).data() == "Retired, not offered"
    assert page.retire_button.text() == "Unret&ire…"
    qtbot.mouseClick(page.retire_button, LEFT)
    assert "again" in _answer(qtbot, page, yes=True)
    qtbot.waitUntil(lambda: page.model.index(0, 3).data() == "Offered", timeout=WAIT)
    assert [t.name for t in ctx.services.change_plan.templates()] == ["Restart the print spooler"]


def test_cab_rules_name_staff_and_teams_per_stage_and_are_removed_after_asking(
        qtbot: QtBot, shown: tuple[TransitionView, ChangePlanView], ctx: UiContext,
        desk: Desk, database: Database) -> None:
    _view, plan = shown
    ensure_staff(database.uow, "cab.chair", "Chris Chair", ("agent",))
    ctx.services.change_plan.set_approval_rule("normal", None, ApprovalRule((StageRule(
        (ApproverSpec(ApproverKind.TEAM, desk.team_id),), Policy.ANY),)))
    page = plan.cab
    _tab(qtbot, plan, page)
    plan.reload()  # the new staff member and rule (as the bus would after another window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and "Chris Chair" in page.names.staff
                    .values(), timeout=WAIT)
    assert page.model.index(0, 1).data() == "Any level"
    assert "Team Service Desk" in page.model.index(0, 2).data()

    qtbot.mouseClick(page.new_button, LEFT)
    dialog = _dialog(qtbot, page, CabRuleDialog)
    assert isinstance(dialog, CabRuleDialog)
    # it opens on a type and level without a rule: saving as it is replaces nothing
    assert (dialog.change_type.currentData(), dialog.risk.currentData()) != ("normal", None)
    assert not dialog.replaces.isVisible()
    dialog.change_type.setCurrentIndex(index_of(dialog.change_type, "normal"))
    dialog.risk.setCurrentIndex(index_of(dialog.risk, None))
    assert dialog.replaces.isVisible() and "replaces" in dialog.replaces.text()
    dialog.change_type.setCurrentIndex(index_of(dialog.change_type, "emergency"))
    dialog.risk.setCurrentIndex(index_of(dialog.risk, "high"))
    assert not dialog.replaces.isVisible()
    qtbot.mouseClick(dialog.save_button, LEFT)  # a stage naming nobody is refused
    qtbot.waitUntil(lambda: dialog.errors["stages"].isVisible(), timeout=WAIT)
    assert "names no approver" in dialog.errors["stages"].text()
    dialog.who.setCurrentIndex(dialog.who.findText("Chris Chair"))
    qtbot.mouseClick(dialog.add_who, LEFT)
    dialog.who.setCurrentIndex(dialog.who.findText("Morgan Member"))
    qtbot.mouseClick(dialog.add_who, LEFT)
    dialog.policy.setCurrentIndex(index_of(dialog.policy, "all"))
    qtbot.mouseClick(dialog.add_stage, LEFT)
    assert dialog.stage_list.count() == 2 and dialog.stage_list.currentRow() == 1
    dialog.who.setCurrentIndex(dialog.who.findText("Team Network"))
    qtbot.mouseClick(dialog.add_who, LEFT)
    dialog.policy.setCurrentIndex(index_of(dialog.policy, "majority"))
    assert "Team Network" in dialog.stage_list.item(1).text()
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=WAIT)
    rule = next(r for r in ctx.services.change_plan.approval_rules()
                if r.change_type == "emergency")
    chair = next(k for k, v in page.names.staff.items() if v == "Chris Chair")
    assert rule.risk_level == "high"
    assert ApprovalRule.from_json(rule.rule) == ApprovalRule((
        StageRule((ApproverSpec(ApproverKind.STAFF, chair),
                   ApproverSpec(ApproverKind.STAFF, desk.member_id)), Policy.ALL),
        StageRule((ApproverSpec(ApproverKind.TEAM, desk.other_team_id),), Policy.MAJORITY)))
    row = page.model.row_of(rule.id)
    assert page.table.selectionModel().selectedRows()[0].row() == row
    assert "Chris Chair" in page.model.index(row, 2).data()

    # edit keeps the type and level; removing the only approver of stage 2 then deleting it
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, page, CabRuleDialog)
    assert isinstance(dialog, CabRuleDialog)
    assert not dialog.change_type.isEnabled() and not dialog.risk.isEnabled()
    dialog.stage_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_stage, LEFT)
    assert dialog.stage_list.count() == 1
    _save(qtbot, page, dialog)
    qtbot.waitUntil(lambda: "Network" not in page.model.index(page.model.row_of(rule.id), 2)
                    .data(), timeout=WAIT)

    qtbot.mouseClick(page.remove_button, LEFT)
    text = _answer(qtbot, page, yes=True)
    assert "Emergency changes, high" in text
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    assert [r.change_type for r in ctx.services.change_plan.approval_rules()] == ["normal"]


def _edit_first(qtbot: QtBot, plan: ChangePlanView, page: PlanPage,  # type: ignore[type-arg]
                kind: type) -> object:
    """Open the page's first record with Enter, as a change manager would."""
    _tab(qtbot, plan, page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _dialog(qtbot, page, kind)
    assert isinstance(dialog, kind)
    return dialog


def _theirs_shown(qtbot: QtBot, dialog: object) -> None:
    qtbot.mouseClick(dialog.save_button, LEFT)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "their version is shown" in dialog.message.text(),  # type: ignore[attr-defined]
                    timeout=WAIT)
    assert dialog.isVisible()  # type: ignore[attr-defined]


def test_a_save_someone_else_made_meanwhile_is_shown_in_the_dialog(
        qtbot: QtBot, shown: tuple[TransitionView, ChangePlanView], ctx: UiContext,
        desk: Desk) -> None:
    """Freeze windows, releases and CAB rules: the older save is refused, the dialog shows
    their version and says so; saving again then builds on theirs."""
    _view, plan = shown
    service = ctx.services.change_plan
    start = datetime(2031, 12, 20, tzinfo=UTC)
    freeze = service.save_freeze("Year-end freeze", start, start + timedelta(days=14))
    release = service.save_release("Spring 2031", start, start + timedelta(hours=6))
    first = ApprovalRule((StageRule((ApproverSpec(ApproverKind.TEAM, desk.team_id),),
                                    Policy.ANY),))
    rule = service.set_approval_rule("normal", None, first)
    plan.reload()

    page = plan.freezes
    dialog = _edit_first(qtbot, plan, page, FreezeDialog)
    assert isinstance(dialog, FreezeDialog)
    service.save_freeze("Year-end freeze", start, start + timedelta(days=16),
                        desk.service_id, "Longer this year.", freeze_id=freeze.id,
                        expected_version=freeze.version)
    dialog.name.setText("Holiday freeze")
    _theirs_shown(qtbot, dialog)
    assert dialog.name.text() == "Year-end freeze"
    assert dialog.reason.toPlainText() == "Longer this year."
    assert dialog.service.currentData() == desk.service_id
    assert [f.name for f in service.freezes(start, start + timedelta(days=1))] == [
        "Year-end freeze"]
    dialog.name.setText("Holiday freeze")  # again, on their version: saved
    _save(qtbot, page, dialog)
    (saved,) = service.freezes(start, start + timedelta(days=1))
    assert (saved.name, saved.reason) == ("Holiday freeze", "Longer this year.")

    page = plan.releases
    dialog = _edit_first(qtbot, plan, page, ReleaseDialog)
    assert isinstance(dialog, ReleaseDialog)
    service.save_release("Spring 2031", None, None, "in_progress", "Core network.",
                         release_id=release.id, expected_version=release.version)
    dialog.description.setPlainText("Mine.")
    _theirs_shown(qtbot, dialog)
    assert dialog.status.currentData() == "in_progress"
    assert dialog.description.toPlainText() == "Core network."
    assert not dialog.has_window.isChecked()
    assert service.releases()[0].description == "Core network."
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)

    page = plan.cab
    dialog = _edit_first(qtbot, plan, page, CabRuleDialog)
    assert isinstance(dialog, CabRuleDialog)
    other = ApprovalRule((StageRule((ApproverSpec(ApproverKind.TEAM, desk.other_team_id),),
                                    Policy.MAJORITY),))
    service.set_approval_rule("normal", None, other, rule.version)
    dialog.policy.setCurrentIndex(index_of(dialog.policy, "all"))
    _theirs_shown(qtbot, dialog)
    assert "Team Network" in dialog.stage_list.item(0).text()
    assert dialog.policy.currentData() == "majority"
    (stored,) = service.approval_rules()
    assert ApprovalRule.from_json(stored.rule) == other
    _save(qtbot, page, dialog)  # their rule, saved again as shown
    (stored,) = service.approval_rules()
    assert ApprovalRule.from_json(stored.rule) == other and stored.version > rule.version + 1


def test_a_release_is_deleted_after_asking_and_named_changes_keep_it(
        qtbot: QtBot, shown: tuple[TransitionView, ChangePlanView], ctx: UiContext,
        desk: Desk) -> None:
    _view, plan = shown
    service = ctx.services.change_plan
    start = datetime(2031, 4, 5, 20, 0, tzinfo=UTC)
    busy = service.save_release("Busy release", start, start + timedelta(hours=6))
    service.save_release("Empty release", start + timedelta(days=7),
                         start + timedelta(days=7, hours=6))
    numbers = [ctx.services.changes.create({"change_type": "normal", "title": f"Switch {n}",
                                            "ci_id": desk.ci_id, "release_id": busy.id}).number
               for n in (1, 2)]
    page = plan.releases
    _tab(qtbot, plan, page)
    plan.reload()
    qtbot.waitUntil(lambda: _texts(page) == ["Busy release", "Empty release"], timeout=WAIT)
    page.table.selectRow(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # Delete on the list: named, not deleted
    qtbot.waitUntil(lambda: page.question is not None and page.question.isVisible(),
                    timeout=WAIT)
    box = page.question
    assert isinstance(box, QMessageBox) and box.objectName() == "releasesInUse"
    assert "'Busy release' still holds 2 changes (" in box.text()
    assert all(n in box.text() for n in numbers)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: page.question is None, timeout=WAIT)
    assert len(service.releases()) == 2

    # the empty one: asked first, Cancel is the default and keeps it
    page.table.selectRow(1)
    assert page.delete_button.isEnabled() and page.delete_button.text() == "&Delete…"
    for answer in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes):
        qtbot.mouseClick(page.delete_button, LEFT)
        qtbot.waitUntil(lambda: page.question is not None and page.question.isVisible(),
                        timeout=WAIT)
        box = page.question
        assert isinstance(box, QMessageBox)
        assert "Delete the release 'Empty release'? No change belongs to it" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        qtbot.mouseClick(box.button(answer), LEFT)
        qtbot.waitUntil(lambda: page.question is None, timeout=WAIT)
        if answer is QMessageBox.StandardButton.Cancel:
            assert len(service.releases()) == 2
    qtbot.waitUntil(lambda: _texts(page) == ["Busy release"], timeout=WAIT)
    assert [r.name for r in service.releases()] == ["Busy release"]


def test_others_see_the_plan_read_only_with_the_reason(
        qtbot: QtBot, database: Database, desk: Desk, qapp: QApplication,
        settings_dir: Path) -> None:
    admin = make_context(database, qapp)
    admin.services.change_plan.save_freeze(
        "Board meeting", datetime(2031, 5, 1, 8, tzinfo=UTC), datetime(2031, 5, 1, 18,
                                                                       tzinfo=UTC))
    agent = ensure_staff(database.uow, "plain.agent", "Plain Agent", ("agent",))
    ctx = UiContext(database, Services.build(database.uow, agent), Runner(qapp))
    view, plan = _open(qtbot, ctx)
    page = plan.freezes
    qtbot.waitUntil(lambda: _texts(page) == ["Board meeting"], timeout=WAIT)
    assert plan.note.isVisible() and "change templates, CAB rules" in plan.note.text()
    for p in plan.pages:
        assert not p.new_button.isEnabled()
        assert "change templates, CAB rules" in p.new_button.toolTip()
    assert not page.remove_button.isEnabled() and page.remove_button.toolTip()
    assert not plan.standards.retire_button.isEnabled()
    assert not view.supports_new()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # still opens, read-only
    dialog = _dialog(qtbot, page, FreezeDialog)
    assert isinstance(dialog, FreezeDialog)
    assert dialog.read_only and dialog.name.isReadOnly() and not dialog.service.isEnabled()
    assert not dialog.save_button.isEnabled() and dialog.save_button.toolTip()
    qtbot.mouseClick(dialog.cancel_button, LEFT)
    qtbot.waitUntil(lambda: page.dialog is None, timeout=WAIT)
    ctx.runner.wait_idle()
    admin.runner.wait_idle()


def test_column_widths_and_the_page_are_remembered(qtbot: QtBot, ctx: UiContext) -> None:
    view, plan = _open(qtbot, ctx)
    _tab(qtbot, plan, plan.cab)
    plan.freezes.table.horizontalHeader().resizeSection(0, 233)
    plan.cab.table.horizontalHeader().resizeSection(1, 177)
    settings = QSettings()
    view.save_state(settings)
    ctx.runner.wait_idle()
    again = TransitionView(ctx)
    qtbot.addWidget(again)
    again.restore_state(QSettings())
    assert again.plan.freezes.table.horizontalHeader().sectionSize(0) == 233
    assert again.plan.cab.table.horizontalHeader().sectionSize(1) == 177
    assert again.plan.tabs.currentWidget() is again.plan.cab
    ctx.runner.wait_idle()


def test_keys_new_from_the_area_and_no_repeated_or_menu_letters(
        qtbot: QtBot, shown: tuple[TransitionView, ChangePlanView]) -> None:
    view, plan = shown
    menu = {"f", "g", "v", "h"}
    for page in plan.pages:
        plan.tabs.setCurrentWidget(page)
        letters: dict[str, list[str]] = {}
        for letter, text in _mnemonics(view, visible_only=True):
            letters.setdefault(letter, []).append(text)
        assert not [v for v in letters.values() if len(v) > 1], letters
        assert not menu & set(letters), letters
    # Alt+Z brings the freeze windows; Ctrl+N (the area's New) opens a new one there
    qtbot.keyClick(view, Qt.Key.Key_Z, ALT)
    assert plan.tabs.currentWidget() is plan.freezes
    assert view.supports_new()
    view.new_record()
    dialog = _dialog(qtbot, plan.freezes, FreezeDialog)
    assert isinstance(dialog, FreezeDialog) and not dialog.read_only
    letters = _letters(dialog)
    assert not [v for v in letters.values() if len(v) > 1], letters
    QTimer.singleShot(0, dialog.reject)
    qtbot.waitUntil(lambda: plan.freezes.dialog is None, timeout=WAIT)
    for page in plan.pages[1:]:
        plan.tabs.setCurrentWidget(page)
        page.new_record()
        other = _dialog(qtbot, page, QDialog)
        assert isinstance(other, QDialog)
        letters = _letters(other)
        assert not [v for v in letters.values() if len(v) > 1], letters
        other.reject()
        qtbot.waitUntil(lambda p=page: p.dialog is None, timeout=WAIT)  # type: ignore[misc]


def _letters(root: QWidget) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = {}
    for letter, text in _mnemonics(root, visible_only=True):
        letters.setdefault(letter, []).append(text)
    return letters


def test_in_german_each_page_and_dialog_has_its_own_letters(
        qtbot: QtBot, qapp: QApplication, ctx: UiContext) -> None:
    """Alt+D/G/A/H open Datei, Gehe zu, Ansicht and Hilfe; no page takes them or repeats."""
    before = QLocale()
    installed = install_translations(qapp, "de")
    try:
        view, plan = _open(qtbot, ctx)
        assert plan.tabs.tabText(0) == "Sperr&zeiten"
        for page in plan.pages:
            plan.tabs.setCurrentWidget(page)
            letters = _letters(view)
            assert not [v for v in letters.values() if len(v) > 1], letters
            assert not {"d", "g", "a", "h"} & set(letters), letters
            page.new_record()
            dialog = _dialog(qtbot, page, QDialog)
            assert isinstance(dialog, QDialog)
            letters = _letters(dialog)
            assert not [v for v in letters.values() if len(v) > 1], letters
            dialog.reject()
            qtbot.waitUntil(lambda p=page: p.dialog is None, timeout=WAIT)  # type: ignore[misc]
        ctx.runner.wait_idle()
    finally:
        for translator in installed:  # later tests read English, with English numbers
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
        messages.install(None)
