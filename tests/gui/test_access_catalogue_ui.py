"""Access, the second round, driven through the widgets: an access offering ordered in New
request raises an ACC item waiting for the system owner; My approvals counts access review lines
in its badge; a system changed, refused retirement while someone holds access (the dialog says
how many and lists them), then retired and restored; the Expiring tab says what the next SLA
sweep will open, and the sweep opens it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from deskapp.domain.access import ReviewerRole
from deskapp.domain.request_form import FieldType, FormField, RequestForm
from deskapp.runtime import Database
from deskapp.services.access import EntitlementDraft, SystemDraft
from deskapp.services.access_requests import GrantRequestDraft
from deskapp.services.catalogue import OfferingDraft
from deskapp.services.container import Services
from deskapp.services.staff import ensure_staff
from deskapp.ui.context import UiContext
from deskapp.ui.operation.access_dialogs import RetireSystemDialog, SystemDialog
from deskapp.ui.operation.new_request_dialog import NewRequestDialog
from deskapp.ui.operation.view import OperationView
from deskapp.ui.queues.navigator import MY_APPROVALS
from tests.support.factories import Desk

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                       "does not support raise", "grabbing the keyboard")
WAIT = 10_000


def _crm(ctx: UiContext, desk: Desk, *, owned: bool = True) -> tuple[object, object]:
    access = ctx.services.access
    owner = ctx.services.actor.staff_id if owned else None
    crm = access.save_system(SystemDraft("CRM", "Sales CRM", None, owner, desk.team_id))
    sales = access.save_entitlement(EntitlementDraft(crm.id, "Sales user", "licence", "",
                                                     True))
    return crm, sales


def _grant(ctx: UiContext, person: object, entitlement: object,
           expires_at: datetime | None = None) -> None:
    requests = ctx.services.access_requests
    raised = requests.request_grant(GrantRequestDraft(person, entitlement, expires_at))  # type: ignore[arg-type]
    if requests.info(raised.id).awaiting_approval:
        mine = ctx.services.approvals.my_approvals()
        ctx.services.approvals.decide(next(m for m in mine if m.item_id == raised.id).id, True)
        raised = requests.get(raised.id)
    requests.transition(raised.id, raised.version, "closed")


def test_an_access_offering_ordered_in_new_request_waits_for_the_owner(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    _crm_system, sales = _crm(ctx, desk)
    catalogue = ctx.services.catalogue
    catalogue.save(OfferingDraft(desk.service_id, "Headset", "A USB headset."))
    catalogue.save(OfferingDraft(
        desk.service_id, "CRM access", "A Salesforce licence for sales staff.",
        form=RequestForm((FormField("why", "Business reason", FieldType.TEXT, True),)),
        entitlement_id=sales.id))  # type: ignore[attr-defined]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    dialog = view.request_dialog
    assert isinstance(dialog, NewRequestDialog)
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=WAIT)
    dialog.choose("Headset")
    assert not dialog.access_ends.isVisible() and dialog.urgency.isEnabled()
    qtbot.keyClicks(dialog.find, "crm")
    assert dialog.offering is not None and dialog.offering.name == "CRM access"
    assert "Grants <b>CRM: Sales user</b>" in dialog.summary.text()
    assert dialog.access_ends.isVisible() and not dialog.urgency.isEnabled()
    qtbot.keyClicks(dialog.caller.find, "Casey")
    dialog.caller.search_now()
    qtbot.waitUntil(lambda: dialog.caller.choice.count() == 2, timeout=WAIT)
    qtbot.keyClicks(dialog.form.editors["why"], "Joins the sales team")
    dialog.access_ends.click()
    assert dialog.access_end.isEnabled()
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (e := view.current_editor()) is not None
                    and e.decl.key == "access_request" and e.dto is not None, timeout=WAIT)
    form = view.current_editor()
    assert form is not None and form.dto is not None
    assert form.dto.number.startswith("ACC-") and form.dto.status == "pending"
    info = ctx.services.access_requests.info(form.dto.id)
    assert info.entitlement == "CRM: Sales user" and info.awaiting_approval
    assert info.expires_at is not None and info.expires_at > datetime.now(UTC) + timedelta(
        days=80)
    # ordered again for the same caller: the service's sentence, nothing saved
    dialog = view.new_request()
    qtbot.waitUntil(lambda: dialog.list.count() == 2, timeout=WAIT)
    dialog.choose("CRM access")
    qtbot.keyClicks(dialog.caller.find, "Casey")
    dialog.caller.search_now()
    qtbot.waitUntil(lambda: dialog.caller.choice.count() == 2, timeout=WAIT)
    qtbot.keyClicks(dialog.form.editors["why"], "again")
    # the owner has not decided yet, so this is a second request, not a duplicate grant:
    # once granted, a further order is refused with the sentence
    ctx.services.approvals.decide(ctx.services.approvals.my_approvals()[0].id, True)
    requests = ctx.services.access_requests
    dto = requests.get(form.dto.id)
    requests.transition(dto.id, dto.version, "closed")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=WAIT)
    assert "already holds CRM: Sales user" in dialog.message.text()
    assert len(ctx.services.access.grants_of_person(desk.caller_id)) == 1


def test_my_approvals_counts_access_review_lines(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk,
        sqlite_database: Database) -> None:
    crm, sales = _crm(ctx, desk)
    _grant(ctx, desk.caller_id, sales.id)  # type: ignore[attr-defined]
    view.refresh()
    navigator = view.queues.navigator
    qtbot.waitUntil(lambda: navigator.count_of(MY_APPROVALS) == 0, timeout=WAIT)
    supervisor = ensure_staff(sqlite_database.uow, "sue", "Sue Supervisor",
                              roles=("supervisor",))
    Services.build(sqlite_database.uow, supervisor).access_reviews.start(
        system_id=crm.id, prefer=ReviewerRole.OWNER)  # type: ignore[attr-defined]
    view.refresh()
    qtbot.waitUntil(lambda: navigator.count_of(MY_APPROVALS) == 1, timeout=WAIT)
    view.show_approvals()
    qtbot.waitUntil(lambda: "1 waiting" in view.approvals.title.text(), timeout=WAIT)
    lines = view.approvals.review_lines
    qtbot.waitUntil(lambda: lines.model.rowCount() == 1, timeout=WAIT)
    dialog = lines.answer()
    assert dialog is not None
    dialog.confirm.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: navigator.count_of(MY_APPROVALS) == 0, timeout=WAIT)


def test_a_system_is_changed_and_retired_once_nobody_holds_it(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    crm, sales = _crm(ctx, desk, owned=False)
    _grant(ctx, desk.caller_id, sales.id)  # type: ignore[attr-defined]
    view.show_access()
    page = view.access
    page.tabs.setCurrentWidget(page.systems)
    qtbot.waitUntil(lambda: page.systems_model.rowCount() == 1, timeout=WAIT)
    # change it: the dialog opens on what it holds
    dialog = page.edit_system()
    assert isinstance(dialog, SystemDialog)
    qtbot.waitUntil(lambda: dialog.team.currentData() == desk.team_id, timeout=WAIT)
    assert dialog.name.text() == "CRM"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Salesforce CRM")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.systems_model.index(0, 0).data() == "Salesforce CRM",
                    timeout=WAIT)
    # retiring asks first and says how many live grants it has: refused while one is live
    qtbot.mouseClick(page.retire_system_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.retire_dialog is not None, timeout=WAIT)
    ask = page.retire_dialog
    assert isinstance(ask, RetireSystemDialog)
    assert "Salesforce CRM has 1 live grant." in ask.summary.text()
    assert not ask.ok_button.isEnabled() and ask.holders_button.isVisible()
    qtbot.mouseClick(ask.holders_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.holders
    qtbot.waitUntil(lambda: page.holders.model.rowCount() == 1, timeout=WAIT)
    [grant] = page.holders.selected()
    revocation = ctx.services.access_requests.request_revoke([grant.id], "no longer in sales")
    ctx.services.access_requests.transition(revocation.id, revocation.version, "closed")
    # nothing depends on it now: asked, with Cancel as the default, then retired
    page.tabs.setCurrentWidget(page.systems)
    page.refresh()
    qtbot.waitUntil(lambda: page.systems_model.rowCount() == 1, timeout=WAIT)
    page.retire_dialog = None
    page.retire_system()
    qtbot.waitUntil(lambda: page.retire_dialog is not None, timeout=WAIT)
    ask = page.retire_dialog
    assert isinstance(ask, RetireSystemDialog)
    assert "has 0 live grants" in ask.summary.text()
    assert ask.ok_button.isEnabled() and not ask.ok_button.isDefault()
    assert not ask.holders_button.isVisible()
    ask.ok_button.click()
    qtbot.waitUntil(lambda: page.systems_model.rowCount() == 0, timeout=WAIT)
    assert ctx.services.access.systems() == []
    # shown again with Show retired, and restored
    page.show_retired.click()
    qtbot.waitUntil(lambda: page.systems_model.rowCount() == 1, timeout=WAIT)
    assert page.systems_model.index(0, 0).data() == "Salesforce CRM (retired)"
    assert page.retire_system_button.text() == "Resto&re system…"
    page.retire_dialog = None
    page.retire_system()
    qtbot.waitUntil(lambda: page.retire_dialog is not None, timeout=WAIT)
    restore = page.retire_dialog
    assert restore is not None and restore.ok_button.isEnabled()
    restore.ok_button.click()
    qtbot.waitUntil(lambda: len(ctx.services.access.systems()) == 1, timeout=WAIT)


def test_the_expiring_tab_says_what_the_next_sweep_opens(
        qtbot: QtBot, view: OperationView, ctx: UiContext, desk: Desk) -> None:
    _crm_system, sales = _crm(ctx, desk, owned=False)
    _grant(ctx, desk.caller_id, sales.id, datetime.now(UTC) + timedelta(days=3))  # type: ignore[attr-defined]
    view.show_access()
    page = view.access
    page.tabs.setCurrentWidget(page.expiring)
    qtbot.waitUntil(lambda: "for 1 of them: Casey Caller: CRM / Sales user"
                    in page.expiring_note.text(), timeout=WAIT)
    assert page.expiry_tasks_button.isEnabled()
    result = ctx.services.sla_sweep.sweep_batch()
    assert result.revocations == 1
    page.refresh()
    qtbot.waitUntil(lambda: "opens no revocation task" in page.expiring_note.text(),
                    timeout=WAIT)
    assert not page.expiry_tasks_button.isEnabled()
    assert page.expiring.model.index(0, 6).data().startswith("revoking: ACC-")
