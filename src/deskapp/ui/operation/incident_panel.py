"""The incident's panel on the work-item form, and the incident's form declaration.

The fields are :class:`~deskapp.ui.operation.details.IncidentDetails`; this panel loads what
they choose from (teams, services, the CIs of the chosen service, the members of the chosen
team, callers as they are typed), adds callers, and asks for the resolution (code and notes,
and a reason when tasks are still open) before the Resolve step.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton, QSplitter, QVBoxLayout, QWidget

from deskapp.domain.incident import IncidentStatus, PriorityMatrix
from deskapp.errors import ValidationError
from deskapp.services.dto import CallerDTO, Changes, Choice, IncidentDTO
from deskapp.ui.knowledge.suggestions_pane import SuggestionsPane
from deskapp.ui.operation.caller_dialog import NewCallerDialog
from deskapp.ui.operation.details import (
    FORM_FIELDS,
    IncidentDetails,
    blank_values,
    describe,
    dto_labels,
    dto_values,
)
from deskapp.ui.operation.incident_article import ArticleFromIncident
from deskapp.ui.operation.incident_templates import IncidentTemplates
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.new_request_dialog import NewRequestDialog
from deskapp.ui.operation.resolve_dialog import ResolveDialog
from deskapp.ui.operation.workaround_dialog import WorkaroundDialog
from deskapp.ui.permissions import guard
from deskapp.ui.translate_noop import QT_TRANSLATE_NOOP
from deskapp.ui.work_items.form_kind import FormKind, KindPanel, Step
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.problem_dto import WorkaroundApplied
    from deskapp.services.reference import CallerDraft
    from deskapp.services.resolution_codes import ResolutionCodeDTO

S = IncidentStatus


@dataclass(frozen=True)
class _Reference:
    teams: list[Choice]
    services: list[Choice]
    matrix: PriorityMatrix
    cis: list[Choice]
    members: list[Choice]
    codes: list[ResolutionCodeDTO]


class IncidentPanel(KindPanel):
    """Details of an incident; ``details`` holds the fields."""

    FIELDS = FORM_FIELDS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentPanel")
        self.details = IncidentDetails()
        # knowledge offered while the incident is typed, beside the fields
        self.suggestions = SuggestionsPane()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setObjectName("suggestionsSplitter")
        self.split.addWidget(self.details)
        self.split.addWidget(self.suggestions)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 1)
        self.split.setChildrenCollapsible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)
        self.codes: list[ResolutionCodeDTO] = []
        self.resolve_dialog: ResolveDialog | None = None
        self.caller_dialog: NewCallerDialog | None = None
        self.reason_dialog: QInputDialog | None = None
        self._caller_query = self._cis_query = self._members_query = 0
        self.details.changed.connect(self.changed)
        self.details.errors_changed.connect(self.errors_changed)
        self.details.caller_search.connect(self._search_callers)
        self.details.new_caller_requested.connect(self.open_new_caller)
        self.details.service_changed.connect(self._load_cis)
        self.details.team_changed.connect(self._load_members)
        self.details.changed.connect(self._ask_suggestions)
        # no mnemonic left on an incident form: Ctrl+Alt+B (Service Operation's "New problem
        # from incidents") does it while the form has the focus
        self.problem_button = QPushButton(self.tr("New problem"))
        self.problem_button.setObjectName("newProblem")
        self.problem_button.setToolTip(self.tr("Start a problem for the cause behind this "
                                               "incident; the incident is linked to it "
                                               "(Ctrl+Alt+B)"))
        self.problem_button.clicked.connect(self.new_problem)
        self.workaround_button = QPushButton(self.tr("Apply workaround…"))
        self.workaround_button.setObjectName("applyWorkaround")
        self.workaround_button.setToolTip(self.tr(
            "Apply a known error's workaround: links the incident to it, records the "
            "workaround as a work note and resolves at once if the caller confirms it "
            "(Ctrl+Alt+W)"))
        self.workaround_button.clicked.connect(self.ask_workaround)
        # Ctrl+Alt+W: Service Operation's "Apply workaround" on the incident tab shown
        self.workaround_dialog: WorkaroundDialog | None = None
        # no mnemonic left either: Ctrl+Alt+R (Service Operation's "Convert to request…")
        self.convert_button = QPushButton(self.tr("Convert to request…"))
        self.convert_button.setObjectName("convertToRequest")
        self.convert_button.setToolTip(self.tr("This is an order, not a disruption: make it a "
                                               "service request from the catalogue, keeping its "
                                               "history (Ctrl+Alt+R)"))
        self.convert_button.clicked.connect(self.convert_to_request)
        self.convert_dialog: NewRequestDialog | None = None
        self.templates = IncidentTemplates(self)
        self.article = ArticleFromIncident(self)

    def attach(self, form: Any) -> None:
        super().attach(form)
        self.suggestions.bind(form.ctx.services, form.ctx.runner)
        # declaring a major incident is for supervisors and incident managers
        guard(self.details.major, form.ctx.services.major_incidents.may_declare())
        self.suggestions.message.connect(form.message)
        form.saved.connect(lambda dto: self.suggestions.link_pending(dto.id))

    def _ask_suggestions(self) -> None:
        values = self.details.values()
        self.suggestions.set_query(values["title"], values["description"],
                                   values["service_id"], values["ci_id"])


    def header_buttons(self) -> list[QWidget]:
        return [self.templates.button, self.problem_button, self.workaround_button,
                self.convert_button, self.article.button]

    # -- known errors -------------------------------------------------------------------------
    def ask_workaround(self) -> None:
        """Choose a known error (its service's first) and apply its workaround."""
        form = self.form
        dto = form.dto
        if dto is None or self.workaround_dialog is not None:
            if dto is None:
                form.show_notice(self.tr("Save the incident before applying a workaround."))
            return
        if dto.status in (S.RESOLVED.value, S.CLOSED.value):
            form.show_notice(self.tr("{n} is already resolved; reopen it to apply a "
                                     "workaround.").format(n=dto.number))
            return
        known = form.ctx.services.known_errors
        dialog = WorkaroundDialog(dto.number, dto.service.id if dto.service else None,
                                  dto.service.label if dto.service else "", form)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "workaround_dialog", None))
        self.workaround_dialog = dialog
        incident_id = dto.id

        def search(text: str) -> None:
            form.runner.run(lambda: known.for_incident(incident_id, text), dialog.set_rows,
                            lambda exc: dialog.show_error(user_message(exc)))

        def submitted(problem_id: object, resolve: bool, other: bool) -> None:
            current = form.dto
            if current is None or current.id != incident_id:
                return
            version = current.version

            def done(result: WorkaroundApplied) -> None:
                dialog.accept()
                if result.resolved:
                    text = self.tr("Workaround of {p} applied; {n} resolved{fcr}.").format(
                        p=result.problem_number, n=result.incident_number,
                        fcr=self.tr(" at first contact") if result.first_contact else "")
                else:
                    text = self.tr("Workaround of {p} applied to {n} and noted.").format(
                        p=result.problem_number, n=result.incident_number)
                form.message.emit(text)
                form.ctx.bus.publish(Changes("incident", frozenset({incident_id})))
                form.reload()

            def work() -> WorkaroundApplied:
                return known.apply_workaround(incident_id, version, problem_id,  # type: ignore[arg-type]
                                              resolve=resolve, other_service_confirmed=other)

            form.runner.run(work, done, lambda exc: dialog.show_error(user_message(exc)))

        dialog.search.connect(search)
        dialog.submitted.connect(submitted)
        dialog.open()
        search("")

    def new_problem(self) -> None:
        """A problem from this (saved) incident, opened in its own tab."""
        form = self.form
        if form.dto is None:
            form.show_notice(self.tr("Save the incident before starting a problem from it."))
            return
        incident_id, problems = form.dto.id, form.ctx.services.problems

        def done(problem: Any) -> None:
            form.ctx.bus.publish(Changes("problem", frozenset({problem.id}), created=True))
            form.side_refresh()
            if "links" in form.shared_tabs:
                form.shared_tabs["links"].refresh()
            form.message.emit(self.tr("{n} created; the incident is linked to it.").format(
                n=problem.number))
            form.open_item.emit(problem.id, "problem")

        form.runner.run(lambda: problems.create_from_incidents([incident_id]), done,
                        lambda exc: form.show_notice(user_message(exc)))

    def convert_to_request(self) -> NewRequestDialog | None:
        """Pick an offering and fill its form; the same item becomes a request (the form
        shell's ``replaced`` hands it to the view, which opens it in the request form)."""
        form = self.form
        if form.dto is None or form.is_dirty():
            form.show_notice(self.tr("Save or discard your changes before converting."))
            return None
        dialog = NewRequestDialog(form.ctx, self, converting=form.dto)
        dialog.created.connect(form.replaced)
        dialog.finished.connect(lambda _r: setattr(self, "convert_dialog", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.convert_dialog = dialog
        dialog.show()
        return dialog

    # -- loading ------------------------------------------------------------------------------
    def reference_job(self) -> Callable[[Any], Any]:
        services = self.form.ctx.services
        reference, incidents, codes = services.reference, services.incidents, \
            services.resolution_codes

        def job(dto: IncidentDTO | None) -> _Reference:
            service_id = dto.service.id if dto and dto.service else None
            team_id = dto.team.id if dto and dto.team else None
            return _Reference(
                reference.teams(), reference.services(), incidents.priority_matrix(),
                reference.cis(service_id) if service_id else [],
                reference.team_members(team_id) if team_id else [],
                codes.codes() if dto and dto.resolution_code else [])

        return job

    def show_reference(self, reference: _Reference, dto: IncidentDTO | None) -> None:
        self.details.set_reference(reference.teams, reference.services, reference.matrix)
        self.details.set_cis(reference.cis, dto.ci if dto else None)
        self.details.set_members(reference.members, dto.assignee if dto else None)
        if reference.codes:
            self.codes = reference.codes

    def blank_values(self) -> dict[str, Any]:
        return blank_values()

    def values_of(self, dto: IncidentDTO) -> dict[str, Any]:
        return dto_values(dto)

    def show_item(self, values: Mapping[str, Any], dto: IncidentDTO | None) -> None:
        self.problem_button.setEnabled(dto is not None)
        self.workaround_button.setEnabled(dto is not None and dto.status not in (
            S.RESOLVED.value, S.CLOSED.value))
        self.details.show_values(values, dto)
        self.convert_button.setVisible(dto is not None)
        self.convert_button.setEnabled(dto is not None and not dto.is_major and IncidentStatus(
            dto.status).is_open)
        self.history_shown(self.form.history_events)
        self.templates.show_item(dto)
        self.article.show_item(dto)
        self.suggestions.set_item(dto.id if dto is not None else None)
        self._ask_suggestions()

    def history_shown(self, history: list[Any]) -> None:
        """Code, notes, who and when of a resolved or closed incident."""
        labels = {c.code: (c.label, c.active) for c in self.codes}
        self.details.resolution.show_resolution(self.form.dto, history, labels)

    # -- reading ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return self.details.values()

    def labels(self) -> dict[str, str]:
        return self.details.labels()

    def labels_of(self, dto: IncidentDTO) -> dict[str, str]:
        return dto_labels(dto)

    def describe(self, name: str, value: Any, labels: Mapping[str, str]) -> str:
        return describe(name, value, labels)

    def priority(self) -> int:
        return self.details.priority_value()

    def header_note(self, dto: IncidentDTO) -> tuple[str, str]:
        return self.tr("opened {opened}").format(opened=local_time(dto.opened_at)), ""

    def client_errors(self) -> dict[str, str]:
        return self.details.client_errors()

    def show_errors(self, fields: Mapping[str, str]) -> None:
        self.details.show_errors(fields)

    def messages(self) -> dict[str, str]:
        return self.details.messages()

    def first_field(self) -> QWidget:
        return self.details.title

    def last_field(self) -> QWidget:
        return self.details.description

    # -- resolving ----------------------------------------------------------------------------
    def run_step(self, step: Step) -> None:
        """Resolve…: read the list's current codes, then ask for code and notes."""
        services, dto = self.form.ctx.services, self.form.dto
        codes, majors = services.resolution_codes, services.major_incidents
        major_id = dto.id if dto is not None and dto.is_major else None

        def work() -> tuple[list[ResolutionCodeDTO], list[str]]:
            return codes.codes(), majors.open_children(major_id) if major_id else []

        self.form.runner.run(work, lambda found: self._resolve_with(step, *found),
                             lambda exc: self.form.show_notice(user_message(exc)))

    def _resolve_with(self, step: Step, codes: list[ResolutionCodeDTO],
                      children: list[str] | None = None) -> None:
        form = self.form
        if form.dto is None or self.resolve_dialog is not None:
            return
        self.codes = codes
        dialog = ResolveDialog(form.dto.number, [c for c in codes if c.active], form,
                               children or [])
        self.resolve_dialog = dialog

        def submitted(code: str, notes: str) -> None:
            def failed(exc: BaseException) -> None:
                fields = exc.fields if isinstance(exc, ValidationError) else {}
                if "open_tasks_reason" in fields:  # open tasks: resolving needs a reason
                    self._ask_open_tasks_reason(user_message(exc), lambda reason: (
                        form.transition(step.target, failed, done,
                                        resolution_code=code, resolution_notes=notes,
                                        open_tasks_reason=reason, **extra)))
                    return
                dialog.show_errors(fields, user_message(exc))

            extra: dict[str, Any] = \
                {"resolve_children": True} if dialog.with_children.isChecked() else {}

            def done() -> None:
                dialog.accept()
                if extra:  # the children moved too: their queues and forms
                    form.ctx.bus.publish(Changes("incident", frozenset({form.dto.id})))

            form.transition(step.target, failed, done, resolution_code=code,
                            resolution_notes=notes, **extra)

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _r: setattr(self, "resolve_dialog", None))
        dialog.open()

    def _ask_open_tasks_reason(self, message: str, retry: Callable[[str], None]) -> None:
        """The incident has open tasks: ask why it may be resolved anyway, then retry."""
        dialog = QInputDialog(self.form)
        dialog.setObjectName("openTasksReason")
        dialog.setWindowTitle(self.tr("Resolve with open tasks"))
        dialog.setLabelText(message + "\n\n" + self.tr("&Reason (kept in the history):"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def selected(text: str) -> None:
            if text.strip():
                retry(text.strip())

        dialog.textValueSelected.connect(selected)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "reason_dialog", None))
        self.reason_dialog = dialog
        dialog.open()

    # -- callers and choice lists -------------------------------------------------------------
    def open_new_caller(self, name: str = "") -> None:
        """Create a caller in a small dialog; once saved, the form shows them as the caller."""
        form = self.form
        dialog = NewCallerDialog(name, form)
        self.caller_dialog = dialog
        reference = form.ctx.services.reference

        def submitted(draft: CallerDraft) -> None:
            record = form.item_id

            def created(caller: CallerDTO) -> None:
                added = self.tr("Added caller {name}.").format(name=caller.full_name)
                still_here = self.caller_dialog is dialog and form.item_id == record
                if not still_here:  # cancelled, or the form moved on: the caller is only saved
                    form.message.emit(added)
                    return
                self.details.set_caller(caller.choice)
                form.message.emit(added)
                dialog.accept()

            def failed(exc: BaseException) -> None:
                dialog.show_failure(exc, user_message(exc))

            form.runner.run(lambda: reference.create_caller(draft), created, failed)

        def use_existing(caller: CallerDTO) -> None:  # a likely duplicate: take theirs
            self.details.set_caller(caller.choice)
            dialog.accept()

        dialog.submitted.connect(submitted)
        dialog.existing_chosen.connect(use_existing)
        dialog.finished.connect(lambda _r: setattr(self, "caller_dialog", None))
        dialog.open()

    def _latest(self, counter: str, job: Callable[[], Any],
                done: Callable[[Any], None]) -> None:
        """Run ``job``; only the last request of its kind is shown (arrowing through a list,
        typing on: the last one wins)."""
        query = getattr(self, counter) + 1
        setattr(self, counter, query)

        def finished(result: Any) -> None:
            if getattr(self, counter) == query:
                done(result)

        self.form.runner.run(job, finished,
                             lambda exc: self.form.show_notice(user_message(exc)))

    def _load_cis(self, service_id: uuid.UUID | None) -> None:
        self._load_list("_cis_query", service_id, self.form.ctx.services.reference.cis,
                        self.details.set_cis)

    def _load_members(self, team_id: uuid.UUID | None) -> None:
        self._load_list("_members_query", team_id,
                        self.form.ctx.services.reference.team_members, self.details.set_members)

    def _load_list(self, counter: str, key: uuid.UUID | None,
                   fetch: Callable[[uuid.UUID], list[Choice]],
                   show: Callable[[list[Choice]], None]) -> None:
        """The CIs of a service, the members of a team: empty when none is chosen."""
        if key is None:
            setattr(self, counter, getattr(self, counter) + 1)  # a late answer is dropped
            show([])
            return
        self._latest(counter, lambda: fetch(key), show)

    def _search_callers(self, text: str) -> None:
        if len(text) >= 2:
            reference = self.form.ctx.services.reference
            self._latest("_caller_query", lambda: reference.callers(text),
                         self.details.set_callers)


INCIDENT_FORM = FormKind(
    key="incident",
    panel=IncidentPanel,
    service=lambda services: services.incidents,
    steps=(
        Step("start", S.IN_PROGRESS.value, QT_TRANSLATE_NOOP("WorkItemForm", "Start wor&k"),
             sources=frozenset({S.NEW.value, S.ASSIGNED.value, S.PENDING.value}),
             labels_from={S.PENDING.value: QT_TRANSLATE_NOOP("WorkItemForm", "Resume wor&k")}),
        Step("pending", S.PENDING.value, QT_TRANSLATE_NOOP("WorkItemForm", "Pe&nding")),
        Step("resolve", S.RESOLVED.value, QT_TRANSLATE_NOOP("WorkItemForm", "&Resolve…"),
             dialog=True),
        Step("reopen", S.IN_PROGRESS.value, QT_TRANSLATE_NOOP("WorkItemForm", "&Reopen"),
             sources=frozenset({S.RESOLVED.value})),
        Step("close", S.CLOSED.value, QT_TRANSLATE_NOOP("WorkItemForm", "Cl&ose")),
    ),
    new_title=QT_TRANSLATE_NOOP("WorkItemForm", "New incident"),
    children=lambda services: services.incident_tasks,
)
