"""The problem's panel on the work-item form, and the problem's form declaration.

Left: what the problem is (title, problem statement, impacted service and CI, impact, urgency,
team, assignee); right: the diagnosis (root-cause category, root cause, workaround, permanent
fix); below: the incidents linked to it (Enter opens one, "Link incidents…" adds more by
number). Resolving asks whether to resolve the open linked incidents too.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import TITLE_MAX, Impact, Urgency
from deskapp.domain.kinds.problem import (
    CLOSED,
    KNOWN_ERROR,
    NEW,
    RESOLVED,
    ROOT_CAUSE_CATEGORIES,
    UNDER_INVESTIGATION,
)
from deskapp.errors import ValidationError
from deskapp.services.dto import Changes, Choice, WorkItemRow
from deskapp.ui.labels import tr_label
from deskapp.ui.length_counter import LengthCounter, with_counter
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.problem_dialogs import ProblemResolveDialog
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.form_kind import FormKind, KindPanel, Step
from deskapp.ui.work_items.item_list import ItemList
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.problem_dto import ProblemDTO, ResolvePreview
    from deskapp.services.resolution_codes import ResolutionCodeDTO

FIELDS = ("title", "description", "service_id", "ci_id", "impact", "urgency", "team_id",
          "assignee_id", "root_cause_category", "root_cause", "workaround", "permanent_fix")
TEXTS = ("description", "root_cause", "workaround", "permanent_fix")


@dataclass(frozen=True)
class _Reference:
    teams: list[Choice]
    services: list[Choice]
    cis: list[Choice]
    members: list[Choice]
    incidents: list[WorkItemRow]


def _text_box(name: str, placeholder: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setTabChangesFocus(True)
    box.setPlaceholderText(placeholder)
    return box


class ProblemPanel(KindPanel):
    """Details of a problem."""

    FIELDS = FIELDS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemPanel")
        self.resolve_dialog: ProblemResolveDialog | None = None
        self.link_dialog: QInputDialog | None = None
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("The cause being looked for, in a few words"))
        self.title_counter = LengthCounter(self.title, TITLE_MAX)
        self.description = _text_box("statement", self.tr(
            "Problem statement: the symptoms callers see, when and where"))
        self.service, self.ci = QComboBox(), QComboBox()
        self.service.setObjectName("service")
        self.ci.setObjectName("ci")
        self.impact, self.urgency = QComboBox(), QComboBox()
        for box, levels in ((self.impact, Impact), (self.urgency, Urgency)):
            for level in levels:
                box.addItem(tr_label(level.label), int(level))
        self.team, self.assignee = QComboBox(), QComboBox()
        self.team.setObjectName("team")
        self.assignee.setObjectName("assignee")
        self.category = QComboBox()
        self.category.setObjectName("rootCauseCategory")
        self.category.addItem(self.tr("(not known yet)"), None)
        for name in ROOT_CAUSE_CATEGORIES:
            self.category.addItem(tr_label(name), name)
        self.root_cause = _text_box("rootCause", self.tr("Why it happens (needed for Known "
                                                         "error and Resolved)"))
        self.workaround = _text_box("workaround", self.tr(
            "What agents do meanwhile to restore service (needed for Known error)"))
        self.permanent_fix = _text_box("permanentFix", self.tr(
            "What removes the cause for good (needed for Resolved)"))

        what = QFormLayout()
        what.addRow(self.tr("&Title:"), with_counter(self.title, self.title_counter))
        what.addRow(self.tr("Problem stateme&nt:"), self.description)
        what.addRow(self.tr("S&ervice:"), self.service)
        what.addRow(self.tr("CI:"), self.ci)  # no letter left: Tab from Service reaches it
        what.addRow(self.tr("Im&pact:"), self.impact)
        what.addRow(self.tr("&Urgency:"), self.urgency)
        what.addRow(self.tr("Tea&m:"), self.team)
        what.addRow(self.tr("&Assignee:"), self.assignee)
        why = QFormLayout()
        why.addRow(self.tr("Root-cause categor&y:"), self.category)
        why.addRow(self.tr("Root &cause:"), self.root_cause)
        why.addRow(self.tr("&Workaround:"), self.workaround)
        why.addRow(self.tr("Permanent fi&x:"), self.permanent_fix)
        columns = QHBoxLayout()
        columns.addLayout(what, 1)
        columns.addLayout(why, 1)

        self.incidents = ItemList("linkedIncidents", self.tr("Open inci&dent"))
        self.incidents.open_requested.connect(self._open_incident)
        self.link_button = self.incidents.add_button(self.tr("&Link incidents…"),
                                                     "linkIncidents")
        self.link_button.clicked.connect(self.ask_link)
        linked = QGroupBox(self.tr("Linked incidents"))
        inner = QVBoxLayout(linked)
        inner.addWidget(self.incidents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 3)
        layout.addWidget(linked, 2)

        self.title.textChanged.connect(self._edited)
        for text in (self.description, self.root_cause, self.workaround, self.permanent_fix):
            text.textChanged.connect(self._edited)
        for combo in (self.impact, self.urgency, self.assignee, self.ci, self.category):
            combo.currentIndexChanged.connect(self._edited)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.service.currentIndexChanged.connect(self._service_changed)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self.changed.emit()

    def _open_incident(self, incident_id: uuid.UUID) -> None:
        self.form.open_item.emit(incident_id, "incident")

    # -- loading ------------------------------------------------------------------------------
    def reference_job(self) -> Callable[[Any], Any]:
        services = self.form.ctx.services
        reference, problems = services.reference, services.problems

        def job(dto: ProblemDTO | None) -> _Reference:
            return _Reference(
                reference.teams(), reference.services(),
                reference.cis(dto.service.id) if dto and dto.service else [],
                reference.team_members(dto.team.id) if dto and dto.team else [],
                problems.linked_incidents(dto.id) if dto else [])

        return job

    def show_reference(self, reference: _Reference, dto: ProblemDTO | None) -> None:
        self.fill_choices(self.team, reference.teams, self.tr("(no team)"))
        self.fill_choices(self.service, reference.services, self.tr("(no service)"))
        self.fill_choices(self.ci, reference.cis, self.tr("(no configuration item)"))
        self.fill_choices(self.assignee, reference.members, self.tr("(nobody yet)"))
        self._show_incidents(reference.incidents)

    def _show_incidents(self, rows: list[WorkItemRow]) -> None:
        self.incidents.set_rows(rows)
        open_count = sum(1 for r in rows if r.status not in ("resolved", "closed"))
        self.incidents.summary.setText(self.tr("%n incident(s) linked, {open} open", "",
                                               len(rows)).format(open=open_count))

    def refresh_incidents(self) -> None:
        dto, problems = self.form.dto, self.form.ctx.services.problems
        if dto is None:
            return
        self.form.runner.run(lambda: problems.linked_incidents(dto.id), self._show_incidents,
                             lambda exc: self.form.show_notice(user_message(exc)))

    def blank_values(self) -> dict[str, Any]:
        return {"title": "", "description": "", "service_id": None, "ci_id": None,
                "impact": 2, "urgency": 2, "team_id": None, "assignee_id": None,
                "root_cause_category": None, "root_cause": "", "workaround": "",
                "permanent_fix": ""}

    def values_of(self, dto: ProblemDTO) -> dict[str, Any]:
        return {name: dto.field_value(name) for name in FIELDS}

    def show_item(self, values: Mapping[str, Any], dto: ProblemDTO | None) -> None:
        self._filling += 1
        try:
            self.show_choices(
                ((self.service, dto.service if dto else None),
                 (self.ci, dto.ci if dto else None), (self.team, dto.team if dto else None),
                 (self.assignee, dto.assignee if dto else None)),
                values, (("impact", self.impact), ("urgency", self.urgency),
                         ("service_id", self.service), ("ci_id", self.ci),
                         ("team_id", self.team), ("assignee_id", self.assignee),
                         ("root_cause_category", self.category)))
            self.title.setText(values["title"])
            for name in TEXTS:
                getattr(self, name).setPlainText(values[name] or "")
            if dto is None:
                self._show_incidents([])
        finally:
            self._filling -= 1

    # -- reading ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {"title": self.title.text()}
        out.update({name: getattr(self, name).toPlainText() for name in TEXTS})
        out.update({"service_id": self.service.currentData(), "ci_id": self.ci.currentData(),
                    "impact": self.impact.currentData(), "urgency": self.urgency.currentData(),
                    "team_id": self.team.currentData(),
                    "assignee_id": self.assignee.currentData(),
                    "root_cause_category": self.category.currentData()})
        return out

    def labels(self) -> dict[str, str]:
        return {"service_id": self.service.currentText(), "ci_id": self.ci.currentText(),
                "team_id": self.team.currentText(), "assignee_id": self.assignee.currentText()}

    def labels_of(self, dto: ProblemDTO) -> dict[str, str]:
        return {name: choice.label if choice else "" for name, choice in (
            ("service_id", dto.service), ("ci_id", dto.ci), ("team_id", dto.team),
            ("assignee_id", dto.assignee))}

    def describe(self, name: str, value: Any, labels: Mapping[str, str]) -> str:
        if value is not None and name in ("impact", "urgency"):
            return self.tr((Impact if name == "impact" else Urgency)(int(value)).label)
        if value is not None and name == "root_cause_category":
            return tr_label(str(value))
        return super().describe(name, value, labels)

    def field_label(self, name: str) -> str:
        own = {"description": self.tr("Problem statement"), "root_cause": self.tr("Root cause"),
               "root_cause_category": self.tr("Root-cause category"),
               "workaround": self.tr("Workaround"), "permanent_fix": self.tr("Permanent fix")}
        return own.get(name) or super().field_label(name)

    def header_note(self, dto: ProblemDTO) -> tuple[str, str]:
        note = self.tr("%n incident(s), {open} open", "", dto.linked_incidents).format(
            open=dto.open_incidents)
        tip = self.tr("Opened {opened}").format(opened=local_time(dto.opened_at))
        if dto.known_error_at is not None:
            tip += "; " + self.tr("known error since {when}").format(
                when=local_time(dto.known_error_at))
        return note, tip

    def client_errors(self) -> dict[str, str]:
        if not self.title.text().strip():
            return {"title": self.tr("Enter a title.")}
        problem = self.title_counter.problem(self.tr("The title"))
        return {"title": problem} if problem else {}

    def first_field(self) -> QWidget:
        return self.title

    def last_field(self) -> QWidget:
        return self.permanent_fix

    # -- choice lists -------------------------------------------------------------------------
    def _team_changed(self) -> None:
        if not self._filling:
            self.reload_choices(self.team.currentData(), self.assignee, self.tr("(nobody yet)"),
                                self.form.ctx.services.reference.team_members)

    def _service_changed(self) -> None:
        if not self._filling:
            self.reload_choices(self.service.currentData(), self.ci,
                                self.tr("(no configuration item)"),
                                self.form.ctx.services.reference.cis)

    # -- linking ------------------------------------------------------------------------------
    def ask_link(self) -> None:
        """Link incidents typed by number ("INC-42, INC-51")."""
        if self.form.dto is None:
            self.form.show_notice(self.tr("Save the problem before linking incidents."))
            return
        dialog = QInputDialog(self.form)
        dialog.setObjectName("linkIncidentsDialog")
        dialog.setWindowTitle(self.tr("Link incidents to {n}").format(n=self.form.dto.number))
        dialog.setLabelText(self.tr("Incident &numbers (separated by commas or spaces):"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.link_numbers)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "link_dialog", None))
        self.link_dialog = dialog
        dialog.open()

    def link_numbers(self, numbers: str) -> None:
        form, problems = self.form, self.form.ctx.services.problems
        if form.dto is None or not numbers.strip():
            return
        problem_id = form.dto.id

        def done(count: int) -> None:
            if form.item_id != problem_id:
                return
            form.message.emit(self.tr("%n incident(s) linked.", "", count))
            form.publish(form.dto)
            form.reload()

        form.runner.run(lambda: problems.link_incident_numbers(problem_id, numbers), done,
                        lambda exc: form.show_notice(user_message(exc)))

    # -- resolving ----------------------------------------------------------------------------
    def run_step(self, step: Step) -> None:
        """Resolve…: what it would touch and the codes on offer, then the dialog."""
        form = self.form
        if form.dto is None:
            return
        problem_id = form.dto.id
        services = form.ctx.services

        def work() -> tuple[ResolvePreview, list[ResolutionCodeDTO]]:
            return services.problems.resolve_preview(problem_id), \
                services.resolution_codes.codes()

        form.runner.run(work, lambda found: self._resolve_with(step, *found),
                        lambda exc: form.show_notice(user_message(exc)))

    def _resolve_with(self, step: Step, preview: ResolvePreview,
                      codes: list[ResolutionCodeDTO]) -> None:
        form = self.form
        if form.dto is None or self.resolve_dialog is not None:
            return
        fix = self.permanent_fix.toPlainText().strip() or form.dto.title
        dialog = ProblemResolveDialog(preview, fix, [c for c in codes if c.active], form)
        self.resolve_dialog = dialog

        def submitted(notes: str, with_incidents: bool, code: str, incident_notes: str) -> None:
            def failed(exc: BaseException) -> None:
                dialog.show_error(user_message(exc) if not isinstance(exc, ValidationError)
                                  or not exc.fields else " ".join(exc.fields.values()))

            def done() -> None:
                dialog.accept()
                if with_incidents:
                    ids = frozenset(r.id for r in preview.resolvable)
                    form.ctx.bus.publish(Changes("incident", ids))
                self.refresh_incidents()

            form.transition(step.target, failed, done, resolution_notes=notes or None,
                            resolve_incidents=with_incidents, incident_code=code or None,
                            incident_notes=incident_notes or None)

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _r: setattr(self, "resolve_dialog", None))
        dialog.open()


PROBLEM_FORM = FormKind(
    key="problem",
    panel=ProblemPanel,
    service=lambda services: services.problems,
    steps=(
        Step("investigate", UNDER_INVESTIGATION,
             QT_TRANSLATE_NOOP("WorkItemForm", "Start &investigation"),
             labels_from={KNOWN_ERROR: QT_TRANSLATE_NOOP("WorkItemForm",
                                                         "Back to &investigation"),
                          RESOLVED: QT_TRANSLATE_NOOP("WorkItemForm", "&Reopen")}),
        Step("known_error", KNOWN_ERROR, QT_TRANSLATE_NOOP("WorkItemForm", "Mark &known error"),
             sources=frozenset({NEW, UNDER_INVESTIGATION})),
        Step("resolve", RESOLVED, QT_TRANSLATE_NOOP("WorkItemForm", "&Resolve…"), dialog=True),
        Step("close", CLOSED, QT_TRANSLATE_NOOP("WorkItemForm", "Cl&ose")),
    ),
    new_title=QT_TRANSLATE_NOOP("WorkItemForm", "New problem"),
)
