"""The incident editor: create and edit, lifecycle actions, comments, history, SLA clocks.

All database work goes through ``ctx.runner``. A save sends only the fields that changed, with
the version the form was loaded at; if someone else saved first the service raises
``ConflictError`` and the conflict dialog offers a field-by-field choice, then saves the chosen
values on top of their version. Nothing is overwritten or dropped without the person seeing it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import (
    PRIORITY_LABELS,
    IncidentStatus,
    PriorityMatrix,
    allowed_transitions,
)
from deskapp.errors import ConflictError, ValidationError
from deskapp.services.dto import (
    CallerDTO,
    Changes,
    Choice,
    CommentDTO,
    EventDTO,
    IncidentDTO,
    WorkItemRow,
)
from deskapp.services.reference import CallerDraft
from deskapp.services.resolution_codes import ResolutionCodeDTO
from deskapp.ui.context import UiContext
from deskapp.ui.operation.caller_dialog import NewCallerDialog
from deskapp.ui.operation.conflict_dialog import ConflictDialog, FieldConflict
from deskapp.ui.operation.details import (
    FORM_FIELDS,
    IncidentDetails,
    blank_values,
    describe,
    dto_labels,
    dto_values,
)
from deskapp.ui.operation.models import field_label, local_time
from deskapp.ui.operation.resolve_dialog import ERROR_STYLE, ResolveDialog
from deskapp.ui.operation.side_tabs import CommentsTab, HistoryTab
from deskapp.ui.operation.sla_panel import SlaPanel
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.links_tab import LinksTab
from deskapp.ui.work_items.tasks_tab import TasksTab
from deskapp.ui.workers import user_message

S = IncidentStatus


@dataclass(frozen=True)
class _Loaded:
    dto: IncidentDTO | None
    teams: list[Choice]
    services: list[Choice]
    matrix: PriorityMatrix
    cis: list[Choice]
    members: list[Choice]
    comments: list[CommentDTO]
    history: list[EventDTO]
    codes: list[ResolutionCodeDTO]


class MessageLine(QLabel):
    """The form's message: one line that is always there (empty when all is well), so a
    message appearing moves nothing; a text too long for it is elided, whole in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setObjectName("formMessage")
        self.setStyleSheet(ERROR_STYLE)
        self.setFixedHeight(self.fontMetrics().height() + 4)
        self.setMinimumWidth(1)

    def full_text(self) -> str:
        return self._full

    def show_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 40)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._elide()


class IncidentEditor(QWidget):
    """One incident (or a new one). ``saved(IncidentDTO)``, ``dirty_changed(bool)``."""

    saved = Signal(object)
    dirty_changed = Signal(bool)
    loaded = Signal(object)  # the DTO now shown (None for a blank form)
    message = Signal(str)  # a sentence for the status bar
    title_changed = Signal(str)  # what the tab should read
    open_task_requested = Signal(object)  # a task's id, from the Tasks tab

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentEditor")
        self.ctx = ctx
        self.incidents = ctx.services.incidents
        self.reference = ctx.services.reference
        self.runner = SafeRunner(self, ctx.runner)
        self.dto: IncidentDTO | None = None
        self._base: dict[str, Any] = blank_values()
        self._dirty = False
        self._busy = False
        self._ready = False
        self._publishing = False
        self._caller_query = 0
        self._requested: uuid.UUID | None = None
        self._notice_from_fields = False  # the message is the fields' and goes with them
        self._codes: list[ResolutionCodeDTO] = []
        self._history: list[EventDTO] = []
        self._cis_query = 0
        self._members_query = 0
        self.conflict_dialog: ConflictDialog | None = None
        self.resolve_dialog: ResolveDialog | None = None
        self.caller_dialog: NewCallerDialog | None = None

        self.header = QLabel()
        self.header.setObjectName("incidentHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.notice = MessageLine()
        self.details = IncidentDetails()
        self.sla_panel = SlaPanel()
        self.sla_panel.setMinimumWidth(260)
        self.sla_panel.setMaximumWidth(420)
        details_page = QSplitter(Qt.Orientation.Horizontal)
        details_page.setObjectName("detailsSplitter")
        details_page.setChildrenCollapsible(False)
        details_page.addWidget(self.details)
        details_page.addWidget(self.sla_panel)
        details_page.setStretchFactor(0, 1)
        self.comments = CommentsTab()
        self.comments.add_requested.connect(self.add_comment)
        self.history = HistoryTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("incidentTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(details_page, self.tr("Details"))
        self.tabs.addTab(self.comments, self.tr("Comments && work notes"))
        self.tabs.addTab(self.history, self.tr("History"))
        # the incident's tasks (work items whose parent it is): open or create one
        self.tasks_tab = TasksTab()
        self.tasks_tab.open_requested.connect(self.open_task_requested)
        self.tasks_tab.create_requested.connect(self.create_task)
        self.tabs.addTab(self.tasks_tab, self.tr("Tasks"))
        self.links_tab = LinksTab()  # caused by, fixes, relates to, duplicate of
        self.links_tab.bind(ctx.services.work_items, self.runner, lambda: self.incident_id)
        self.links_tab.message.connect(self.message)
        self.tabs.addTab(self.links_tab, self.tr("Links"))
        self.reason_dialog: QInputDialog | None = None

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveIncident")
        self.save_button.setToolTip(self.tr("Save the incident (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.start_button = self._action_button("start", self.tr("Start wor&k"), S.IN_PROGRESS)
        self.pending_button = self._action_button("pending", self.tr("Pe&nding"), S.PENDING)
        self.resolve_button = QPushButton(self.tr("&Resolve…"))
        self.resolve_button.setObjectName("resolve")
        self.resolve_button.clicked.connect(self.open_resolve)
        self.reopen_button = self._action_button("reopen", self.tr("&Reopen"), S.IN_PROGRESS)
        self.close_button = self._action_button("close", self.tr("Cl&ose"), S.CLOSED)
        actions = QHBoxLayout()
        actions.addWidget(self.header, 1)
        for button in (self.start_button, self.pending_button, self.resolve_button,
                       self.reopen_button, self.close_button, self.save_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.details.description, self.save_button)

        self.details.changed.connect(self._update_dirty)
        self.details.errors_changed.connect(self._field_messages_changed)
        self.details.changed.connect(self._update_header)
        self.details.caller_search.connect(self._search_callers)
        self.details.new_caller_requested.connect(self.open_new_caller)
        self.details.service_changed.connect(self._load_cis)
        self.details.team_changed.connect(self._load_members)
        ctx.bus.changed.connect(self._bus_changed)
        ctx.bus.changed.connect(self._tasks_changed)
        self._show_lifecycle()
        self.setEnabled(False)

    def _action_button(self, name: str, text: str, target: IncidentStatus) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: self.transition(target.value))
        return button

    # -- public -------------------------------------------------------------------------------
    @property
    def incident_id(self) -> uuid.UUID | None:
        return self.dto.id if self.dto else None

    @property
    def shown_id(self) -> uuid.UUID | None:
        """The incident on screen or being loaded (so a double activation opens one tab)."""
        return self._requested if self._requested is not None else self.incident_id

    def is_dirty(self) -> bool:
        return self._dirty

    def is_ready(self) -> bool:
        """True once the form shows what it was asked to show (tests and the view wait)."""
        return self._ready

    def display_title(self) -> str:
        if self.dto is None:
            return self.tr("New incident") + (" *" if self._dirty else "")
        return self.dto.number + (" *" if self._dirty else "")

    def new_incident(self) -> None:
        self._load(None)

    def load(self, incident_id: uuid.UUID) -> None:
        self._load(incident_id)

    def reload(self) -> None:
        self._load(self.incident_id)

    # -- loading ------------------------------------------------------------------------------
    def _load(self, incident_id: uuid.UUID | None) -> None:
        self._ready = False
        self._requested = incident_id
        incidents, reference = self.incidents, self.reference
        codes = self.ctx.services.resolution_codes

        def work() -> _Loaded:
            dto = incidents.get(incident_id) if incident_id else None
            service_id = dto.service.id if dto and dto.service else None
            team_id = dto.team.id if dto and dto.team else None
            return _Loaded(
                dto, reference.teams(), reference.services(), incidents.priority_matrix(),
                reference.cis(service_id) if service_id else [],
                reference.team_members(team_id) if team_id else [],
                incidents.comments(incident_id) if incident_id else [],
                incidents.readable_history(incident_id) if incident_id else [],
                codes.codes() if dto and dto.resolution_code else [])

        self.runner.run(work, self._loaded, self._load_failed)

    def _loaded(self, result: _Loaded) -> None:
        self._requested = None
        self.details.set_reference(result.teams, result.services, result.matrix)
        dto = result.dto
        if dto is not None:
            self.details.set_cis(result.cis, dto.ci)
            self.details.set_members(result.members, dto.assignee)
        else:
            self.details.set_cis([])
            self.details.set_members([])
        if result.codes:
            self._codes = result.codes
        self._history = result.history
        self._show(dto)
        self.comments.set_comments(result.comments)
        self.history.set_events(result.history)
        self._refresh_tasks()
        self.links_tab.refresh()
        self.setEnabled(True)
        self._ready = True
        if dto is None:
            self.details.title.setFocus()
        self.loaded.emit(dto)

    def _load_failed(self, exc: BaseException) -> None:
        self._requested = None
        self.setEnabled(True)
        self._ready = True
        self.show_notice(user_message(exc))

    def _show(self, dto: IncidentDTO | None) -> None:
        """Show a saved state; the form is clean afterwards."""
        self.dto = dto
        self._base = dto_values(dto) if dto else blank_values()
        self.details.show_values(self._base, dto)
        if dto is not None:
            self.sla_panel.show_sla(dto.sla)
        else:
            self.sla_panel.show_sla(None, new=True)
        self.comments.setEnabled(dto is not None)
        self.history.setEnabled(dto is not None)
        self.tasks_tab.setEnabled(dto is not None)
        self.links_tab.setEnabled(dto is not None)
        self._show_resolution()
        self.show_notice("")
        self._show_lifecycle()
        self._update_dirty()
        self._update_header()

    # -- tasks (issue 11) ------------------------------------------------------------------
    def _refresh_tasks(self) -> None:
        incident_id = self.incident_id
        if incident_id is None:
            self.tasks_tab.set_tasks([])
            return
        tasks, reference = self.ctx.services.incident_tasks, self.reference

        def done(result: tuple[list[WorkItemRow], list[Choice]]) -> None:
            if self.incident_id == incident_id:
                self.tasks_tab.teams = result[1]
                self.tasks_tab.set_tasks(result[0])

        self.runner.run(lambda: (tasks.tasks_of(incident_id), reference.teams()), done,
                        lambda exc: self.show_notice(user_message(exc)))

    def create_task(self, title: str, team_id: uuid.UUID | None) -> None:
        """A new task under this incident (from the Tasks tab's dialog)."""
        if self.dto is None:
            return
        incident_id, tasks = self.dto.id, self.ctx.services.incident_tasks
        dialog = self.tasks_tab.dialog

        def done(task: Any) -> None:
            if dialog is not None:
                dialog.accept()
            self.message.emit(self.tr("{task} added to {n}.").format(task=task.number,
                                                                    n=task.parent_number))
            self.ctx.bus.publish(Changes("incident_task", frozenset({task.id, incident_id}),
                                         created=True))

        def failed(exc: BaseException) -> None:
            if dialog is not None:
                dialog.show_error(user_message(exc))
            else:
                self.show_notice(user_message(exc))

        self.runner.run(lambda: tasks.create(incident_id, {"title": title, "team_id": team_id}),
                        done, failed)

    def _tasks_changed(self, changes: Changes) -> None:
        if changes.kind == "incident_task" and self.dto is not None \
                and self.dto.id in changes.ids:
            self._refresh_tasks()
            self._side_refresh()

    def _ask_open_tasks_reason(self, message: str, retry: Callable[[str], None]) -> None:
        """The incident has open tasks: ask why it may be resolved anyway, then retry."""
        dialog = QInputDialog(self)
        dialog.setObjectName("openTasksReason")
        dialog.setWindowTitle(self.tr("Resolve with open tasks"))
        dialog.setLabelText(message + "\n\n" + self.tr("&Reason (kept in the history):"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: text.strip() and retry(text.strip()))
        dialog.destroyed.connect(lambda _o=None: setattr(self, "reason_dialog", None))
        self.reason_dialog = dialog
        dialog.open()

    def _side_refresh(self) -> None:
        incident_id = self.incident_id
        if incident_id is None:
            return
        incidents = self.incidents

        def work() -> tuple[list[CommentDTO], list[EventDTO]]:
            return incidents.comments(incident_id), incidents.readable_history(incident_id)

        def done(result: tuple[list[CommentDTO], list[EventDTO]]) -> None:
            self.comments.set_comments(result[0])
            self.history.set_events(result[1])
            self._history = result[1]
            self._show_resolution()

        self.runner.run(work, done, lambda exc: self.show_notice(user_message(exc)))

    def _load_cis(self, service_id: uuid.UUID | None) -> None:
        self._cis_query += 1
        if service_id is None:
            self.details.set_cis([])
            return
        self._cis_query += 1
        query, reference = self._cis_query, self.reference

        def done(cis: list[Choice]) -> None:
            if query == self._cis_query:  # arrowing through services: the last one wins
                self.details.set_cis(cis)

        self.runner.run(lambda: reference.cis(service_id), done,
                        lambda exc: self.show_notice(user_message(exc)))

    def _load_members(self, team_id: uuid.UUID | None) -> None:
        self._members_query += 1
        if team_id is None:
            self.details.set_members([])
            return
        self._members_query += 1
        query, reference = self._members_query, self.reference

        def done(members: list[Choice]) -> None:
            if query == self._members_query:
                self.details.set_members(members)

        self.runner.run(lambda: reference.team_members(team_id), done,
                        lambda exc: self.show_notice(user_message(exc)))

    def _search_callers(self, text: str) -> None:
        if len(text) < 2:
            return
        self._caller_query += 1
        query, reference = self._caller_query, self.reference

        def done(choices: list[Choice]) -> None:
            if query == self._caller_query:  # a later keystroke wins
                self.details.set_callers(choices)

        self.runner.run(lambda: reference.callers(text), done,
                        lambda exc: self.show_notice(user_message(exc)))

    # -- state --------------------------------------------------------------------------------
    def _update_dirty(self) -> None:
        dirty = self.details.values() != self._base
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.title_changed.emit(self.display_title())

    def _update_header(self) -> None:
        priority = self.tr(PRIORITY_LABELS[self.details.priority_value()])
        if self.dto is None:
            self.header.setText(self.tr("<b>New incident</b> · {p}").format(p=priority))
            return
        status = self.tr(IncidentStatus(self.dto.status).label)
        opened = local_time(self.dto.opened_at)
        self.header.setText(self.tr("<b>{number}</b> · {status} · {p} · opened {opened}")
                            .format(number=self.dto.number, status=status, p=priority,
                                    opened=opened))

    def _show_lifecycle(self) -> None:
        """Offer only the steps the lifecycle allows from the saved status."""
        current = IncidentStatus(self.dto.status) if self.dto else None
        legal = allowed_transitions(current) if current is not None else frozenset()
        self.start_button.setVisible(S.IN_PROGRESS in legal and current != S.RESOLVED)
        self.start_button.setText(self.tr("Resume wor&k") if current == S.PENDING
                                  else self.tr("Start wor&k"))
        self.pending_button.setVisible(S.PENDING in legal)
        self.resolve_button.setVisible(S.RESOLVED in legal)
        self.reopen_button.setVisible(current == S.RESOLVED and S.IN_PROGRESS in legal)
        self.close_button.setVisible(S.CLOSED in legal)
        self.save_button.setEnabled(current != S.CLOSED)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for button in (self.save_button, self.start_button, self.pending_button,
                       self.resolve_button, self.reopen_button, self.close_button):
            button.setEnabled(not busy)
        if not busy:
            self._show_lifecycle()

    def _show_resolution(self) -> None:
        """Code, notes, who and when of a resolved or closed incident, on the form."""
        labels = {c.code: (c.label, c.active) for c in self._codes}
        self.details.resolution.show_resolution(self.dto, self._history, labels)

    def show_notice(self, text: str, *, from_fields: bool = False) -> None:
        self._notice_from_fields = from_fields and bool(text)
        self.notice.show_text(text)
        if text:
            self.message.emit(text)

    def _field_messages_changed(self) -> None:
        """A refusal's message lasts only while a field it names is still unchanged."""
        if not self._notice_from_fields:
            return
        remaining = self.details.messages()
        if remaining:
            self.notice.show_text(self._not_saved(remaining))
        else:
            self.show_notice("")
            self.message.emit("")  # the status bar's copy goes too

    def _not_saved(self, fields: dict[str, str]) -> str:
        return self.tr("Not saved: {messages}").format(messages=" ".join(fields.values()))

    # -- saving -------------------------------------------------------------------------------
    def _changes(self) -> dict[str, Any]:
        values = self.details.values()
        return {k: v for k, v in values.items() if v != self._base.get(k)}

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Save the form; ``then`` runs after a successful save. False if refused at once."""
        if self._busy or not self._ready:
            return False
        errors = self.details.client_errors()
        self.details.show_errors(errors)
        if errors:
            self.show_notice(self._not_saved(self.details.messages()), from_fields=True)
            return False
        incidents = self.incidents
        if self.dto is None:
            draft = self.details.values()
            job: Callable[[], IncidentDTO] = lambda: incidents.create(draft)  # noqa: E731
        else:
            changes = self._changes()
            if not changes:
                self.message.emit(self.tr("{n}: nothing to save.").format(n=self.dto.number))
                if then is not None:
                    then()
                return True
            incident_id, version = self.dto.id, self.dto.version
            job = lambda: incidents.edit(incident_id, version, changes)  # noqa: E731
        self._run_save(job, then)
        return True

    def _run_save(self, job: Callable[[], IncidentDTO], then: Callable[[], object] | None) -> None:
        created = self.dto is None
        self._set_busy(True)

        def ok(dto: IncidentDTO) -> None:
            self._set_busy(False)
            self._saved(dto, created=created)
            self.message.emit(self.tr("{n} saved.").format(n=dto.number))
            if then is not None:
                then()

        self.runner.run(job, ok, lambda exc: self._save_failed(exc, then))

    def _saved(self, dto: IncidentDTO, *, created: bool = False) -> None:
        self._show(dto)
        self._side_refresh()
        self.saved.emit(dto)
        self._publishing = True
        try:
            self.ctx.bus.publish(Changes("incident", frozenset({dto.id}), created=created))
        finally:
            self._publishing = False

    def _save_failed(self, exc: BaseException, then: Callable[[], object] | None) -> None:
        self._set_busy(False)
        if isinstance(exc, ConflictError) and isinstance(exc.theirs, IncidentDTO):
            self._offer_merge(exc, exc.theirs, then)
            return
        if isinstance(exc, ValidationError) and exc.fields:
            self.details.show_errors(exc.fields)
            self.show_notice(self._not_saved(self.details.messages()), from_fields=True)
            return
        self.show_notice(self.tr("Not saved: {reason}").format(reason=user_message(exc)))

    # -- conflicts ----------------------------------------------------------------------------
    def conflict_rows(self, theirs: IncidentDTO) -> list[FieldConflict]:
        mine, labels = self.details.values(), self.details.labels()
        their_values, their_labels = dto_values(theirs), dto_labels(theirs)
        rows = []
        for name in FORM_FIELDS:
            m, t, b = mine[name], their_values[name], self._base[name]
            if m == t:
                continue
            rows.append(FieldConflict(
                name, field_label(name), m, describe(name, m, labels), t,
                describe(name, t, their_labels), both_changed=m != b and t != b,
                take_theirs=m == b))
        return rows

    def _offer_merge(self, exc: ConflictError, theirs: IncidentDTO,
                     then: Callable[[], object] | None) -> None:
        rows = self.conflict_rows(theirs)
        if exc.by and exc.at:
            who = self.tr("{who} (at {time})").format(who=exc.by, time=local_time(exc.at))
        else:
            who = exc.by or self.tr("Someone else")
        dialog = ConflictDialog(theirs.number, who, rows, self)
        self.conflict_dialog = dialog
        their_values = dto_values(theirs)
        self.show_notice(self.tr("{n} was changed by {who}; choose what to keep.")
                         .format(n=theirs.number, who=exc.by or self.tr("someone else")))

        def accepted() -> None:
            changes = {k: v for k, v in dialog.chosen().items() if v != their_values[k]}
            self._base = their_values
            incidents = self.incidents
            if changes:
                job: Callable[[], IncidentDTO] = \
                    lambda: incidents.edit(theirs.id, theirs.version, changes)  # noqa: E731
            else:
                job = lambda: incidents.get(theirs.id)  # noqa: E731
            self.dto = theirs
            self._run_save(job, then)

        def rejected() -> None:
            self.show_notice(self.tr("Not saved: {n} was changed by someone else. Your edits "
                                     "are still here; save again to choose what to keep.")
                             .format(n=theirs.number))

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.finished.connect(lambda _r: setattr(self, "conflict_dialog", None))
        dialog.open()

    # -- lifecycle ----------------------------------------------------------------------------
    def transition(self, target: str, resolution_code: str | None = None,
                   resolution_notes: str | None = None,
                   on_error: Callable[[BaseException], None] | None = None,
                   on_done: Callable[[], None] | None = None,
                   open_tasks_reason: str | None = None) -> None:
        """Move the saved incident; unsaved edits are saved first."""
        if self.dto is None or self._busy:
            return
        if self._dirty:
            self.save(then=lambda: self.transition(target, resolution_code, resolution_notes,
                                                   on_error, on_done, open_tasks_reason))
            return
        incident_id, version, incidents = self.dto.id, self.dto.version, self.incidents
        self._set_busy(True)

        def ok(dto: IncidentDTO) -> None:
            self._set_busy(False)
            self._saved(dto)
            self.message.emit(self.tr("{n} is now {status}.").format(
                n=dto.number, status=self.tr(IncidentStatus(dto.status).label)))
            if on_done is not None:
                on_done()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if on_error is not None:
                on_error(exc)
            if isinstance(exc, ConflictError):
                self.show_notice(self.tr("{reason} It was reloaded; try the step again.")
                                 .format(reason=user_message(exc)))
                self.reload()
            elif on_error is None:
                self.show_notice(user_message(exc))

        self.runner.run(lambda: incidents.transition(incident_id, version, target,
                                                     resolution_code, resolution_notes,
                                                     open_tasks_reason),
                        ok, failed)

    def open_resolve(self) -> None:
        """Read the list's current codes, then ask for code and notes."""
        if self.dto is None or self._busy:
            return
        codes = self.ctx.services.resolution_codes
        self.runner.run(codes.codes, self._resolve_with,
                        lambda exc: self.show_notice(user_message(exc)))

    def _resolve_with(self, codes: list[ResolutionCodeDTO]) -> None:
        if self.dto is None or self.resolve_dialog is not None:
            return
        self._codes = codes
        dialog = ResolveDialog(self.dto.number, [c for c in codes if c.active], self)
        self.resolve_dialog = dialog

        def submitted(code: str, notes: str) -> None:
            def failed(exc: BaseException) -> None:
                fields = exc.fields if isinstance(exc, ValidationError) else {}
                if "open_tasks_reason" in fields:  # open tasks: resolving needs a reason
                    self._ask_open_tasks_reason(user_message(exc), lambda reason: (
                        self.transition(S.RESOLVED.value, code, notes, on_error=failed,
                                        on_done=dialog.accept, open_tasks_reason=reason)))
                    return
                dialog.show_errors(fields, user_message(exc))

            self.transition(S.RESOLVED.value, code, notes, on_error=failed,
                            on_done=dialog.accept)

        dialog.submitted.connect(submitted)
        dialog.finished.connect(lambda _r: setattr(self, "resolve_dialog", None))
        dialog.open()

    def open_new_caller(self, name: str = "") -> None:
        """Create a caller in a small dialog; once saved, the form shows them as the caller."""
        dialog = NewCallerDialog(name, self)
        self.caller_dialog = dialog
        reference = self.reference

        def submitted(draft: CallerDraft) -> None:
            record = self.dto.id if self.dto is not None else None

            def created(caller: CallerDTO) -> None:
                added = self.tr("Added caller {name}.").format(name=caller.full_name)
                still_here = self.caller_dialog is dialog and (
                    self.dto.id if self.dto is not None else None) == record
                if not still_here:  # cancelled, or the form moved on: the caller is only saved
                    self.message.emit(added)
                    return
                self.details.set_caller(caller.choice)
                self.message.emit(added)
                dialog.accept()

            def failed(exc: BaseException) -> None:
                dialog.show_failure(exc, user_message(exc))

            self.runner.run(lambda: reference.create_caller(draft), created, failed)

        def use_existing(caller: CallerDTO) -> None:  # a likely duplicate: take theirs
            self.details.set_caller(caller.choice)
            dialog.accept()

        dialog.submitted.connect(submitted)
        dialog.existing_chosen.connect(use_existing)
        dialog.finished.connect(lambda _r: setattr(self, "caller_dialog", None))
        dialog.open()

    # -- comments -----------------------------------------------------------------------------
    def add_comment(self, body: str, work_note: bool) -> None:
        if self.dto is None:
            self.comments.show_error(self.tr("Save the incident before adding notes."))
            return
        incident_id, incidents = self.dto.id, self.incidents

        def work() -> IncidentDTO:
            incidents.add_comment(incident_id, body, work_note=work_note)
            return incidents.get(incident_id)

        def ok(dto: IncidentDTO) -> None:
            self.comments.added()
            # a reply may be the first response: the clocks and version moved
            if self._dirty:
                self.dto = dto
                self.sla_panel.show_sla(dto.sla)
            else:
                self._show(dto)
            self._side_refresh()
            self._publishing = True
            try:
                self.ctx.bus.publish(Changes("incident", frozenset({dto.id})))
            finally:
                self._publishing = False
            self.message.emit(self.tr("Work note added.") if work_note
                              else self.tr("Comment added."))

        self.runner.run(work, ok, lambda exc: self.comments.show_error(user_message(exc)))

    def _bus_changed(self, changes: Changes) -> None:
        """Someone else in this window changed our incident: reload unless we have edits."""
        if (self._publishing or changes.kind != "incident" or self.dto is None
                or self.dto.id not in changes.ids or self._busy):
            return
        if self._dirty:
            self.show_notice(self.tr("{n} was changed elsewhere; saving will let you choose "
                                     "what to keep.").format(n=self.dto.number))
        else:
            self.reload()
