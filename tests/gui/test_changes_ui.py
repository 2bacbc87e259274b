"""Changes driven as a change manager would: raise a normal change (Ctrl+Shift+C), type its
plans, plan its window, answer the risk questions, ask the CAB, get a majority from My
approvals, implement, review and close."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QStyle, QStyleOptionButton
from pytestqt.qtbot import QtBot

from deskapp.db.models import Team, TeamMember
from deskapp.domain.approvals import ApprovalRule, ApproverKind, ApproverSpec, Policy, StageRule
from deskapp.runtime import Database
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.operation.view import OperationView
from deskapp.ui.transition.change_panel import ChangePanel
from deskapp.ui.work_items.form_shell import WorkItemForm
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
WAIT = 10_000
START = datetime(2031, 3, 4, 19, 0, tzinfo=UTC)


def _cab(db: Database) -> tuple[uuid.UUID, list[Services]]:
    members = [ensure_staff(db.uow, f"cab{n}", f"Cab Member {n}", ("agent",)) for n in (1, 2, 3)]
    with db.uow() as uow:
        team = Team(name="Change Advisory Board")
        uow.session.add(team)
        uow.session.flush()
        uow.session.add_all(TeamMember(team_id=team.id, staff_id=m.staff_id) for m in members)
        uow.commit()
        team_id = team.id
    return team_id, [Services.build(db.uow, m) for m in members]


def _set(edit: object, when: datetime) -> None:
    edit.setDateTime(QDateTime(when.astimezone()))  # type: ignore[attr-defined]


def test_normal_change_from_raise_to_review(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                            desk: Desk, sqlite_database: Database) -> None:
    team_id, (one, two, _three) = _cab(sqlite_database)
    ctx.services.change_plan.set_approval_rule("normal", None, ApprovalRule((StageRule(
        (ApproverSpec(ApproverKind.TEAM, team_id),), Policy.MAJORITY),)))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, CTRL | SHIFT)
    qtbot.waitUntil(lambda: isinstance(view.current_editor(), WorkItemForm)
                    and view.current_editor().decl.key == "change", timeout=WAIT)
    editor = view.current_editor()
    assert editor is not None
    qtbot.waitUntil(editor.is_ready, timeout=WAIT)
    panel = editor.panel
    assert isinstance(panel, ChangePanel)
    assert panel.change_type.currentData() == "normal"
    qtbot.keyClicks(panel.title, "Replace the core switch firmware")
    qtbot.keyClicks(panel.reason, "Vendor advisory: the current firmware drops VLANs.")
    qtbot.keyClicks(panel.implementation_plan, "Upload, stage, reboot switch A then B.")
    qtbot.keyClicks(panel.backout_plan, "Boot the previous image from flash.")
    qtbot.keyClicks(panel.test_plan, "Ping every VLAN gateway; check the uplinks.")
    panel.service.setCurrentIndex(_index(panel.service, desk.service_id))
    qtbot.waitUntil(lambda: _index(panel.ci, desk.ci_id) >= 0, timeout=WAIT)
    panel.ci.setCurrentIndex(_index(panel.ci, desk.ci_id))
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.keyClick(panel.title, Qt.Key.Key_S, CTRL)
    change = editor.dto
    assert change.number.startswith("CHG-") and change.status == "new"

    # Assess; asking the CAB before the window and the risk is refused with the sentence
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.mouseClick(editor.lifecycle.buttons["assess"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.lifecycle.buttons["authorise"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Plan the window" in editor.notice.text(), timeout=WAIT)
    assert ctx.services.changes.get(change.id).status == "assess"

    qtbot.mouseClick(panel.has_window, Qt.MouseButton.LeftButton,
                     pos=_indicator(panel.has_window))
    assert panel.has_window.isChecked()
    assert "Plan the window" in panel.conflicts.summary.text()
    # another change already holds mail-01 that evening: the conflict shows as the window is set
    other = ctx.services.changes.create({
        "change_type": "normal", "title": "Mail-01 disk swap", "ci_id": desk.ci_id,
        "planned_start": START + timedelta(hours=1), "planned_end": START + timedelta(hours=3)})
    _set(panel.planned_start, START)
    _set(panel.planned_end, START + timedelta(hours=2))
    qtbot.waitUntil(lambda: panel.conflicts.list.count() == 1, timeout=WAIT)
    assert other.number in panel.conflicts.list.item(0).text()
    assert "same CI" in panel.conflicts.list.item(0).text()
    for key, answer in (("users", "department"), ("critical", "yes"), ("backout", "minutes"),
                        ("tested", "fully"), ("experience", "often")):
        box = panel.risk.questions[key]
        box.setCurrentIndex(box.findData(answer))
    assert "8 of 16" in panel.risk.score.text() or "4 of 16" in panel.risk.score.text()
    assert "business-critical" in panel.risk.reasons.text()
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.keyClick(panel.title, Qt.Key.Key_S, CTRL)
    qtbot.mouseClick(editor.lifecycle.buttons["authorise"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "collides with" in editor.notice.text(), timeout=WAIT)
    assert ctx.services.changes.get(change.id).status == "assess"
    # accept it with a justification: select it, Accept…, say why
    qtbot.waitUntil(lambda: panel.conflicts.list.count() == 1, timeout=WAIT)
    panel.conflicts.list.setCurrentRow(0)
    assert panel.conflicts.accept_button.isEnabled()
    qtbot.mouseClick(panel.conflicts.accept_button, Qt.MouseButton.LeftButton)
    dialog = panel.conflicts.accept_dialog
    assert dialog is not None
    dialog.setTextValue("Different disks; the swap does not touch the switch uplinks.")
    with qtbot.waitSignal(panel.conflicts.accepted, timeout=WAIT):
        dialog.accept()
    qtbot.waitUntil(lambda: panel.conflicts.list.count() == 1
                    and panel.conflicts.list.item(0).text().startswith("✓"), timeout=WAIT)
    qtbot.waitUntil(editor.is_ready, timeout=WAIT)
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.mouseClick(editor.lifecycle.buttons["authorise"], Qt.MouseButton.LeftButton)
    assert editor.dto.status == "authorise" and editor.dto.awaiting_approval

    # two of the three CAB members approve from My approvals: a majority
    for member in (one, two):
        line = next(m for m in member.approvals.my_approvals() if m.item_id == change.id)
        member.approvals.decide(line.id, True, "OK")
    editor.reload()
    qtbot.waitUntil(lambda: editor.dto.status == "scheduled", timeout=WAIT)

    assignee = panel.assignee
    panel.team.setCurrentIndex(_index(panel.team, desk.team_id))
    qtbot.waitUntil(lambda: _index(assignee, desk.member_id) >= 0, timeout=WAIT)
    assignee.setCurrentIndex(_index(assignee, desk.member_id))
    qtbot.mouseClick(editor.lifecycle.buttons["implement"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dto.status == "implement", timeout=WAIT)
    assert editor.dto.assignee is not None and editor.dto.assignee.id == desk.member_id
    with qtbot.waitSignal(editor.saved, timeout=WAIT):
        qtbot.mouseClick(editor.lifecycle.buttons["review"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.review.isVisible, timeout=WAIT)
    panel.review_outcome.setCurrentIndex(panel.review_outcome.findData("failed"))
    qtbot.mouseClick(editor.lifecycle.buttons["close"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "lessons learned" in editor.notice.text().lower(), timeout=WAIT)
    assert ctx.services.changes.get(change.id).status == "review"
    qtbot.keyClicks(panel.review_notes, "Switch B needed a second reboot; add it to the plan.")
    qtbot.mouseClick(editor.lifecycle.buttons["close"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.dto.status == "closed", timeout=WAIT)
    assert ctx.services.changes.get(change.id).review_outcome == "failed"



def _indicator(box: QCheckBox) -> QPoint:
    """The middle of a check box's indicator (a click on its label's middle misses it)."""
    option = QStyleOptionButton()
    box.initStyleOption(option)
    return box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option,
                                      box).center()


def _index(box: QComboBox, value: object) -> int:
    """The row holding ``value`` (ids are compared by value, which findData does not do)."""
    return next((i for i in range(box.count()) if box.itemData(i) == value), -1)


def test_change_calendar_shows_changes_and_freezes_and_the_conflicts_of_one(
        qtbot: QtBot, ctx: UiContext, desk: Desk) -> None:
    from deskapp.services.change_plan import TemplateDraft
    from deskapp.ui.transition.view import TransitionView

    template = ctx.services.change_plan.save_template(TemplateDraft(
        "Restart a service", "Restart it.", "Nothing to undo.", "It answers."))
    first = ctx.services.changes.create({
        "change_type": "standard", "template_id": template.id, "title": "Restart mail",
        "ci_id": desk.ci_id, "planned_start": START, "planned_end": START + timedelta(hours=1)})
    second = ctx.services.changes.create({
        "change_type": "normal", "title": "Mail-01 RAM", "ci_id": desk.ci_id,
        "planned_start": START + timedelta(minutes=30),
        "planned_end": START + timedelta(hours=2)})
    ctx.services.change_plan.save_freeze("Quarter close", START + timedelta(days=1),
                                         START + timedelta(days=2))
    view = TransitionView(ctx)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.show()
    qtbot.waitExposed(view)
    calendar = view.show_calendar()
    calendar.show_date(START.astimezone().date(), "week")
    grid = calendar.grid
    qtbot.waitUntil(lambda: grid.data is not None and len(grid.data.changes) == 2,
                    timeout=WAIT)
    assert [f.name for f in grid.data.freezes] == ["Quarter close"]
    assert calendar.freeze_list.count() == 1
    grid.repaint()
    hit = next(h for h in grid._hits if h.entry.id == first.id)
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=hit.rect.center())
    qtbot.waitUntil(lambda: calendar.conflicts.list.count() == 1, timeout=WAIT)
    assert second.number in calendar.conflicts.list.item(0).text()
    opened: list[object] = []
    view.open_item_requested.connect(lambda item, kind: opened.append((item, kind)))
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert opened == [(first.id, "change")]
    calendar.show_date(START.astimezone().date(), "month")
    qtbot.waitUntil(lambda: grid.mode == "month" and grid.days == 42, timeout=WAIT)
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: grid.data is not None and not grid.data.changes, timeout=WAIT)
