"""The access request's (ACC-) panel on the work-item form and its form declaration.

Above the task fields (title, description, team, assignee, due date) it says what the request
does: grant which entitlement to whom and until when, or which grants it revokes, or (a leaver)
which revocations it waits for, and once done the grant it recorded. Its lifecycle buttons are
a task's (start, pending, close, cancel); closing a grant request records the grant, closing a
revocation revokes its grants.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from deskapp.domain.kinds import access_request as acc
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.task_panel import TASK_FORM, TaskPanel
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.form_kind import Step

if TYPE_CHECKING:
    from deskapp.services.access_requests import AccessRequestInfo


class AccessPanel(TaskPanel):
    """An access request: what it grants or revokes, then the task's fields."""

    PARENT_BUTTON = QT_TRANSLATE_NOOP("TaskPanel", "Open &leaver request")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessPanel")
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.setRowVisible(self.impact, False)
        self.access = QGroupBox(self.tr("Access"))
        self.access.setObjectName("accessBox")
        self.access_form = QFormLayout(self.access)
        form.insertRow(0, self.access)
        self.info: AccessRequestInfo | None = None

    def header_buttons(self) -> list[QWidget]:
        return [self.parent_button]

    def reference_job(self) -> Callable[[Any], Any]:
        base = super().reference_job()
        requests = self.form.ctx.services.access_requests
        return lambda dto: (base(dto), requests.info(dto.id) if dto is not None else None)

    def show_reference(self, reference: Any, dto: Any) -> None:
        base, info = reference
        super().show_reference(base, dto)
        self.info = info
        self._show_info(info)

    def show_item(self, values: Mapping[str, Any], dto: Any) -> None:
        super().show_item(values, dto)
        self.parent_button.setVisible(bool(dto is not None and dto.parent_id))

    def _show_info(self, info: AccessRequestInfo | None) -> None:
        while self.access_form.rowCount():
            self.access_form.removeRow(0)
        if info is None:
            return
        what = {"grant": self.tr("Grant access"), "revoke": self.tr("Revoke access"),
                "leaver": self.tr("Leaver: remove all access")}.get(info.action, info.action)
        rows = [(self.tr("Request:"), what), (self.tr("Person:"), info.person.label)]
        if info.entitlement:
            rows.append((self.tr("Entitlement:"), info.entitlement))
        if info.action == "grant":
            rows.append((self.tr("Expires:"), local_time(info.expires_at)
                         if info.expires_at else self.tr("never")))
            if info.awaiting_approval:
                rows.append((self.tr("Approval:"), self.tr("waits for the system owner")))
            for g in info.grants:
                rows.append((self.tr("Granted:"), self.tr("{access} since {since}").format(
                    access=f"{g.system.label}: {g.entitlement.label}",
                    since=local_time(g.granted_at))))
        for g in info.grants if info.action == "revoke" else ():
            state = (self.tr("revoked {when}").format(when=local_time(g.revoked_at))
                     if g.revoked_at else self.tr("to revoke"))
            rows.append((self.tr("Grant:"), f"{g.system.label}: {g.entitlement.label} · {state}"))
        for number, title, status in info.children:
            rows.append((f"{number}:", f"{title} · {status}"))
        for label, text in rows:
            value = QLabel(text)
            value.setWordWrap(True)
            value.setObjectName("accessValue")
            self.access_form.addRow(label, value)

    def header_note(self, dto: Any) -> tuple[str, str]:
        if dto.parent_number:
            return super().header_note(dto)
        return (self.tr("access request"), self.tr("Opened {opened}; asked for by {who}").format(
            opened=local_time(dto.opened_at), who=dto.requested_by or self.tr("unknown")))


ACCESS_FORM = dataclasses.replace(
    TASK_FORM, key="access_request", panel=AccessPanel,
    service=lambda services: services.access_requests,
    steps=(
        Step("start", acc.IN_PROGRESS, QT_TRANSLATE_NOOP("WorkItemForm", "Start wor&k"),
             sources=frozenset({acc.NEW, acc.PENDING}),
             labels_from={acc.PENDING: QT_TRANSLATE_NOOP("WorkItemForm", "Resume wor&k")}),
        Step("pending", acc.PENDING, QT_TRANSLATE_NOOP("WorkItemForm", "Pe&nding")),
        Step("close", acc.CLOSED, QT_TRANSLATE_NOOP("WorkItemForm", "&Done (record it)")),
        Step("cancel", acc.CANCELLED, QT_TRANSLATE_NOOP("WorkItemForm", "Cance&l request")),
    ),
    new_title=QT_TRANSLATE_NOOP("WorkItemForm", "New access request"))
