"""The dialogs of the Access view: request access, revoke grants, a leaver, start a review,
record a reviewer's answer, and a system or entitlement.

Each shows the service's sentence under its fields when it refuses (nothing was saved) and
closes only once the service has done it. Dialogs that remove access say how many grants they
touch and open with Cancel as the default button.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from deskapp.domain.access import ReviewerRole
from deskapp.services.access import (
    EntitlementDraft,
    GrantDTO,
    SystemDraft,
    SystemDTO,
    SystemUse,
)
from deskapp.services.access_requests import GrantRequestDraft
from deskapp.services.dto import Choice
from deskapp.ui.operation.resolve_dialog import error_label, lay_out_form_dialog
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.request_form_widget import SearchPicker
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext


class _AccessDialog(QDialog):
    """A form, a message line and OK / Cancel; ``done_with(result)`` once the service did it."""

    done_with = Signal(object)

    def __init__(self, ctx: UiContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = error_label()
        self.message.setObjectName("accessDialogMessage")

    def finish_layout(self, ok_text: str, *, safe_default: bool = False) -> None:
        self.buttons = lay_out_form_dialog(self, self.form, self.message, ok_text, self.submit)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if safe_default:  # removing access: Enter must not do it
            self.ok_button.setAutoDefault(False)
            self.ok_button.setDefault(False)
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            cancel.setDefault(True)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def run(self, job: Callable[[], Any]) -> None:
        self.ok_button.setEnabled(False)

        def done(result: Any) -> None:
            self.done_with.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.ok_button.setEnabled(True)
            self.say(user_message(exc))

        self.runner.run(job, done, failed)

    def lookup(self, job: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.runner.run(job, done, lambda exc: self.say(user_message(exc)))

    def submit(self) -> None:
        raise NotImplementedError


def _date_edit(name: str, days: int) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime.currentDateTime().addDays(days))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def _utc(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime().toPython()
    assert isinstance(value, datetime)
    return value.astimezone(UTC).replace(second=0, microsecond=0)


def _fill(box: QComboBox, choices: Sequence[Choice], none: str | None = None) -> None:
    box.clear()
    if none is not None:
        box.addItem(none, None)
    for c in choices:
        box.addItem(c.label, c.id)


class GrantRequestDialog(_AccessDialog):
    """Request access: the person, the system and its entitlement, an expiry, the reason."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 person: Choice | None = None) -> None:
        super().__init__(ctx, self.tr("Request access"), parent)
        self.setObjectName("grantRequestDialog")
        services = ctx.services
        self.person = SearchPicker(services.reference.callers, self._lookup_run,
                                   self.tr("Type a name or e-mail to find the person"))
        self.person.setObjectName("accessPerson")
        if person is not None:
            self.person.offer([person])
        self.system = QComboBox()
        self.system.setObjectName("accessSystem")
        self.entitlement = QComboBox()
        self.entitlement.setObjectName("accessEntitlement")
        self.expires = QCheckBox(self.tr("E&xpires"))
        self.expires.setObjectName("accessExpires")
        self.expiry = _date_edit("accessExpiry", 90)
        self.expiry.setEnabled(False)
        self.expires.toggled.connect(self.expiry.setEnabled)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("accessReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(self.tr("Why the person needs it (the owner reads it)"))
        for text, widget in ((self.tr("&Person:"), self.person),
                             (self.tr("&System:"), self.system),
                             (self.tr("&Entitlement:"), self.entitlement)):
            label = QLabel(text)
            label.setBuddy(widget)  # the picker's focus goes to its search field
            self.form.addRow(label, widget)
        self.form.addRow(self.expires, self.expiry)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.finish_layout(self.tr("&Request access"))
        self._entitlements: list[Any] = []
        self.system.currentIndexChanged.connect(lambda _i: self._show_entitlements())
        self.lookup(lambda: (services.access.systems(), services.access.entitlements()),
                    self._loaded)

    def _lookup_run(self, job: Any, done: Any) -> None:
        self.lookup(job, done)

    def _loaded(self, found: tuple[list[Any], list[Any]]) -> None:
        systems, self._entitlements = found
        _fill(self.system, [Choice(s.id, s.name) for s in systems])
        self._show_entitlements()

    def _show_entitlements(self) -> None:
        system = self.system.currentData()
        _fill(self.entitlement, [Choice(e.id, e.name) for e in self._entitlements
                                 if e.system_id == system])

    def submit(self) -> None:
        draft = GrantRequestDraft(self.person.value(), self.entitlement.currentData(),
                                  _utc(self.expiry) if self.expires.isChecked() else None,
                                  self.reason.toPlainText())
        requests = self.ctx.services.access_requests
        self.run(lambda: requests.request_grant(draft))


class RevokeDialog(_AccessDialog):
    """Revoke grants (of one person): says which and how many; Cancel is the default."""

    def __init__(self, ctx: UiContext, grants: Sequence[GrantDTO],
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Revoke access"), parent)
        self.setObjectName("revokeDialog")
        self.grants = list(grants)
        listed = "\n".join(f"• {g.label}" for g in self.grants[:8])
        if len(self.grants) > 8:
            listed += "\n" + self.tr("… and %n more", "", len(self.grants) - 8)
        summary = QLabel(self.tr("This opens a revocation for %n grant(s):", "",
                                 len(self.grants)) + "\n" + listed)
        summary.setObjectName("revokeSummary")
        summary.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("revokeReason")
        self.reason.setTabChangesFocus(True)
        self.form.addRow(summary)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.finish_layout(self.tr("Revoke %n grant(s)", "", len(self.grants)),
                           safe_default=True)

    def submit(self) -> None:
        ids = [g.id for g in self.grants]
        reason = self.reason.toPlainText()
        requests = self.ctx.services.access_requests
        self.run(lambda: requests.request_revoke(ids, reason))


class LeaverDialog(_AccessDialog):
    """A leaver: the person and their last day; says how many grants will be revoked."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 person: Choice | None = None) -> None:
        super().__init__(ctx, self.tr("Leaver"), parent)
        self.setObjectName("leaverDialog")
        services = ctx.services
        self.person = SearchPicker(services.reference.callers, self._lookup_run,
                                   self.tr("Type a name or e-mail to find the leaver"))
        self.person.setObjectName("leaverPerson")
        self.left = _date_edit("leaverDate", 0)
        self.reason = QLineEdit()
        self.reason.setObjectName("leaverReason")
        self.held = QLabel()
        self.held.setObjectName("leaverHeld")
        self.held.setWordWrap(True)
        label = QLabel(self.tr("&Person:"))
        label.setBuddy(self.person)
        self.form.addRow(label, self.person)
        self.form.addRow(self.tr("&Leaves on:"), self.left)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.form.addRow(self.held)
        self.finish_layout(self.tr("Revoke all &access"), safe_default=True)
        self.person.changed.connect(self._count)
        if person is not None:
            self.person.offer([person])

    def _lookup_run(self, job: Any, done: Any) -> None:
        self.lookup(job, done)

    def _count(self) -> None:
        person = self.person.value()
        if person is None:
            self.held.setText("")
            return
        access = self.ctx.services.access
        self.lookup(lambda: access.grants_of_person(person), lambda grants: self.held.setText(
            self.tr("%n live grant(s) will be revoked, one task per system owner.", "",
                    len(grants))))

    def submit(self) -> None:
        person = self.person.value()
        if person is None:
            self.say(self.tr("Pick the person who leaves."))
            return
        left, reason = _utc(self.left), self.reason.text()
        requests = self.ctx.services.access_requests
        self.run(lambda: requests.leaver(person, left, reason))


class StartReviewDialog(_AccessDialog):
    """Start an access review of a system or a department."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Start an access review"), parent)
        self.setObjectName("startReviewDialog")
        self.by_system = QRadioButton(self.tr("A &system"))
        self.by_system.setChecked(True)
        self.by_department = QRadioButton(self.tr("A &department"))
        group = QButtonGroup(self)
        group.addButton(self.by_system)
        group.addButton(self.by_department)
        self.system = QComboBox()
        self.system.setObjectName("reviewSystem")
        self.department = QComboBox()
        self.department.setObjectName("reviewDepartment")
        self.department.setEnabled(False)
        self.by_system.toggled.connect(self.system.setEnabled)
        self.by_department.toggled.connect(self.department.setEnabled)
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("reviewReviewer")
        self.reviewer.addItem(self.tr("The system owner (else the manager)"),
                              ReviewerRole.OWNER.value)
        self.reviewer.addItem(self.tr("The person's manager (else the owner)"),
                              ReviewerRole.MANAGER.value)
        self.due = _date_edit("reviewDue", 14)
        self.form.addRow(self.by_system, self.system)
        self.form.addRow(self.by_department, self.department)
        self.form.addRow(self.tr("Re&viewer:"), self.reviewer)
        self.form.addRow(self.tr("D&ue:"), self.due)
        self.finish_layout(self.tr("&Start review"))
        access = ctx.services.access
        self.lookup(lambda: (access.systems(), access.departments()), self._loaded)

    def _loaded(self, found: tuple[list[Any], list[Choice]]) -> None:
        _fill(self.system, [Choice(s.id, s.name) for s in found[0]])
        _fill(self.department, found[1])

    def submit(self) -> None:
        reviews = self.ctx.services.access_reviews
        system = self.system.currentData() if self.by_system.isChecked() else None
        department = self.department.currentData() if self.by_department.isChecked() else None
        prefer, due = ReviewerRole(self.reviewer.currentData()), _utc(self.due)
        self.run(lambda: reviews.start(system_id=system, department_id=department,
                                       prefer=prefer, due_at=due))


class ReviewAnswerDialog(_AccessDialog):
    """Confirm or revoke one review line (as the reviewer, or recording their answer)."""

    def __init__(self, ctx: UiContext, line: Any, *, recording: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Review access"), parent)
        self.setObjectName("reviewAnswerDialog")
        self.line, self.recording = line, recording
        text = self.tr("Does {person} still need {access}?").format(
            person=line.person, access=line.access)
        if recording:
            text += " " + self.tr("You record {reviewer}'s answer.").format(
                reviewer=line.reviewer)
        question = QLabel(text)
        question.setWordWrap(True)
        self.confirm = QRadioButton(self.tr("&Keep it"))
        self.confirm.setObjectName("reviewConfirm")
        self.revoke = QRadioButton(self.tr("&Revoke it"))
        self.revoke.setObjectName("reviewRevoke")
        group = QButtonGroup(self)
        group.addButton(self.confirm)
        group.addButton(self.revoke)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("reviewComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("Required when revoking: say why."))
        self.form.addRow(question)
        self.form.addRow(self.confirm, self.revoke)
        self.form.addRow(self.tr("&Comment:"), self.comment)
        self.finish_layout(self.tr("Sa&ve answer"))

    def submit(self) -> None:
        if not (self.confirm.isChecked() or self.revoke.isChecked()):
            self.say(self.tr("Choose keep or revoke."))
            return
        reviews, line_id = self.ctx.services.access_reviews, self.line.id
        keep, comment = self.confirm.isChecked(), self.comment.toPlainText()
        act = reviews.record if self.recording else reviews.decide
        self.run(lambda: act(line_id, keep, comment))


class SystemDialog(_AccessDialog):
    """A new system, or a change to one (``system``): its name, owner, team and CI. A change
    made meanwhile by someone else is refused (the version check) with a sentence."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None,
                 system: SystemDTO | None = None) -> None:
        super().__init__(ctx, self.tr("New system") if system is None else
                         self.tr("Edit {name}").format(name=system.name), parent)
        self.setObjectName("systemDialog")
        self.system = system
        self.name = QLineEdit(system.name if system else "")
        self.name.setObjectName("systemName")
        self.description = QLineEdit(system.description if system else "")
        self.description.setObjectName("systemDescription")
        self.owner, self.team, self.ci = QComboBox(), QComboBox(), QComboBox()
        self.owner.setObjectName("systemOwner")
        self.team.setObjectName("systemTeam")
        self.ci.setObjectName("systemCi")
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Description:"), self.description)
        self.form.addRow(self.tr("&Owner:"), self.owner)
        self.form.addRow(self.tr("&Team:"), self.team)
        self.form.addRow(self.tr("&CI:"), self.ci)
        self.finish_layout(self.tr("&Add system") if system is None else
                           self.tr("&Save system"))
        self.lookup(ctx.services.access.choices, self._loaded)

    def _loaded(self, found: tuple[list[Choice], list[Choice], list[Choice]]) -> None:
        current = (self.system.owner, self.system.team, self.system.ci) if self.system else (
            None, None, None)
        for box, choices, chosen in zip((self.owner, self.team, self.ci), found, current,
                                        strict=True):
            _fill(box, choices, self.tr("(none)"))
            if chosen is not None:
                if box.findData(chosen.id) < 0:  # e.g. an owner no longer active
                    box.addItem(chosen.label, chosen.id)
                box.setCurrentIndex(box.findData(chosen.id))

    def submit(self) -> None:
        draft = SystemDraft(self.name.text(), self.description.text(), self.ci.currentData(),
                            self.owner.currentData(), self.team.currentData())
        access = self.ctx.services.access
        system = self.system
        if system is None:
            self.run(lambda: access.save_system(draft))
        else:
            self.run(lambda: access.save_system(draft, system.id, system.version))


class RetireSystemDialog(_AccessDialog):
    """Retire a system (or take a retired one back): says first how many live grants it has
    and what else still depends on it; a system someone holds access on is not retired (the
    desk revokes those grants first), so then the dialog only says so and offers the list.
    Cancel is the default."""

    show_holders = Signal(object)  # the system's id: list who holds it

    def __init__(self, ctx: UiContext, system: SystemDTO, use: SystemUse,
                 parent: QWidget | None = None) -> None:
        restoring = system.retired
        super().__init__(ctx, "", parent)
        self.setWindowTitle((self.tr("Restore {name}") if restoring else
                             self.tr("Retire {name}")).format(name=system.name))
        self.setObjectName("retireSystemDialog")
        self.system, self.use = system, use
        grants = self.tr("{name} has %n live grant(s).", "", use.live_grants).format(
            name=system.name)
        blockers = []
        if use.live_grants:
            blockers.append(self.tr("Revoke them first (Show who holds it, then Revoke "
                                    "selected)."))
        if use.open_requests:
            blockers.append(self.tr("%n open access request(s) ask for it ({numbers}); close "
                                    "or cancel them first.", "", len(use.open_requests)).format(
                numbers=", ".join(use.open_requests[:5])))
        if use.offerings:
            blockers.append(self.tr("The catalogue offers it ({names}); retire those "
                                    "offerings first.").format(
                names=", ".join(use.offerings[:5])))
        if restoring:
            text = self.tr("Take {name} back into use? Its entitlements can be requested "
                           "again.").format(name=system.name)
        elif blockers:
            text = " ".join([grants, self.tr("A system is retired only when nobody holds "
                                             "access on it and nothing asks for it."),
                             *blockers])
        else:
            text = " ".join([grants, self.tr(
                "Retired, it leaves the pickers and nobody can request its entitlements; "
                "its grants' history stays, and Show retired lists it to restore it.")])
        self.summary = QLabel(text)
        self.summary.setObjectName("retireSummary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)
        self.blocked = not restoring and bool(blockers)
        self.finish_layout(self.tr("Resto&re system") if restoring else
                           self.tr("Reti&re system"), safe_default=not restoring)
        self.ok_button.setObjectName("retireSystemOk")
        self.ok_button.setEnabled(not self.blocked)
        self.holders_button = self.buttons.addButton(
            self.tr("Sh&ow who holds it"), QDialogButtonBox.ButtonRole.ActionRole)
        self.holders_button.setObjectName("retireShowHolders")
        self.holders_button.setVisible(not restoring and use.live_grants > 0)
        self.holders_button.clicked.connect(self._show_holders)

    def _show_holders(self) -> None:
        self.show_holders.emit(self.system.id)
        self.reject()

    def submit(self) -> None:
        if self.blocked:
            return
        access, system = self.ctx.services.access, self.system
        act = access.restore_system if system.retired else access.retire_system
        self.run(lambda: act(system.id, system.version))


class EntitlementDialog(_AccessDialog):
    """A new entitlement (role, group or licence) on a system."""

    def __init__(self, ctx: UiContext, system_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("New entitlement"), parent)
        self.setObjectName("entitlementDialog")
        self.system = QComboBox()
        self.name = QLineEdit()
        self.name.setObjectName("entitlementName")
        self.kind = QComboBox()
        for key, text in (("role", self.tr("Role")), ("group", self.tr("Group")),
                          ("licence", self.tr("Licence"))):
            self.kind.addItem(text, key)
        self.approval = QCheckBox(self.tr("The system owner &approves requests"))
        self.approval.setChecked(True)
        self.form.addRow(self.tr("&System:"), self.system)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.approval)
        self.finish_layout(self.tr("&Add entitlement"))
        self._preferred = system_id
        self.lookup(ctx.services.access.systems, self._loaded)

    def _loaded(self, systems: list[Any]) -> None:
        _fill(self.system, [Choice(s.id, s.name) for s in systems])
        if self._preferred is not None:
            self.system.setCurrentIndex(max(self.system.findData(self._preferred), 0))

    def submit(self) -> None:
        system = self.system.currentData()
        if system is None:
            self.say(self.tr("Add a system first."))
            return
        draft = EntitlementDraft(system, self.name.text(), self.kind.currentData(), "",
                                 self.approval.isChecked())
        access = self.ctx.services.access
        self.run(lambda: access.save_entitlement(draft))
