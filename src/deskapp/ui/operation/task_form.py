"""The incident task editor: fields, lifecycle, comments, history and the resolution clock.

It offers the same surface to the operation view as the incident editor (``saved``,
``dirty_changed``, ``title_changed``, ``load``, ``save``...), so tasks open in the same tabs.
The comments, history and SLA panels are the incident form's own widgets.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from typing import Any

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.incident import PRIORITY_LABELS, TITLE_MAX, Impact, Urgency
from deskapp.errors import ConflictError
from deskapp.services.dto import Changes, Choice, CommentDTO, EventDTO, IncidentTaskDTO
from deskapp.ui.context import UiContext
from deskapp.ui.labels import status_label, tr_label
from deskapp.ui.length_counter import LengthCounter, with_counter
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.resolve_dialog import ERROR_STYLE
from deskapp.ui.operation.side_tabs import CommentsTab, HistoryTab
from deskapp.ui.operation.sla_panel import SlaPanel
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.links_tab import LinksTab
from deskapp.ui.workers import user_message

KIND = "incident_task"
#: (object name, label, target status) of the lifecycle buttons, in order
STEPS = (("start", "Start wor&k", "in_progress"), ("pending", "Pe&nding", "pending"),
         ("close", "Cl&ose", "closed"), ("cancel", "Cance&l task", "cancelled"),
         ("reopen", "&Reopen", "in_progress"))


@dataclass(frozen=True)
class _Loaded:
    dto: IncidentTaskDTO
    teams: list[Choice]
    members: list[Choice]
    comments: list[CommentDTO]
    history: list[EventDTO]


class TaskEditor(QWidget):
    """One incident task. ``open_parent(incident_id)`` asks the view to show its incident."""

    saved = Signal(object)
    dirty_changed = Signal(bool)
    loaded = Signal(object)
    message = Signal(str)
    title_changed = Signal(str)
    open_parent = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskEditor")
        self.ctx = ctx
        self.tasks = ctx.services.incident_tasks
        self.reference = ctx.services.reference
        self.runner = SafeRunner(self, ctx.runner)
        self.dto: IncidentTaskDTO | None = None
        self._base: dict[str, Any] = {}
        self._dirty = False
        self._ready = False
        self._requested: uuid.UUID | None = None
        self._publishing = False

        self.header = QLabel()
        self.header.setObjectName("taskHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.notice = QLabel()
        self.notice.setObjectName("formMessage")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(ERROR_STYLE)
        self.notice.setVisible(False)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        # no maxLength: a paste stays whole; the counter and the save say it is too long
        self.title_counter = LengthCounter(self.title, TITLE_MAX)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.impact, self.urgency = QComboBox(), QComboBox()
        for box, levels in ((self.impact, Impact), (self.urgency, Urgency)):
            for level in levels:
                box.addItem(self.tr(level.label), int(level))
        self.team, self.assignee = QComboBox(), QComboBox()
        self.team.setObjectName("team")
        self.assignee.setObjectName("assignee")
        self.has_due = QCheckBox(self.tr("Due &date:"))
        self.due = QDateTimeEdit()
        self.due.setObjectName("dueAt")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.has_due.toggled.connect(self.due.setEnabled)
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), with_counter(self.title, self.title_counter))
        form.addRow(self.tr("D&escription:"), self.description)
        form.addRow(self.tr("Im&pact:"), self.impact)
        form.addRow(self.tr("&Urgency:"), self.urgency)
        form.addRow(self.tr("Tea&m:"), self.team)
        form.addRow(self.tr("&Assignee:"), self.assignee)
        form.addRow(self.has_due, self.due)
        fields = QWidget()
        fields.setLayout(form)
        self.sla_panel = SlaPanel()
        self.sla_panel.setMinimumWidth(240)
        details = QSplitter(Qt.Orientation.Horizontal)
        details.setChildrenCollapsible(False)
        details.addWidget(fields)
        details.addWidget(self.sla_panel)
        details.setStretchFactor(0, 1)
        self.comments = CommentsTab()
        self.comments.add_requested.connect(self.add_comment)
        self.history = HistoryTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("taskTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self.comments, self.tr("Comments && work notes"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.links_tab = LinksTab()
        self.links_tab.bind(ctx.services.work_items, self.runner, lambda: self.incident_id)
        self.links_tab.message.connect(self.message)
        self.tabs.addTab(self.links_tab, self.tr("Links"))

        self.parent_button = QPushButton(self.tr("Open &incident"))
        self.parent_button.setObjectName("openParent")
        self.parent_button.clicked.connect(
            lambda: self.dto is not None and self.open_parent.emit(self.dto.parent_id))
        self.step_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(self.header, 1)
        actions.addWidget(self.parent_button)
        for name, label, target in STEPS:
            button = QPushButton(self.tr(label))
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, t=target: self.transition(t))
            self.step_buttons[name] = button
            actions.addWidget(button)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveTask")
        self.save_button.clicked.connect(lambda: self.save())
        actions.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)

        self.title.textChanged.connect(self._update_dirty)
        self.description.textChanged.connect(self._update_dirty)
        for box in (self.impact, self.urgency, self.assignee):
            box.currentIndexChanged.connect(self._update_dirty)
        self.team.currentIndexChanged.connect(self._team_changed)
        self.has_due.toggled.connect(self._update_dirty)
        self.due.dateTimeChanged.connect(self._update_dirty)
        ctx.bus.changed.connect(self._bus_changed)
        self.setEnabled(False)

    # -- the editor surface the operation view uses ----------------------------------------
    @property
    def incident_id(self) -> uuid.UUID | None:
        """The shown item's id (the view's name for it, whatever the kind)."""
        return self.dto.id if self.dto else None

    @property
    def shown_id(self) -> uuid.UUID | None:
        return self._requested if self._requested is not None else self.incident_id

    def is_dirty(self) -> bool:
        return self._dirty

    def is_ready(self) -> bool:
        return self._ready

    def display_title(self) -> str:
        number = self.dto.number if self.dto else self.tr("Task")
        return number + (" *" if self._dirty else "")

    def load(self, task_id: uuid.UUID) -> None:
        self._ready = False
        self._requested = task_id
        tasks, reference = self.tasks, self.reference

        def work() -> _Loaded:
            dto = tasks.get(task_id)
            return _Loaded(dto, reference.teams(),
                           reference.team_members(dto.team.id) if dto.team else [],
                           tasks.comments(task_id), tasks.readable_history(task_id))

        self.runner.run(work, self._loaded, self._failed)

    def reload(self) -> None:
        if self.incident_id is not None:
            self.load(self.incident_id)

    def save(self, then: Callable[[], None] | None = None) -> None:
        if self.dto is None:
            return
        changes = {k: v for k, v in self.values().items() if v != self._base.get(k)}
        if not changes:
            if then is not None:
                then()
            return
        task_id, version, tasks = self.dto.id, self.dto.version, self.tasks
        self.runner.run(lambda: tasks.edit(task_id, version, changes),
                        lambda dto: self._saved(dto, then),
                        lambda exc: self._save_failed(exc, changes))

    def _save_failed(self, exc: BaseException, changes: dict[str, Any]) -> None:
        """Someone saved the task first: show their version with this person's edits on top
        (still unsaved), and say who and when; anything else is a message."""
        theirs = exc.theirs if isinstance(exc, ConflictError) else None
        if not isinstance(theirs, IncidentTaskDTO):
            self._failed(exc)
            return
        clocks = self.dto.sla if self.dto is not None else None
        self._show(theirs)
        self.sla_panel.show_sla(clocks)  # theirs carries no clocks; they move on the next save
        self._put(changes)
        self._update_dirty()
        who = exc.by or self.tr("Someone else") if isinstance(exc, ConflictError) else ""
        when = local_time(exc.at) if isinstance(exc, ConflictError) and exc.at else ""
        self.show_notice(self.tr(
            "{who} saved {n} after you opened it{when}; their version is shown with your "
            "changes on top. Check them and save again.").format(
                who=who, n=theirs.number, when=self.tr(" (at {t})").format(t=when) if when
                else ""))

    # -- loading and showing ---------------------------------------------------------------
    def _loaded(self, result: _Loaded) -> None:
        self._requested = None
        self._fill(self.team, result.teams, self.tr("(no team)"))
        self._fill(self.assignee, result.members, self.tr("(nobody)"))
        self._show(result.dto)
        self.comments.set_comments(result.comments)
        self.history.set_events(result.history)
        self.links_tab.refresh()
        self.setEnabled(True)
        self._ready = True
        self.loaded.emit(result.dto)

    def _failed(self, exc: BaseException) -> None:
        self._requested = None
        self.setEnabled(True)
        self._ready = True
        self.show_notice(user_message(exc))

    def _fill(self, box: QComboBox, choices: list[Choice], none: str) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem(none, None)
        for c in choices:
            box.addItem(c.label, c.id)
        box.blockSignals(False)

    def _select(self, box: QComboBox, choice: Choice | None) -> None:
        if choice is not None and box.findData(choice.id) < 0:
            box.addItem(choice.label, choice.id)
        box.setCurrentIndex(max(box.findData(choice.id if choice else None), 0))

    def _show(self, dto: IncidentTaskDTO) -> None:
        self.dto = dto
        for widget in (self.title, self.description, self.impact, self.urgency, self.team,
                       self.assignee, self.has_due, self.due):
            widget.blockSignals(True)
        self._select(self.team, dto.team)
        self._select(self.assignee, dto.assignee)
        for widget in (self.title, self.description, self.impact, self.urgency, self.team,
                       self.assignee, self.has_due, self.due):
            widget.blockSignals(False)
        self._put({"title": dto.title, "description": dto.description, "impact": dto.impact,
                   "urgency": dto.urgency, "due_at": dto.due_at})
        self._base = self.values()
        self.sla_panel.show_sla(dto.sla)
        for name, _label, target in STEPS:
            self.step_buttons[name].setVisible(
                target in dto.allowed_transitions
                and (name == "reopen") == (dto.status in ("closed", "cancelled")))
        self.header.setText(self.tr("<b>{number}</b> · {status} · {p} · task of {parent}")
                            .format(number=dto.number, status=status_label(dto.status, KIND),
                                    p=tr_label(PRIORITY_LABELS[dto.priority]),
                                    parent=dto.parent_number))
        self.header.setToolTip(self.tr("Opened {opened}; asked for by {who}").format(
            opened=local_time(dto.opened_at), who=dto.requested_by or self.tr("unknown")))
        self.show_notice("")
        self._update_dirty()

    def _put(self, values: dict[str, Any]) -> None:
        """Show field values (a saved state, or edits put back on top of one); signals stay
        quiet, the caller updates the dirty flag."""
        boxes = {"impact": self.impact, "urgency": self.urgency, "team_id": self.team,
                 "assignee_id": self.assignee}
        widgets = (self.title, self.description, *boxes.values(), self.has_due, self.due)
        for widget in widgets:
            widget.blockSignals(True)
        if "title" in values:
            self.title.setText(values["title"])
        if "description" in values:
            self.description.setPlainText(values["description"])
        for name, box in boxes.items():
            if name in values:
                box.setCurrentIndex(max(box.findData(values[name]), 0))
        if "due_at" in values:
            due = values["due_at"]
            self.has_due.setChecked(due is not None)
            self.due.setEnabled(due is not None)
            self.due.setDateTime(QDateTime(due.astimezone()) if due is not None
                                 else QDateTime.currentDateTime().addDays(1))
        for widget in widgets:
            widget.blockSignals(False)

    def values(self) -> dict[str, Any]:
        due = self.due.dateTime().toPython().astimezone(UTC) if self.has_due.isChecked() \
            else None
        if due is not None:
            due = due.replace(second=0, microsecond=0)
        return {"title": self.title.text(), "description": self.description.toPlainText(),
                "impact": self.impact.currentData(), "urgency": self.urgency.currentData(),
                "team_id": self.team.currentData(), "assignee_id": self.assignee.currentData(),
                "due_at": due}

    def _update_dirty(self) -> None:
        dirty = self.dto is not None and self.values() != self._base
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.title_changed.emit(self.display_title())

    def _team_changed(self) -> None:
        team = self.team.currentData()
        chosen = self.assignee.currentData()
        reference = self.reference

        def done(members: list[Choice]) -> None:
            self._fill(self.assignee, members, self.tr("(nobody)"))
            index = self.assignee.findData(chosen)
            self.assignee.setCurrentIndex(max(index, 0))
            self._update_dirty()

        if team is None:
            done([])
        else:
            self.runner.run(lambda: reference.team_members(team), done, self._failed)

    # -- actions ---------------------------------------------------------------------------
    def transition(self, target: str) -> None:
        if self.dto is None:
            return
        task_id, version, tasks = self.dto.id, self.dto.version, self.tasks
        self.runner.run(lambda: tasks.transition(task_id, version, target),
                        lambda dto: self._saved(dto, None), self._failed)

    def add_comment(self, body: str, work_note: bool) -> None:
        if self.dto is None:
            return
        task_id, tasks = self.dto.id, self.tasks

        def work() -> tuple[IncidentTaskDTO, list[CommentDTO], list[EventDTO]]:
            tasks.add_comment(task_id, body, work_note=work_note)
            return tasks.get(task_id), tasks.comments(task_id), tasks.readable_history(task_id)

        def done(result: tuple[IncidentTaskDTO, list[CommentDTO], list[EventDTO]]) -> None:
            self.comments.added()
            self._show(result[0])
            self.comments.set_comments(result[1])
            self.history.set_events(result[2])

        self.runner.run(work, done, lambda exc: self.comments.show_error(user_message(exc)))

    def _saved(self, dto: IncidentTaskDTO, then: Callable[[], None] | None) -> None:
        self._show(dto)
        self.saved.emit(dto)
        self._publishing = True  # our own change: no reload of what we just showed
        try:
            self.ctx.bus.publish(Changes(KIND, frozenset({dto.id, dto.parent_id})))
        finally:
            self._publishing = False
        self.message.emit(self.tr("{number} saved.").format(number=dto.number))
        tasks, task_id = self.tasks, dto.id
        self.runner.run(lambda: (tasks.comments(task_id), tasks.readable_history(task_id)),
                        lambda r: (self.comments.set_comments(r[0]),
                                   self.history.set_events(r[1])), self._failed)
        if then is not None:
            then()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        if text:
            self.message.emit(text)

    def _bus_changed(self, changes: Changes) -> None:
        if (changes.kind == KIND and self.dto is not None and self.dto.id in changes.ids
                and not self._dirty and not self._publishing):
            self.reload()
