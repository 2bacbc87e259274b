"""New request (Ctrl+Shift+R in Service Operation): pick an offering from the catalogue (type to
narrow the list; the most ordered come first), pick the caller it is for, fill the offering's
form and submit. The service checks everything; a bad answer is shown next to its field and
nothing is saved. ``created(dto)`` once the request exists (the view opens it).

An access offering (one that grants an entitlement) raises an access request (ACC-) instead,
approved by the system owner as *Request access…* is, with an optional end of the access;
converting an incident offers no access offerings.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import Urgency
from deskapp.domain.request_form import RequestForm
from deskapp.errors import ValidationError
from deskapp.services.access_requests import AccessOrder
from deskapp.services.service_requests import RequestDraft, ServiceRequestDTO
from deskapp.ui import theme
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.request_form_widget import RequestFormWidget, SearchPicker
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.catalogue import OfferingDTO
    from deskapp.ui.context import UiContext

#: fields whose refusal is about the order as a whole: the error's sentence says it
WHOLE_ORDER = frozenset({"person_id", "entitlement_id", "expires_at", "offering_id"})


class NewRequestDialog(QDialog):
    created = Signal(object)  # ServiceRequestDTO, or an access request's IncidentTaskDTO

    #: the find box; the name shadows the static QWidget.find(id), which nothing here calls
    find: QLineEdit  # type: ignore[assignment]

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 converting: Any = None) -> None:
        """``converting``: the incident (its DTO) to turn into the request instead of raising
        a new one; its caller is the request's."""
        super().__init__(parent)
        self.setObjectName("newRequestDialog")
        self.setWindowTitle(self.tr("New request") if converting is None else
                            self.tr("Convert {number} to a request").format(
                                number=converting.number))
        self.ctx = ctx
        self.converting = converting
        self.runner = SafeRunner(self, ctx.runner)
        self.offerings: list[OfferingDTO] = []
        self.offering: OfferingDTO | None = None
        self._busy = False

        self.find = QLineEdit()
        self.find.setObjectName("offeringFind")
        self.find.setPlaceholderText(self.tr("Type to find an offering"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._show_offerings)
        self.list = QListWidget()
        self.list.setObjectName("offeringList")
        self.list.currentItemChanged.connect(lambda _c, _p: self._offering_chosen())
        find_label = QLabel(self.tr("&Offering:"))
        find_label.setBuddy(self.find)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(find_label)
        left_layout.addWidget(self.find)
        left_layout.addWidget(self.list, 1)

        services = ctx.services
        self.caller = SearchPicker(services.reference.callers, self._run,
                                   self.tr("Type a name or e-mail to find the caller"))
        self.caller.setObjectName("requestCaller")
        self.caller_error = self._error_label("caller_error")
        self.caller.changed.connect(lambda: self.caller_error.hide())
        self.summary = QLabel()
        self.summary.setObjectName("offeringSummary")
        self.summary.setWordWrap(True)
        self.urgency = QComboBox()
        self.urgency.setObjectName("requestUrgency")
        for level in Urgency:
            self.urgency.addItem(self.tr(level.label), int(level))
        self.urgency.setCurrentIndex(self.urgency.findData(int(Urgency.LOW)))
        self.form = RequestFormWidget(people=services.reference.callers,
                                      cis=lambda text: [c for c in services.reference.cis()
                                                        if text.lower() in c.label.lower()],
                                      run=self._run)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        top = QFormLayout()
        caller_box = QWidget()
        caller_column = QVBoxLayout(caller_box)
        caller_column.setContentsMargins(0, 0, 0, 0)
        caller_column.addWidget(self.caller)
        caller_column.addWidget(self.caller_error)
        caller_label = QLabel(self.tr("For &caller:"))
        caller_label.setBuddy(self.caller.find)
        top.addRow(self.summary)
        if converting is None:
            top.addRow(caller_label, caller_box)
        else:  # the incident's caller it is; the picker stays unused (and unseen)
            caller_label.setParent(self)
            caller_box.setParent(self)
            caller_label.hide()
            caller_box.hide()
            top.addRow(self.tr("For:"), QLabel(converting.caller.label if converting.caller
                                               else self.tr("(no caller: set one first)")))
        urgency_label = QLabel(self.tr("&Urgency:"))
        urgency_label.setBuddy(self.urgency)
        top.addRow(urgency_label, self.urgency)
        # an access offering: until when the access is needed (none: until revoked)
        self.access_ends = QCheckBox(self.tr("Access &ends"))
        self.access_ends.setObjectName("accessEnds")
        self.access_end = QDateTimeEdit(QDateTime.currentDateTime().addDays(90))
        self.access_end.setObjectName("accessEnd")
        self.access_end.setCalendarPopup(True)
        self.access_end.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.access_end.setEnabled(False)
        self.access_ends.toggled.connect(self.access_end.setEnabled)
        top.addRow(self.access_ends, self.access_end)
        self._access_row = top.rowCount() - 1
        top.setRowVisible(self._access_row, False)
        self._top = top
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(scroll, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        self.message = self._error_label("requestMessage")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = self.buttons.addButton(
            self.tr("&Submit request") if converting is None else self.tr("&Convert"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("submitRequest")
        self.submit_button.setEnabled(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.resize(900, 560)
        self.load()

    def _error_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setStyleSheet(theme.error_style())
        label.setWordWrap(True)
        label.hide()
        return label

    def _run(self, job: Any, done: Any) -> None:
        self.runner.run(job, done, lambda exc: self._say(user_message(exc)))

    # -- offerings --------------------------------------------------------------------------
    def load(self) -> None:
        catalogue = self.ctx.services.catalogue
        self.runner.run(catalogue.orderable, self.set_offerings,
                        lambda exc: self._say(user_message(exc)))

    def set_offerings(self, offerings: Sequence[OfferingDTO]) -> None:
        # an incident becomes a service request, never an access request
        self.offerings = [o for o in offerings
                          if self.converting is None or o.entitlement is None]
        self._show_offerings()

    def _show_offerings(self) -> None:
        words = self.find.text().lower().split()
        chosen = self.offering.id if self.offering else None
        self.list.blockSignals(True)
        self.list.clear()
        for o in self.offerings:
            if all(w in f"{o.name} {o.description} {o.service.label}".lower() for w in words):
                item = QListWidgetItem(f"{o.name} — {o.service.label}")
                item.setData(Qt.ItemDataRole.UserRole, o.id)
                item.setToolTip(o.description)
                self.list.addItem(item)
                if o.id == chosen:
                    self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        elif not self.list.count():
            self._offering_chosen()

    def choose(self, name: str) -> None:
        """Select the offering called ``name`` (tests, and a typed exact name)."""
        for row in range(self.list.count()):
            if self.list.item(row).text().split(" — ")[0] == name:
                self.list.setCurrentRow(row)
                return

    def _offering_chosen(self) -> None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.offering = next((o for o in self.offerings if o.id == key), None)
        self.submit_button.setEnabled(self.offering is not None and not self._busy)
        if self.offering is None:
            self.summary.setText(self.tr("No offering matches; type fewer words."))
            self.form.set_form(RequestForm(()))
            return
        o = self.offering
        access = o.entitlement is not None
        self._top.setRowVisible(self._access_row, access)
        self.urgency.setEnabled(not access)
        if o.entitlement is not None:
            self.summary.setText(self.tr(
                "<b>{name}</b> ({service})<br>Grants <b>{access}</b>: this raises an access "
                "request, approved by the system owner when the entitlement asks for it and "
                "carried out by the system's team.<br>{description}").format(
                name=escape(o.name), service=escape(o.service.label),
                access=escape(o.entitlement.label), description=escape(o.description)))
        else:
            approval = (self.tr("needs approval") if o.approval.stages
                        else self.tr("no approval needed"))
            self.summary.setText(self.tr(
                "<b>{name}</b> ({service}; {approval}; %n task(s))<br>{description}", "",
                len(o.plan.steps)).format(name=o.name, service=o.service.label,
                                          approval=approval, description=o.description))
        self.form.set_form(o.form)
        self.message.hide()

    # -- submitting -------------------------------------------------------------------------
    def submit(self) -> None:
        if self.offering is None or self._busy:
            return
        draft = RequestDraft(self.offering.id, self.caller.value(), self.form.values(),
                             urgency=int(self.urgency.currentData()))
        requests = self.ctx.services.requests
        job: Any = (lambda: requests.create(draft)) if self.converting is None else (
            lambda: requests.convert_incident(self.converting.id, self.converting.version,
                                              draft.offering_id, draft.answers))
        if self.offering.entitlement is not None and self.converting is None:
            order = AccessOrder(self.offering.id, draft.caller_id, draft.answers,
                                self._access_end())
            access = self.ctx.services.access_requests
            job = lambda: access.order(order)  # noqa: E731
        self._set_busy(True)

        def done(dto: ServiceRequestDTO) -> None:
            self._set_busy(False)
            self.created.emit(dto)
            self.accept()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            # a refusal of the whole order (a leaver, a duplicate grant, a retired offering)
            # carries a code per field and its sentence as the message
            if isinstance(exc, ValidationError) and exc.fields \
                    and not set(exc.fields) <= WHOLE_ORDER:
                rest = self.form.show_errors(exc.fields)
                caller = exc.fields.get("caller_id", "")
                self.caller_error.setText(caller)
                self.caller_error.setVisible(bool(caller))
                if caller:
                    self.caller.find.setFocus()
                others = [exc.fields[k] for k in rest if k != "caller_id"]
                self._say(others[0] if others else self.tr(
                    "Correct the fields marked in red, then submit again (nothing was "
                    "saved)."))
            else:
                self._say(user_message(exc))

        self.runner.run(job, done, failed)

    def _access_end(self) -> datetime | None:
        if not self.access_ends.isChecked():
            return None
        value = self.access_end.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.astimezone(UTC).replace(second=0, microsecond=0)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.submit_button.setEnabled(not busy and self.offering is not None)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def caller_id(self) -> uuid.UUID | None:
        return self.caller.value()
