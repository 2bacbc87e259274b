"""The change plan's edit dialogs: a freeze window, a release, a standard-change template.

Each dialog saves through ``ChangePlanService`` itself (off the UI thread) and closes only when
the save went through; a refusal stays in the dialog under the field it is about, with the
service's sentence, and nothing is saved. Each save carries the version the dialog shows: when
someone else saved the record meanwhile, their version replaces the fields (the dialog says
so) and the next Save builds on it. Opened for someone who may not change the plan, the
dialog shows the record read-only, the refusal's reason beside the disabled Save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskapp.errors import ConflictError, ValidationError
from deskapp.services.change_dto import TemplateDTO
from deskapp.services.change_plan import (
    RELEASE_LABELS,
    RELEASE_STATUSES,
    TEMPLATE_MINUTES_MAX,
    FreezeDTO,
    ReleaseDTO,
    TemplateDraft,
)
from deskapp.ui import theme
from deskapp.ui.labels import tr_label
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.strategy.widgets import error_label, show_error
from deskapp.ui.workers import Runner, user_message

if TYPE_CHECKING:
    from deskapp.domain.permissions import Decision
    from deskapp.services.dto import Choice


def time_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


def set_time(edit: QDateTimeEdit, value: datetime) -> None:
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp())))


def utc_of(edit: QDateTimeEdit) -> datetime:
    # the stub says QDateTime.toPython() returns object; it returns a (naive, local) datetime
    value = cast(datetime, edit.dateTime().toPython())
    return value.astimezone(UTC).replace(second=0, microsecond=0)


def index_of(box: QComboBox, value: object) -> int:
    """The row holding ``value`` (findData cannot compare Python objects such as UUIDs)."""
    return next((i for i in range(box.count()) if box.itemData(i) == value), -1)


def next_hour(days: int = 0) -> datetime:
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    return now + timedelta(days=days, hours=1)


class PlanDialog(QDialog):
    """A form with an error line under each field, a message line and Save / Cancel."""

    saved = Signal(object)  # the DTO the service returned
    #: whether a refusal's per-field texts are sentences (the approval engine's are codes)
    field_sentences = True

    def __init__(self, runner: Runner, decision: Decision, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._run = SafeRunner(self, runner)
        self.read_only = not decision.allowed
        self.saving = False
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.message = QLabel()
        self.message.setObjectName("planDialogMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("planDialogSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Close") if self.read_only
                                         else self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        guard(self.save_button, decision)
        if self.read_only:
            self.message.setText(decision.reason)
            self.message.setStyleSheet(theme.muted_style())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form, 1)
        # a line of its own: a refusal of two or three lines is read whole, not cut beside
        # the buttons
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def add_row(self, text: str, widget: QWidget, field: str | None = None) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        if field is None:
            self.form.addRow(label, widget)
            return label
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        self.errors[field] = error_label()
        column.addWidget(self.errors[field])
        self.form.addRow(label, box)
        return label

    def lock(self, widgets: list[QWidget]) -> None:
        """Read-only: text stays selectable, nothing can be changed."""
        if not self.read_only:
            return
        for w in widgets:
            if isinstance(w, QLineEdit | QPlainTextEdit):
                w.setReadOnly(True)
            else:
                w.setEnabled(False)

    def save(self) -> None:
        if self.read_only or self.saving:
            return
        for label in self.errors.values():
            show_error(label, None)
        self.message.setStyleSheet("")
        self.message.clear()
        self.saving = True
        self.save_button.setEnabled(False)
        self._run.run(self.work(), self._done, self._failed)

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def _done(self, dto: object) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.saved.emit(dto)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_button.setEnabled(True)
        self.message.setStyleSheet(theme.error_style())
        if isinstance(exc, ValidationError) and exc.fields:
            shown = False
            for name, text in exc.fields.items():
                if name in self.errors:
                    show_error(self.errors[name],
                               text if self.field_sentences else user_message(exc))
                    shown = True
            self.message.setText(self.tr("Nothing was saved; correct the marked fields.")
                                 if shown else user_message(exc))
        elif isinstance(exc, ConflictError):
            if exc.theirs is not None and self.show_theirs(exc.theirs):
                self.message.setText(self.tr("Nothing was saved: someone else saved this "
                                             "meanwhile; their version is shown. Make your "
                                             "change again and save."))
            else:
                self.message.setText(self.tr("Nothing was saved: someone else changed it "
                                             "meanwhile. Close, refresh the list and edit it "
                                             "again."))
        else:
            self.message.setText(user_message(exc))

    def show_theirs(self, theirs: object) -> bool:
        """Show someone else's newer save (a refused save's ``theirs``) in the fields, so the
        next Save builds on it; False where this dialog cannot."""
        return False


def _service_combo(name: str, services: list[Choice], none: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(none, None)
    for s in services:
        box.addItem(s.label, s.id)
    return box


def _choose(box: QComboBox, value: object) -> None:
    """Select ``value`` (a service retired since is added rather than silently dropped)."""
    at = index_of(box, value)
    if at < 0:
        box.addItem(str(value), value)
        at = box.count() - 1
    box.setCurrentIndex(at)


def _text_box(name: str, text: str = "", height: int = 70) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(height)
    return box


class FreezeDialog(PlanDialog):
    """A freeze (blackout) window: name, from, to, desk-wide or one service, reason."""

    def __init__(self, runner: Runner, decision: Decision, plan: Any, services: list[Choice],
                 freeze: FreezeDTO | None, parent: QWidget | None = None) -> None:
        super().__init__(runner, decision, self.tr("Freeze window") if freeze
                         else self.tr("New freeze window"), parent)
        self.setObjectName("freezeDialog")
        self.plan, self.freeze = plan, freeze
        self.name = QLineEdit()
        self.name.setObjectName("freezeName")
        self.name.setPlaceholderText(self.tr("e.g. Year-end freeze"))
        self.starts, self.ends = time_edit("freezeFrom"), time_edit("freezeTo")
        set_time(self.starts, next_hour(7))
        set_time(self.ends, next_hour(8))
        self.service = _service_combo("freezeService", services,
                                      self.tr("The whole desk (every service)"))
        self.reason = _text_box("freezeReason")
        if freeze is not None:
            self.show_theirs(freeze)
        self.add_row(self.tr("&Name:"), self.name, "name")
        self.add_row(self.tr("F&rom:"), self.starts, "starts_at")
        self.add_row(self.tr("&Until:"), self.ends, "ends_at")
        self.add_row(self.tr("Appl&ies to:"), self.service, "service_id")
        self.add_row(self.tr("R&eason:"), self.reason, "reason")
        self.lock([self.name, self.starts, self.ends, self.service, self.reason])

    def show_theirs(self, theirs: object) -> bool:
        if not isinstance(theirs, FreezeDTO):
            return False
        self.freeze = theirs
        self.name.setText(theirs.name)
        set_time(self.starts, theirs.starts_at)
        set_time(self.ends, theirs.ends_at)
        _choose(self.service, theirs.service.id if theirs.service else None)
        self.reason.setPlainText(theirs.reason)
        return True

    def work(self) -> Callable[[], Any]:
        plan, key = self.plan, self.freeze.id if self.freeze else None
        version = self.freeze.version if self.freeze else None
        name, start, end = self.name.text(), utc_of(self.starts), utc_of(self.ends)
        service, reason = self.service.currentData(), self.reason.toPlainText()
        return lambda: plan.save_freeze(name, start, end, service, reason, freeze_id=key,
                                        expected_version=version)


class ReleaseDialog(PlanDialog):
    """A release: name, description, an optional target window, status."""

    def __init__(self, runner: Runner, decision: Decision, plan: Any,
                 release: ReleaseDTO | None, parent: QWidget | None = None) -> None:
        super().__init__(runner, decision, self.tr("Release") if release
                         else self.tr("New release"), parent)
        self.setObjectName("releaseDialog")
        self.plan, self.release = plan, release
        self.name = QLineEdit()
        self.name.setObjectName("releaseName")
        self.description = _text_box("releaseDescription")
        self.has_window = QCheckBox(self.tr("Has a target &window"))
        self.has_window.setObjectName("releaseHasWindow")
        self.starts, self.ends = time_edit("releaseFrom"), time_edit("releaseTo")
        set_time(self.starts, next_hour(14))
        set_time(self.ends, next_hour(14) + timedelta(hours=4))
        self.has_window.setChecked(True)
        self.has_window.toggled.connect(self._window_toggled)
        self.status = QComboBox()
        self.status.setObjectName("releaseStatus")
        for status in RELEASE_STATUSES:
            self.status.addItem(tr_label(RELEASE_LABELS[status]), status)
        _choose(self.status, "planned")
        if release is not None:
            self.show_theirs(release)
        self.add_row(self.tr("&Name:"), self.name, "name")
        self.add_row(self.tr("S&tatus:"), self.status, "status")
        self.form.addRow("", self.has_window)
        self.add_row(self.tr("F&rom:"), self.starts, "target_start")
        self.add_row(self.tr("&Until:"), self.ends, "target_end")
        self.add_row(self.tr("Descri&ption:"), self.description, "description")
        self._window_toggled(self.has_window.isChecked())
        self.lock([self.name, self.description, self.has_window, self.starts, self.ends,
                   self.status])

    def _window_toggled(self, on: bool) -> None:
        self.starts.setEnabled(on and not self.read_only)
        self.ends.setEnabled(on and not self.read_only)

    def show_theirs(self, theirs: object) -> bool:
        if not isinstance(theirs, ReleaseDTO):
            return False
        self.release = theirs
        self.name.setText(theirs.name)
        self.description.setPlainText(theirs.description)
        start, end = theirs.target_start, theirs.target_end
        if start is not None or end is not None:
            set_time(self.starts, start or next_hour(14))
            set_time(self.ends, end or (start or next_hour(14)) + timedelta(hours=4))
        self.has_window.setChecked(start is not None or end is not None)
        _choose(self.status, theirs.status)
        return True

    def work(self) -> Callable[[], Any]:
        plan, key = self.plan, self.release.id if self.release else None
        version = self.release.version if self.release else None
        name, about, status = self.name.text(), self.description.toPlainText(), \
            str(self.status.currentData())
        start = utc_of(self.starts) if self.has_window.isChecked() else None
        end = utc_of(self.ends) if self.has_window.isChecked() else None
        return lambda: plan.save_release(name, start, end, status, about, release_id=key,
                                         expected_version=version)


class TemplateDialog(PlanDialog):
    """A standard change's template: name, service, usual duration, description and plans.
    Saved with the version it was read at; someone else's save in between is refused."""

    def __init__(self, runner: Runner, decision: Decision, plan: Any, services: list[Choice],
                 template: TemplateDTO | None, parent: QWidget | None = None) -> None:
        super().__init__(runner, decision, self.tr("Standard change") if template
                         else self.tr("New standard change"), parent)
        self.setObjectName("templateDialog")
        self.setMinimumWidth(640)
        self.plan, self.template = plan, template
        t = template
        self.name = QLineEdit()
        self.name.setObjectName("standardName")
        self.service = _service_combo("standardService", services, self.tr("(any service)"))
        self.duration = QSpinBox()
        self.duration.setObjectName("standardDuration")
        self.duration.setRange(5, TEMPLATE_MINUTES_MAX)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(60)
        self.description = _text_box("standardDescription", height=50)
        self.implementation = _text_box("standardImplementation")
        self.backout = _text_box("standardBackout")
        self.test = _text_box("standardTest")
        if t is not None:
            self.show_theirs(t)
        self.add_row(self.tr("&Name:"), self.name, "name")
        self.add_row(self.tr("S&ervice:"), self.service, "service_id")
        self.add_row(self.tr("&Usual duration:"), self.duration, "duration_minutes")
        self.add_row(self.tr("Descri&ption:"), self.description, "description")
        self.add_row(self.tr("&Implementation plan:"), self.implementation,
                     "implementation_plan")
        self.add_row(self.tr("&Backout plan:"), self.backout, "backout_plan")
        self.add_row(self.tr("&Test plan:"), self.test, "test_plan")
        if t is not None and t.retired:
            self.message.setText(self.tr("Retired: no longer offered for new changes."))
        self.lock([self.name, self.service, self.duration, self.description,
                   self.implementation, self.backout, self.test])

    def show_theirs(self, theirs: object) -> bool:
        if not isinstance(theirs, TemplateDTO):
            return False
        self.template = t = theirs
        self.name.setText(t.name)
        _choose(self.service, t.service.id if t.service else None)
        self.duration.setValue(t.duration_minutes)
        self.description.setPlainText(t.description)
        self.implementation.setPlainText(t.implementation_plan)
        self.backout.setPlainText(t.backout_plan)
        self.test.setPlainText(t.test_plan)
        return True

    def draft(self) -> TemplateDraft:
        return TemplateDraft(self.name.text(), self.implementation.toPlainText(),
                             self.backout.toPlainText(), self.test.toPlainText(),
                             self.duration.value(), self.description.toPlainText(),
                             self.service.currentData())

    def work(self) -> Callable[[], Any]:
        plan, draft = self.plan, self.draft()
        key = self.template.id if self.template else None
        version = self.template.version if self.template else None
        return lambda: plan.save_template(draft, key, version)
