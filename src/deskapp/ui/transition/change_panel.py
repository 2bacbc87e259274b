"""The change's panel on the work-item form, and the change's and change task's form
declarations.

Three columns: what the change is (type, template, title, description, reason, service, CI,
team, implementer, release), its plans (implementation, backout, test) and its window and risk
(planned start and end, the questionnaire with the score and its reasons). The review (outcome
and lessons) shows once the change is in Review. A standard change's plans and risk are its
template's: shown, not editable. The CAB's votes are the shell's Approvals tab; the change's
tasks its Tasks tab; incidents it caused and problems it fixes its Links tab.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import TITLE_MAX
from deskapp.domain.kinds import change as chg
from deskapp.services.dto import Choice
from deskapp.ui.labels import tr_label
from deskapp.ui.length_counter import LengthCounter, with_counter
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.task_panel import TASK_FORM, TaskPanel
from deskapp.ui.transition.change_risk_box import RiskBox
from deskapp.ui.transition.conflicts_box import ConflictsBox
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.form_kind import FormKind, KindPanel, Step
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.change_calendar import ConflictReport
    from deskapp.services.change_dto import ChangeDTO, TemplateDTO
    from deskapp.services.change_plan import ReleaseDTO

FIELDS = ("title", "description", "change_type", "reason", "implementation_plan",
          "backout_plan", "test_plan", "planned_start", "planned_end", "service_id", "ci_id",
          "team_id", "assignee_id", "release_id", "risk_answers", "review_outcome",
          "review_notes")
TEXTS = ("description", "reason", "implementation_plan", "backout_plan", "test_plan",
         "review_notes")
PLANS = ("implementation_plan", "backout_plan", "test_plan")


@dataclass(frozen=True)
class _Reference:
    teams: list[Choice]
    services: list[Choice]
    cis: list[Choice]
    members: list[Choice]
    templates: list[TemplateDTO]
    releases: list[ReleaseDTO]


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    return box


def _time_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    return edit


class ChangePanel(KindPanel):
    """Details of a change."""

    FIELDS = FIELDS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changePanel")
        self.templates: list[TemplateDTO] = []
        self.cancel_dialog: QInputDialog | None = None
        self.change_type = QComboBox()
        self.change_type.setObjectName("changeType")
        for value in chg.ChangeType:
            self.change_type.addItem(tr_label(chg.TYPE_LABELS[value]), value.value)
        self.change_type.setCurrentIndex(self.change_type.findData("normal"))
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("What changes, in a few words"))
        self.title_counter = LengthCounter(self.title, TITLE_MAX)
        self.description = _text_box("description", self.tr("What is changed, and where"))
        self.reason = _text_box("reason", self.tr("Why the change is needed"))
        self.service, self.ci = QComboBox(), QComboBox()
        self.service.setObjectName("service")
        self.ci.setObjectName("ci")
        self.team, self.assignee = QComboBox(), QComboBox()
        self.team.setObjectName("team")
        self.assignee.setObjectName("assignee")
        self.release = QComboBox()
        self.release.setObjectName("release")
        self.implementation_plan = _text_box("implementationPlan",
                                             self.tr("How the change is made, step by step"))
        self.backout_plan = _text_box("backoutPlan",
                                      self.tr("How it is undone if it goes wrong"))
        self.test_plan = _text_box("testPlan", self.tr("How the result is checked"))
        self.has_window = QCheckBox(self.tr("&Planned window"))
        self.has_window.setObjectName("hasWindow")
        self.planned_start = _time_edit("plannedStart")
        self.planned_end = _time_edit("plannedEnd")
        self.risk = RiskBox()
        self.conflicts = ConflictsBox()
        self.conflicts.ask = self._conflict_check
        self.conflicts.accepted.connect(self._conflict_accepted)
        self.review_outcome = QComboBox()
        self.review_outcome.setObjectName("reviewOutcome")
        self.review_outcome.addItem(self.tr("(not reviewed yet)"), None)
        for outcome, label in chg.OUTCOME_LABELS.items():
            self.review_outcome.addItem(tr_label(label), str(outcome))
        self.review_notes = _text_box("reviewNotes", self.tr(
            "Lessons learned (needed unless the change went as planned)"))

        what = self.what_form = QFormLayout()
        what.addRow(self.tr("T&ype:"), self.change_type)
        what.addRow(self.tr("Standard c&hange:"), self.template)
        what.addRow(self.tr("&Title:"), with_counter(self.title, self.title_counter))
        what.addRow(self.tr("Descriptio&n:"), self.description)
        what.addRow(self.tr("&Reason:"), self.reason)
        what.addRow(self.tr("S&ervice:"), self.service)
        what.addRow(self.tr("CI:"), self.ci)
        what.addRow(self.tr("Tea&m:"), self.team)
        what.addRow(self.tr("&Implementer:"), self.assignee)
        what.addRow(self.tr("Release:"), self.release)
        plans = QFormLayout()
        plans.addRow(self.tr("Imp&lementation plan:"), self.implementation_plan)
        plans.addRow(self.tr("&Backout plan:"), self.backout_plan)
        plans.addRow(self.tr("Te&st plan:"), self.test_plan)
        window = QFormLayout()
        window.addRow(self.has_window)
        window.addRow(self.tr("Starts:"), self.planned_start)
        window.addRow(self.tr("Ends:"), self.planned_end)
        # the window, its conflicts and the risk scroll together when the screen is short (a
        # laptop's 768 pixels): nothing is squeezed below its height
        right_page = QWidget()
        right = QVBoxLayout(right_page)
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(window)
        right.addWidget(self.conflicts)
        right.addWidget(self.risk)
        right.addStretch(1)
        self.window_layout = right
        self.right_scroll = QScrollArea()
        self.right_scroll.setObjectName("windowAndRisk")
        self.right_scroll.setWidgetResizable(True)
        self.right_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.right_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.right_scroll.setWidget(right_page)
        columns = QHBoxLayout()
        columns.addLayout(what, 1)
        columns.addLayout(plans, 1)
        columns.addWidget(self.right_scroll, 1)
        self.review = QGroupBox(self.tr("Post-implementation review"))
        self.review.setObjectName("review")
        review = QFormLayout(self.review)
        review.addRow(self.tr("Ou&tcome:"), self.review_outcome)
        review.addRow(self.tr("Lessons learned:"), self.review_notes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 3)
        layout.addWidget(self.review, 1)

        self.title.textChanged.connect(self._edited)
        for name in TEXTS:
            getattr(self, name).textChanged.connect(self._edited)
        for combo in (self.assignee, self.ci, self.release, self.review_outcome):
            combo.currentIndexChanged.connect(self._edited)
        for combo in (self.assignee, self.ci, self.service):
            combo.currentIndexChanged.connect(lambda _i: self.conflicts.schedule())
        self.change_type.currentIndexChanged.connect(self._type_changed)
        self.template.currentIndexChanged.connect(self._template_chosen)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.service.currentIndexChanged.connect(self._service_changed)
        self.has_window.toggled.connect(self._window_toggled)
        self.planned_start.dateTimeChanged.connect(self._window_edited)
        self.planned_end.dateTimeChanged.connect(self._window_edited)
        self.risk.changed.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.changed.emit()

    def attach(self, form: Any) -> None:
        super().attach(form)
        self.conflicts.runner = form.runner
        self.conflicts.accept_with = form.ctx.services.change_calendar.accept
        self.conflicts.refusal = lambda: self.tr(
            "Save the change first: a conflict is accepted for the saved window.") \
            if form.is_dirty() else None

    # -- loading ------------------------------------------------------------------------------
    def reference_job(self) -> Callable[[Any], Any]:
        services = self.form.ctx.services
        reference, changes, plan = services.reference, services.changes, services.change_plan

        def job(dto: ChangeDTO | None) -> _Reference:
            return _Reference(
                reference.teams(), reference.services(),
                reference.cis(dto.service.id) if dto and dto.service else [],
                reference.team_members(dto.team.id) if dto and dto.team else [],
                changes.templates(), plan.releases())

        return job

    def show_reference(self, reference: _Reference, dto: ChangeDTO | None) -> None:
        self.templates = reference.templates
        self.fill_choices(self.team, reference.teams, self.tr("(no team)"))
        self.fill_choices(self.service, reference.services, self.tr("(no service)"))
        self.fill_choices(self.ci, reference.cis, self.tr("(no configuration item)"))
        self.fill_choices(self.assignee, reference.members, self.tr("(nobody yet)"))
        self.fill_choices(self.template, [Choice(t.id, t.name) for t in reference.templates],
                          self.tr("(choose a standard change)"))
        self.fill_choices(self.release, [Choice(r.id, r.name) for r in reference.releases],
                          self.tr("(no release)"))

    def blank_values(self) -> dict[str, Any]:
        return {"title": "", "description": "", "change_type": "normal", "reason": "",
                "implementation_plan": "", "backout_plan": "", "test_plan": "",
                "planned_start": None, "planned_end": None, "service_id": None,
                "ci_id": None, "team_id": None, "assignee_id": None, "release_id": None,
                "risk_answers": {}, "review_outcome": None, "review_notes": ""}

    def values_of(self, dto: ChangeDTO) -> dict[str, Any]:
        return {name: dto.field_value(name) for name in FIELDS}

    def show_item(self, values: Mapping[str, Any], dto: ChangeDTO | None) -> None:
        self._filling += 1
        try:
            self.show_choices(
                ((self.service, dto.service if dto else None),
                 (self.ci, dto.ci if dto else None), (self.team, dto.team if dto else None),
                 (self.assignee, dto.assignee if dto else None),
                 (self.release, dto.release if dto else None),
                 (self.template, dto.template if dto else None)),
                values, (("change_type", self.change_type), ("service_id", self.service),
                         ("ci_id", self.ci), ("team_id", self.team),
                         ("assignee_id", self.assignee), ("release_id", self.release),
                         ("review_outcome", self.review_outcome)))
            self.title.setText(values["title"])
            for name in TEXTS:
                getattr(self, name).setPlainText(values[name] or "")
            self.template.setCurrentIndex(max(self.template.findData(
                dto.template.id if dto and dto.template else None), 0))
            start, end = values["planned_start"], values["planned_end"]
            self.has_window.setChecked(start is not None)
            default = QDateTime.currentDateTime().addDays(7)
            self.planned_start.setDateTime(QDateTime(start.astimezone()) if start else default)
            self.planned_end.setDateTime(QDateTime(end.astimezone()) if end
                                         else default.addSecs(3600))
            self.risk.set_answers(values["risk_answers"] or {})
        finally:
            self._filling -= 1
        self.conflicts.change_id = dto.id if dto is not None else None
        self._arrange(dto)
        self.conflicts.schedule()

    def _arrange(self, dto: ChangeDTO | None) -> None:
        """What may be edited in the change's type and status."""
        status = dto.status if dto else chg.NEW
        new_item = dto is None
        standard = self.change_type.currentData() == chg.ChangeType.STANDARD
        self.change_type.setEnabled(new_item)
        self.template.setEnabled(new_item and standard)
        self.what_form.setRowVisible(self.template, standard)
        for name in PLANS:
            getattr(self, name).setReadOnly(standard)
        self.risk.set_locked(standard)
        self.planned_start.setEnabled(self.has_window.isChecked())
        self.planned_end.setEnabled(self.has_window.isChecked())
        self.review.setVisible(status in (chg.REVIEW, chg.CLOSED))
        self.review_outcome.setEnabled(status == chg.REVIEW)
        self.review_notes.setReadOnly(status != chg.REVIEW)

    # -- reading ------------------------------------------------------------------------------
    def _window(self) -> tuple[datetime | None, datetime | None]:
        if not self.has_window.isChecked():
            return None, None

        def utc(edit: QDateTimeEdit) -> datetime:
            # the stub says QDateTime.toPython() returns object; it returns a datetime
            value = cast(datetime, edit.dateTime().toPython())
            return value.astimezone(UTC).replace(second=0, microsecond=0)

        return utc(self.planned_start), utc(self.planned_end)

    def values(self) -> dict[str, Any]:
        start, end = self._window()
        out: dict[str, Any] = {"title": self.title.text()}
        out.update({name: getattr(self, name).toPlainText() for name in TEXTS})
        out.update({"change_type": self.change_type.currentData(),
                    "planned_start": start, "planned_end": end,
                    "service_id": self.service.currentData(), "ci_id": self.ci.currentData(),
                    "team_id": self.team.currentData(),
                    "assignee_id": self.assignee.currentData(),
                    "release_id": self.release.currentData(),
                    "risk_answers": self.risk.answers(),
                    "review_outcome": self.review_outcome.currentData()})
        if self._form is not None and self.form.dto is None:
            out["template_id"] = self.template.currentData()
            if out["change_type"] == chg.ChangeType.STANDARD:
                for name in (*PLANS, "review_notes"):
                    out[name] = ""
                out["risk_answers"] = {}
            out.pop("review_outcome")
            out.pop("review_notes")
        return out

    def labels(self) -> dict[str, str]:
        return {"service_id": self.service.currentText(), "ci_id": self.ci.currentText(),
                "team_id": self.team.currentText(), "assignee_id": self.assignee.currentText(),
                "release_id": self.release.currentText()}

    def labels_of(self, dto: ChangeDTO) -> dict[str, str]:
        return {name: choice.label if choice else "" for name, choice in (
            ("service_id", dto.service), ("ci_id", dto.ci), ("team_id", dto.team),
            ("assignee_id", dto.assignee), ("release_id", dto.release))}

    def describe(self, name: str, value: Any, labels: Mapping[str, str]) -> str:
        if name in ("planned_start", "planned_end"):
            return local_time(value) if value is not None else ""
        if name == "change_type" and value:
            return tr_label(chg.TYPE_LABELS.get(str(value), str(value)))
        if name == "review_outcome" and value:
            return tr_label(chg.OUTCOME_LABELS.get(str(value), str(value)))
        if name == "risk_answers":
            return ", ".join(f"{k}: {v}" for k, v in sorted(dict(value or {}).items()))
        return super().describe(name, value, labels)

    def field_label(self, name: str) -> str:
        own = {"change_type": self.tr("Type"), "reason": self.tr("Reason"),
               "implementation_plan": self.tr("Implementation plan"),
               "backout_plan": self.tr("Backout plan"), "test_plan": self.tr("Test plan"),
               "planned_start": self.tr("Planned start"), "planned_end": self.tr("Planned end"),
               "risk_answers": self.tr("Risk"), "release_id": self.tr("Release"),
               "review_outcome": self.tr("Review outcome"),
               "review_notes": self.tr("Lessons learned"),
               "assignee_id": self.tr("Implementer")}
        return own.get(name) or super().field_label(name)

    def header_note(self, dto: ChangeDTO) -> tuple[str, str]:
        kind = tr_label(chg.TYPE_LABELS.get(dto.change_type, dto.change_type))
        if dto.planned_start is not None:
            text = self.tr("{type} change, {start} to {end}").format(
                type=kind, start=local_time(dto.planned_start), end=local_time(dto.planned_end))
        else:
            text = self.tr("{type} change, not scheduled").format(type=kind)
        if dto.awaiting_approval:
            text = self.tr("{text}; awaiting the CAB").format(text=text)
        return text, self.tr("Opened {opened}").format(opened=local_time(dto.opened_at))

    def client_errors(self) -> dict[str, str]:
        out: dict[str, str] = {}
        if not self.title.text().strip():
            out["title"] = self.tr("Enter a title.")
        elif problem := self.title_counter.problem(self.tr("The title")):
            out["title"] = problem
        start, end = self._window()
        if start is not None and end is not None and end <= start:
            out["planned_end"] = self.tr("The change ends before it starts; set an end after "
                                         "its start.")
        if self._form is not None and self.form.dto is None \
                and self.change_type.currentData() == chg.ChangeType.STANDARD \
                and self.template.currentData() is None:
            out["template_id"] = self.tr("Choose the standard change this one follows.")
        return out

    def first_field(self) -> QWidget:
        return self.change_type

    def last_field(self) -> QWidget:
        return self.review_notes if self.review.isVisible() else self.test_plan

    # -- reactions ----------------------------------------------------------------------------
    def _type_changed(self) -> None:
        self._arrange(self.form.dto if self._form is not None else None)
        self._edited()

    def _template_chosen(self) -> None:
        if self._filling:
            return
        chosen = next((t for t in self.templates if t.id == self.template.currentData()), None)
        if chosen is not None:
            self._filling += 1
            try:
                for name in PLANS:
                    getattr(self, name).setPlainText(getattr(chosen, name))
                if not self.title.text().strip():
                    self.title.setText(chosen.name)
                if chosen.service is not None:
                    self.service.setCurrentIndex(max(self.service.findData(chosen.service.id),
                                                      0))
                start = self.planned_start.dateTime()
                self.planned_end.setDateTime(start.addSecs(chosen.duration_minutes * 60))
            finally:
                self._filling -= 1
        self._edited()

    def _window_toggled(self, on: bool) -> None:
        self.planned_start.setEnabled(on)
        self.planned_end.setEnabled(on)
        self._window_edited()

    def _window_edited(self, *_args: object) -> None:
        self._edited()
        self.conflicts.schedule()

    def _conflict_check(self) -> Callable[[], ConflictReport] | None:
        """The check of the window as the form holds it now (None: no window to check)."""
        start, end = self._window()
        if start is None or end is None or end <= start or self._form is None:
            return None
        calendar = self.form.ctx.services.change_calendar
        change_id = self.form.dto.id if self.form.dto is not None else None
        ci = self.ci.currentData()
        cis = [ci] if ci is not None else []
        assignee, service = self.assignee.currentData(), self.service.currentData()
        return lambda: calendar.conflicts(change_id, start, end, cis, assignee, service)

    def _conflict_accepted(self) -> None:
        """An acceptance moved the change's version: read it again."""
        if self._form is not None and self.form.dto is not None:
            self.form.reload()

    def _team_changed(self) -> None:
        if not self._filling:
            self.reload_choices(self.team.currentData(), self.assignee, self.tr("(nobody yet)"),
                                self.form.ctx.services.reference.team_members)

    def _service_changed(self) -> None:
        if not self._filling:
            self.reload_choices(self.service.currentData(), self.ci,
                                self.tr("(no configuration item)"),
                                self.form.ctx.services.reference.cis)

    # -- steps --------------------------------------------------------------------------------
    def run_step(self, step: Step) -> None:
        """Cancelling asks why (the history keeps it)."""
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Cancel change"),
            self.tr("Why is the change cancelled? Its open tasks are cancelled with it."))
        if not ok:
            return
        self.form.transition(step.target, lambda exc: self.form.show_notice(user_message(exc)),
                             resolution_notes=reason)


CHANGE_FORM = FormKind(
    key="change",
    panel=ChangePanel,
    service=lambda services: services.changes,
    steps=(
        Step("assess", chg.ASSESS, QT_TRANSLATE_NOOP("WorkItemForm", "&Assess"),
             labels_from={chg.SCHEDULED: QT_TRANSLATE_NOOP("WorkItemForm", "Re-&assess")}),
        Step("authorise", chg.AUTHORISE, QT_TRANSLATE_NOOP("WorkItemForm", "Ask the &CAB")),
        Step("schedule", chg.SCHEDULED, QT_TRANSLATE_NOOP("WorkItemForm", "Sc&hedule")),
        Step("implement", chg.IMPLEMENT, QT_TRANSLATE_NOOP("WorkItemForm",
                                                           "Start implementation")),
        Step("review", chg.REVIEW, QT_TRANSLATE_NOOP("WorkItemForm", "Done, to re&view")),
        Step("close", chg.CLOSED, QT_TRANSLATE_NOOP("WorkItemForm", "Cl&ose")),
        Step("cancel", chg.CANCELLED, QT_TRANSLATE_NOOP("WorkItemForm", "Cance&l change…"),
             dialog=True),
    ),
    new_title=QT_TRANSLATE_NOOP("WorkItemForm", "New change"),
    children=lambda services: services.change_tasks,
)


class ChangeTaskPanel(TaskPanel):
    """A change task: the task panel, its parent a change."""

    PARENT_BUTTON = QT_TRANSLATE_NOOP("TaskPanel", "Open c&hange")


CHANGE_TASK_FORM = FormKind(
    key="change_task", panel=ChangeTaskPanel, service=lambda services: services.change_tasks,
    steps=TASK_FORM.steps,
    new_title=QT_TRANSLATE_NOOP("WorkItemForm", "New change task"))
