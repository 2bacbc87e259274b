"""Access in Service Operation (Ctrl+Alt+A): an access request typed into the dialog and worked
to a grant in its form; a review answered in My approvals that revokes one grant; a leaver whose
one request revokes everything by a task per system owner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from deskapp.domain.access import ReviewerRole
from deskapp.runtime import Database
from deskapp.services.access import EntitlementDraft, SystemDraft
from deskapp.services.access_requests import GrantRequestDraft
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.operation.access_dialogs import (
    GrantRequestDialog,
    LeaverDialog,
    ReviewAnswerDialog,
)
from deskapp.ui.operation.view import OperationView
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000


def _ok(dialog: QWidget) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def _systems(ctx: UiContext, desk: Desk) -> tuple[object, object, object]:
    access = ctx.services.access
    crm = access.save_system(SystemDraft("CRM", "Sales CRM", None, None, desk.team_id))
    sales = access.save_entitlement(EntitlementDraft(crm.id, "Sales user", "licence", "",
                                                     False))
    return crm, sales, access


def _grant(ctx: UiContext, person: object, entitlement: object) -> None:
    requests = ctx.services.access_requests
    raised = requests.request_grant(GrantRequestDraft(person, entitlement))  # type: ignore[arg-type]
    requests.transition(raised.id, raised.version, "closed")


def test_an_access_request_through_to_a_grant(qtbot: QtBot, view: OperationView,
                                              ctx: UiContext, desk: Desk) -> None:
    _crm, sales, access = _systems(ctx, desk)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    assert view.top.currentWidget() is view.access
    dialog = view.access.request_access()
    assert isinstance(dialog, GrantRequestDialog)
    qtbot.waitUntil(lambda: dialog.entitlement.count() == 1, timeout=WAIT)
    # nobody picked: the service's sentence, nothing saved
    _ok(dialog)
    qtbot.waitUntil(dialog.message.isVisible, timeout=WAIT)
    assert dialog.message.text() == "Pick the person who needs the access."
    qtbot.keyClicks(dialog.person.find, "Casey")
    dialog.person.search_now()
    qtbot.waitUntil(lambda: dialog.person.choice.count() == 2, timeout=WAIT)
    qtbot.keyClicks(dialog.reason, "Joins the sales team")
    _ok(dialog)
    qtbot.waitUntil(lambda: (e := view.current_editor()) is not None
                    and e.decl.key == "access_request" and e.dto is not None, timeout=WAIT)
    form = view.current_editor()
    assert form is not None and form.dto is not None
    assert form.dto.number.startswith("ACC-") and form.dto.status == "new"
    qtbot.waitUntil(lambda: form.panel.access_form.rowCount() >= 3, timeout=WAIT)
    with qtbot.waitSignal(form.saved, timeout=WAIT):
        qtbot.mouseClick(form.lifecycle.buttons["close"], Qt.MouseButton.LeftButton)
    assert form.dto.status == "closed"
    [grant] = access.grants_of_person(desk.caller_id)
    assert grant.entitlement.id == sales.id and grant.request_number == form.dto.number
    # who has what, for the person
    view.show_access()
    page = view.access
    page.tabs.setCurrentWidget(page.holders)
    qtbot.keyClicks(page.person.find, "Casey")
    page.person.search_now()
    qtbot.waitUntil(lambda: page.holders.model.rowCount() == 1, timeout=WAIT)
    assert page.holders.model.index(0, 2).data() == "Sales user"
    assert page.holders.model.index(0, 6).data() == form.dto.number
    qtbot.waitUntil(lambda: "Granted" in page.holders.history.toPlainText(), timeout=WAIT)
    # a grant found in the system, with no request: flagged on the Unrequested tab
    found = access.add_unrequested_grant(desk.caller_id, _second(access, desk), "found")
    page.tabs.setCurrentWidget(page.unrequested)
    qtbot.waitUntil(lambda: page.unrequested.model.rowCount() == 1, timeout=WAIT)
    flag = page.unrequested.model.index(0, 6)
    assert flag.data() == "⚑ none (found)"
    assert flag.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "No request stands behind" in flag.data(Qt.ItemDataRole.ToolTipRole)
    assert found.unrequested


def _second(access: object, desk: Desk) -> object:
    erp = access.save_system(SystemDraft("ERP", "", None, None, desk.team_id))  # type: ignore[attr-defined]
    return access.save_entitlement(EntitlementDraft(erp.id, "Clerk", "role", "", False)).id  # type: ignore[attr-defined]


def test_a_review_answered_in_my_approvals_revokes_one_grant(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk,
        sqlite_database: Database) -> None:
    crm, sales, access = _systems(ctx, desk)
    # the signed-in person owns the CRM: the review lines come to their My approvals
    access.save_system(SystemDraft("CRM", "Sales CRM", None, ctx.services.actor.staff_id,
                                   desk.team_id), crm.id)  # type: ignore[attr-defined]
    _grant(ctx, desk.caller_id, sales.id)  # type: ignore[attr-defined]
    with sqlite_database.uow() as uow:
        from deskapp.db.models import Person

        other = Person(full_name="Robin Second")
        uow.session.add(other)
        uow.commit()
        other_id = other.id
    _grant(ctx, other_id, sales.id)  # type: ignore[attr-defined]
    supervisor = ensure_staff(sqlite_database.uow, "sue", "Sue Supervisor", roles=("supervisor",))
    review = Services.build(sqlite_database.uow, supervisor).access_reviews.start(
        system_id=crm.id, prefer=ReviewerRole.OWNER)  # type: ignore[attr-defined]
    view.show_approvals()
    lines = view.approvals.review_lines
    qtbot.waitUntil(lambda: lines.model.rowCount() == 2, timeout=WAIT)
    assert lines.isVisible()
    row = next(r for r in range(2) if lines.model.index(r, 0).data() == "Robin Second")
    lines.table.selectRow(row)
    dialog = lines.answer()
    assert isinstance(dialog, ReviewAnswerDialog)
    dialog.revoke.click()  # the radio button as a keyboard or mouse user toggles it
    _ok(dialog)  # no reason: refused with a sentence, nothing saved
    qtbot.waitUntil(dialog.message.isVisible, timeout=WAIT)
    assert "Say why" in dialog.message.text()
    qtbot.keyClicks(dialog.comment, "Moved to finance")
    _ok(dialog)
    qtbot.waitUntil(lambda: lines.model.rowCount() == 1, timeout=WAIT)
    after = ctx.services.access_reviews.review(review.id)
    assert (after.progress.revoked, after.progress.pending) == (1, 1)
    revoked = next(x for x in after.lines if x.person == "Robin Second")
    assert revoked.revocation_number is not None
    assert access.grants_of_person(other_id)[0].revocation_number == revoked.revocation_number


def test_a_leaver_revokes_everything(qtbot: QtBot, view: OperationView, ctx: UiContext,
                                     desk: Desk) -> None:
    crm, sales, access = _systems(ctx, desk)
    erp = access.save_system(SystemDraft("ERP", "", None, ctx.services.actor.staff_id,
                                         desk.other_team_id))
    clerk = access.save_entitlement(EntitlementDraft(erp.id, "Clerk", "role", "", False))
    _grant(ctx, desk.caller_id, sales.id)  # type: ignore[attr-defined]
    _grant(ctx, desk.caller_id, clerk.id)
    view.show_access()
    dialog = view.access.leaver()
    assert isinstance(dialog, LeaverDialog)
    assert not dialog.ok_button.isDefault()  # removing access never runs on Enter
    qtbot.keyClicks(dialog.person.find, "Casey")
    dialog.person.search_now()
    qtbot.waitUntil(lambda: "2 live grants will be revoked" in dialog.held.text(),
                    timeout=WAIT)
    dialog.left.setDateTime(dialog.left.dateTime().addDays(3))
    _ok(dialog)
    qtbot.waitUntil(lambda: (e := view.current_editor()) is not None
                    and e.decl.key == "access_request" and e.dto is not None, timeout=WAIT)
    leaver = view.current_editor()
    assert leaver is not None and leaver.dto is not None
    info = ctx.services.access_requests.info(leaver.dto.id)
    assert info.action == "leaver" and len(info.children) == 2
    requests = ctx.services.access_requests
    for number, _title, _status in info.children:
        from sqlalchemy import select

        from deskapp.db.models import WorkItem

        with ctx.services.access._uow(read_only=True) as uow:  # noqa: SLF001
            item_id = uow.session.scalars(select(WorkItem.id).where(
                WorkItem.number == number)).one()
        child = requests.get(item_id)
        requests.transition(child.id, child.version, "closed")
    leaver.reload()
    qtbot.waitUntil(lambda: leaver.dto is not None and leaver.dto.status == "closed",
                    timeout=WAIT)
    assert access.grants_of_person(desk.caller_id) == []
