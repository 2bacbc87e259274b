"""One form for any work item: header, lifecycle buttons, tabs, saving and conflicts.

The kind brings a panel (its Details tab) and a declaration (:mod:`.form_kind`); the shell does
what every kind shares. All database work goes through ``ctx.runner``. A save sends only the
fields that changed, with the version the form was loaded at; if someone else saved first the
conflict dialog offers a field-by-field choice and saves the chosen values on top of their
version, so nothing is overwritten or dropped without the person seeing it.

Keys: Ctrl+S saves (where no window or view owns it), Esc closes the form as its tab's close
button does (unsaved edits are asked about), Ctrl+PgDn / Ctrl+PgUp and Alt+1..9 move between
tabs. The tab last chosen is remembered per kind.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import ALLOW, Action, Decision
from deskapp.errors import ConflictError, ValidationError
from deskapp.services.dto import Changes, CommentDTO, EventDTO
from deskapp.ui.labels import status_label
from deskapp.ui.operation.side_tabs import HistoryTab, scrolled, two_panes
from deskapp.ui.operation.sla_panel import SlaPanel
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.caller_panel import CallerPanel
from deskapp.ui.work_items.canned import CannedResponses
from deskapp.ui.work_items.conversation import ConversationTab
from deskapp.ui.work_items.form_actions import FormActions
from deskapp.ui.work_items.form_children import ChildrenTab
from deskapp.ui.work_items.form_conflicts import ConflictHandling
from deskapp.ui.work_items.form_header import FormHeader, MessageLine
from deskapp.ui.work_items.form_navigation import DETAILS, FormNavigation
from deskapp.ui.work_items.form_tabs import CONTEXT as TABS_CONTEXT
from deskapp.ui.work_items.form_tabs import SHARED_TABS
from deskapp.ui.work_items.lifecycle_bar import LifecycleBar
from deskapp.ui.work_items.watchers import FormWatchers
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.item_context import ItemContext
    from deskapp.services.watchers import Watchers
    from deskapp.ui.context import UiContext
    from deskapp.ui.work_items.form_kind import FormKind, Step
    from deskapp.ui.work_items.tasks_tab import TasksTab

#: tabs every form has, besides the shared ones, by key
CONVERSATION, TASKS, HISTORY = "conversation", "tasks", "history"


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkItemForm", text)


@dataclass(frozen=True)
class _Loaded:
    dto: Any
    reference: Any
    comments: list[CommentDTO]
    history: list[EventDTO]
    #: may the person change it (None: a new item, which anyone on the desk may log)
    may_edit: Decision | None = None
    #: the caller beside the form and why the item waits (None: a new item)
    context: ItemContext | None = None
    #: who watches it (None: a new item)
    watchers: Watchers | None = None


class WorkItemForm(FormActions, FormWatchers, ConflictHandling, FormNavigation, QWidget):
    """One work item of ``kind`` (or a new one). ``saved(dto)``, ``dirty_changed(bool)``."""

    saved = Signal(object)
    dirty_changed = Signal(bool)
    loaded = Signal(object)  # the DTO now shown (None for a blank form)
    message = Signal(str)  # a sentence for the status bar
    title_changed = Signal(str)  # what the tab should read
    open_task_requested = Signal(object)  # a child's id, from the Tasks tab
    open_parent = Signal(object)  # the parent's id (a task's incident)
    open_item = Signal(object, str)  # another item to show in its own tab: (id, kind)
    #: the item became another kind (an incident converted into a request): its new DTO
    replaced = Signal(object)

    def __init__(self, ctx: UiContext, kind: FormKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workItemForm")
        self.ctx = ctx
        self.kind = kind
        self.decl = kind.declaration
        self.life = self.decl.life
        self.service = kind.service(ctx.services)
        self.runner = SafeRunner(self, ctx.runner)
        self.dto: Any = None
        self.may_edit: Decision | None = None  # for the item shown (None: a new one)
        self._base: dict[str, Any] = {}
        self._dirty = False
        self._busy = False
        self._ready = False
        self._publishing = False
        self._requested: uuid.UUID | None = None
        self._shown = False  # a state (saved or blank) is on screen: edits can be told apart
        self._notice_from_fields = False  # the message is the fields' and goes with them
        self.history_events: list[EventDTO] = []

        self.panel = kind.panel()
        self.panel.attach(self)
        self.header = FormHeader(self.decl.key, self.decl.label,
                                 has_clock=bool(self.decl.sla_metrics))
        self.notice = MessageLine()
        self.sla_panel = SlaPanel()
        self.caller_panel = CallerPanel()
        self.caller_panel.open_item.connect(self.open_item)
        side = two_panes("sideSplitter", Qt.Orientation.Vertical, scrolled(self.sla_panel),
                         self.caller_panel, (1, 1))
        side.setMinimumWidth(260)
        side.setMaximumWidth(420)
        details_page = two_panes("detailsSplitter", Qt.Orientation.Horizontal, self.panel,
                                 side, (1, 0))
        # a kind without SLA metrics (a change, a change task) has no caller either: the pane
        # would stand empty and take 260 px from the form (a change's window and risk column
        # was cut at 1366 px)
        side.setHidden(not self.decl.sla_metrics)
        self.side_pane = side
        self.comments = ConversationTab()
        self.comments.add_requested.connect(self.add_comment)
        self.canned = CannedResponses(self)
        self.history = HistoryTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("formTabs")
        self.tabs.setDocumentMode(True)
        self.tab_keys: list[str] = []
        self._add_tab(DETAILS, details_page, _tr("Details"))
        self._add_tab(CONVERSATION, self.comments, _tr("Conversation"))
        self.child_items: ChildrenTab | None = None
        self.tasks_tab: TasksTab | None = None
        if kind.children is not None:
            self.child_items = ChildrenTab(self, kind.children(ctx.services))
            self.tasks_tab = self.child_items.widget
            self._add_tab(TASKS, self.tasks_tab, _tr("Tasks"))
        self.shared_tabs: dict[str, Any] = {}
        for spec in SHARED_TABS:
            if not spec.applies(self.decl):
                continue
            tab: Any = spec.make()
            tab.bind(spec.service(ctx.services), self.runner, lambda: self.item_id)
            tab.message.connect(self.message)
            if hasattr(tab, "changed"):  # the tab changed the item (a decision, a file)
                tab.changed.connect(self._shared_tab_changed)
            self.shared_tabs[spec.key] = tab
            setattr(self, f"{spec.key}_tab", tab)  # form.links_tab, form.approvals_tab ...
            self._add_tab(spec.key, tab, QCoreApplication.translate(TABS_CONTEXT, spec.title))
        self._add_tab(HISTORY, self.history, _tr("History"))
        self.tabs.currentChanged.connect(self._remember_tab)

        self.save_button = QPushButton(_tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(_tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.lifecycle = LifecycleBar(self.decl.key, self.life, kind.steps)
        self.lifecycle.step_chosen.connect(self.run_step)
        # two rows, so the form fits a 1366 px laptop in any language: what the item is, its
        # next steps and Save; below, what can be done with it (one row of eight buttons was
        # about 1,450 px wide and pushed Save off the screen)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.lifecycle)
        top.addWidget(self.save_button)
        actions = QHBoxLayout()
        for button in self.panel.header_buttons():
            actions.addWidget(button)
        for button in self._make_actions():
            actions.addWidget(button)
        for button in self._make_watch_buttons():
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        last = self.panel.last_field()
        if last is not None:
            QWidget.setTabOrder(last, self.save_button)
        self._tab_shortcuts()

        self.panel.changed.connect(self._update_dirty)
        self.panel.changed.connect(self._update_header)
        self.panel.errors_changed.connect(self._field_messages_changed)
        ctx.bus.changed.connect(self._bus_changed)
        self._show_lifecycle()
        self.setEnabled(False)

    # -- public -------------------------------------------------------------------------------
    @property
    def item_id(self) -> uuid.UUID | None:
        return self.dto.id if self.dto is not None else None

    @property
    def incident_id(self) -> uuid.UUID | None:
        """The shown item's id (the operation view's name for it, whatever the kind)."""
        return self.item_id

    @property
    def shown_id(self) -> uuid.UUID | None:
        """The item on screen or being loaded (so a double activation opens one tab)."""
        return self._requested if self._requested is not None else self.item_id

    def is_dirty(self) -> bool:
        return self._dirty

    def is_ready(self) -> bool:
        """True once the form shows what it was asked to show (tests and the view wait)."""
        return self._ready

    def display_title(self) -> str:
        name = self.dto.number if self.dto is not None else _tr(self.kind.new_title)
        return name + (" *" if self._dirty else "")

    def new_item(self) -> None:
        self._load(None)

    def load(self, item_id: uuid.UUID) -> None:
        self._load(item_id)

    def reload(self) -> None:
        if self.item_id is not None:
            self._load(self.item_id)

    # -- loading ------------------------------------------------------------------------------
    def _load(self, item_id: uuid.UUID | None) -> None:
        self._ready = False
        self._requested = item_id
        service, items, reference = self.service, self.ctx.services.work_items, \
            self.panel.reference_job()
        context = self.ctx.services.item_context
        watchers = self.ctx.services.watchers

        def work() -> _Loaded:
            dto = service.get(item_id) if item_id else None
            return _Loaded(dto, reference(dto),
                           items.comments(item_id) if item_id else [],
                           items.readable_history(item_id) if item_id else [],
                           service.permissions_for(item_id)[Action.EDIT] if item_id else None,
                           context.context(item_id) if item_id else None,
                           watchers.watchers(item_id) if item_id else None)

        watch_changes = self.watch_changes
        self.runner.run(work, lambda result: self._loaded(result, watch_changes),
                        self._load_failed)

    def _loaded(self, result: _Loaded, watch_changes: int | None = None) -> None:
        self._requested = None
        self.panel.show_reference(result.reference, result.dto)
        self.history_events = result.history
        self.may_edit = result.may_edit
        self.item_context = result.context
        self.caller_panel.show_caller(result.context.caller if result.context else None)
        self._show(result.dto)
        newer = watch_changes not in (None, self.watch_changes) \
            or not self.watch_button.isEnabledTo(self)
        if not (newer and self.watchers is not None and result.watchers is not None
                and self.watchers.item_id == result.watchers.item_id):
            self.show_watchers(result.watchers)  # else this form's own watch change is newer
        self.comments.set_conversation(result.comments, result.history)
        self.history.set_events(result.history)
        self.panel.history_shown(result.history)
        if self.child_items is not None:
            self.child_items.refresh()
        for tab in self.shared_tabs.values():
            tab.refresh()
        self.setEnabled(True)
        self._ready = True
        self._restore_tab()
        if result.dto is None:
            first = self.panel.first_field()
            if first is not None:
                first.setFocus()
        self.loaded.emit(result.dto)

    def _load_failed(self, exc: BaseException) -> None:
        self._requested = None
        self.setEnabled(True)
        self._ready = True
        self.show_notice(user_message(exc))

    def _show(self, dto: Any) -> None:
        """Show a saved state; the form is clean afterwards."""
        self.dto = dto
        self._shown = True
        self._base = self.panel.values_of(dto) if dto is not None else self.panel.blank_values()
        self.panel.show_item(self._base, dto)
        self.sla_panel.show_sla(dto.sla if dto is not None else None, new=dto is None)
        for index, key in enumerate(self.tab_keys):
            tab = self.tabs.widget(index)
            if key != DETAILS and tab is not None:
                tab.setEnabled(dto is not None)
        self.show_notice("")
        self._show_lifecycle()
        self._update_dirty()
        self._update_header()

    def side_refresh(self) -> None:
        """Re-read the conversation and history (after a save, a step, a child's change)."""
        item_id, items = self.item_id, self.ctx.services.work_items
        if item_id is None:
            return

        context = self.ctx.services.item_context

        def done(result: tuple[list[CommentDTO], list[EventDTO], ItemContext]) -> None:
            if self.item_id != item_id:
                return
            self.comments.set_conversation(result[0], result[1])
            self.history.set_events(result[1])
            self.history_events = result[1]
            self.panel.history_shown(result[1])
            self.item_context = result[2]
            self.caller_panel.show_caller(result[2].caller)
            self._update_header()

        self.runner.run(lambda: (items.comments(item_id), items.readable_history(item_id),
                                 context.context(item_id)),
                        done, lambda exc: self.show_notice(user_message(exc)))

    # -- state --------------------------------------------------------------------------------
    def _update_dirty(self) -> None:
        dirty = self._shown and self.panel.values() != self._base
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.title_changed.emit(self.display_title())

    def _update_header(self) -> None:
        if self.dto is None:
            self.header.show_new(_tr(self.kind.new_title), self.panel.priority())
            return
        note, tip = self.panel.header_note(self.dto)
        waiting = self.pending_note()
        note = " · ".join(n for n in (note, waiting) if n)
        self.header.show_item(self.dto, self.panel.priority(), note, tip)

    def _show_lifecycle(self) -> None:
        """Offer only the steps the lifecycle allows from the saved status."""
        status = self.dto.status if self.dto is not None else None
        self.lifecycle.show_status(status)
        savable = Decision(status is None or bool(self.life.allowed(status))
                           or self.life.is_open(status))
        # another team's item: the steps and Save say why not (the service refuses anyway)
        may = self.may_edit if self.dto is not None and self.may_edit is not None else ALLOW
        guard(self.lifecycle, may)
        guard(self.save_button, may if not may else savable)
        self._show_actions()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.assign_me_button.setEnabled(not busy)
        self.lifecycle.set_busy(busy)
        if not busy:
            self._show_lifecycle()

    def show_notice(self, text: str, *, from_fields: bool = False) -> None:
        self._notice_from_fields = from_fields and bool(text)
        self.notice.show_text(text)
        if text:
            self.message.emit(text)

    def _field_messages_changed(self) -> None:
        """A refusal's message lasts only while a field it names is still unchanged."""
        if not self._notice_from_fields:
            return
        remaining = self.panel.messages()
        if remaining:
            self.notice.show_text(self._not_saved(remaining))
        else:
            self.show_notice("")
            self.message.emit("")  # the status bar's copy goes too

    def _not_saved(self, fields: dict[str, str]) -> str:
        return _tr("Not saved: {messages}").format(messages=" ".join(fields.values()))

    # -- saving -------------------------------------------------------------------------------
    def changes(self) -> dict[str, Any]:
        values = self.panel.values()
        return {k: v for k, v in values.items() if v != self._base.get(k)}

    def save(self, then: Callable[[], object] | None = None) -> bool:
        """Save the form; ``then`` runs after a successful save. False if refused at once."""
        if self._busy or not self._ready:
            return False
        errors = self.panel.client_errors()
        self.panel.show_errors(errors)
        if errors:
            self.show_notice(self._not_saved(self.panel.messages() or errors),
                             from_fields=True)
            return False
        service = self.service
        if self.dto is None:
            draft = self.panel.values()
            job: Callable[[], Any] = lambda: service.create(draft)  # type: ignore[attr-defined] # noqa: E731
        else:
            changes = self.changes()
            if not changes:
                self.message.emit(_tr("{n}: nothing to save.").format(n=self.dto.number))
                if then is not None:
                    then()
                return True
            item_id, version = self.dto.id, self.dto.version
            job = lambda: service.edit(item_id, version, changes)  # noqa: E731
        self.run_save(job, then)
        return True

    def run_save(self, job: Callable[[], Any], then: Callable[[], object] | None) -> None:
        created = self.dto is None
        self._set_busy(True)

        def ok(dto: Any) -> None:
            self._set_busy(False)
            self._saved(dto, created=created)
            self.message.emit(_tr("{n} saved.").format(n=dto.number))
            if then is not None:
                then()

        self.runner.run(job, ok, lambda exc: self._save_failed(exc, then))

    def _saved(self, dto: Any, *, created: bool = False) -> None:
        self._show(dto)
        self.side_refresh()
        self.saved.emit(dto)
        self.publish(dto, created=created)

    def publish(self, dto: Any, *, created: bool = False) -> None:
        """Tell the window's other views; a child's change names its parent too."""
        ids = {dto.id}
        if self.decl.parent_kinds and getattr(dto, "parent_id", None) is not None:
            ids.add(dto.parent_id)
        self._publishing = True  # our own change: no reload of what we just showed
        try:
            self.ctx.bus.publish(Changes(self.decl.key, frozenset(ids), created=created))
        finally:
            self._publishing = False

    def _save_failed(self, exc: BaseException, then: Callable[[], object] | None) -> None:
        self._set_busy(False)
        theirs = exc.theirs if isinstance(exc, ConflictError) else None
        if isinstance(exc, ConflictError) and theirs is not None and self.dto is not None \
                and getattr(theirs, "id", None) == self.dto.id:
            self.offer_merge(exc, theirs, then)
            return
        if isinstance(exc, ValidationError) and exc.fields:
            self.panel.show_errors(exc.fields)
            self.show_notice(self._not_saved(self.panel.messages() or dict(exc.fields)),
                             from_fields=True)
            return
        self.show_notice(_tr("Not saved: {reason}").format(reason=user_message(exc)))

    # -- lifecycle ----------------------------------------------------------------------------
    def run_step(self, step: Step) -> None:
        if self.dto is None or self._busy:
            return
        if self.ask_step_reason(step):  # Pending and Reopen ask why, on every kind
            return
        if step.dialog:
            self.panel.run_step(step)
        else:
            self.transition(step.target)

    def transition(self, target: str, on_error: Callable[[BaseException], None] | None = None,
                   on_done: Callable[[], None] | None = None,
                   via: Callable[..., Any] | None = None, **extra: Any) -> None:
        """Move the saved item; unsaved edits are saved first. ``extra`` goes to the kind's
        service (a resolution code and notes, say); ``via`` is the service call making the
        step (default: its ``transition``; ``wait`` and ``reopen`` carry a reason)."""
        if self.dto is None or self._busy:
            return
        if self._dirty:
            self.save(then=lambda: self.transition(target, on_error, on_done, via, **extra))
            return
        item_id, version = self.dto.id, self.dto.version
        step = via or self.service.transition
        self._set_busy(True)

        def ok(dto: Any) -> None:
            self._set_busy(False)
            self._saved(dto)
            self.message.emit(_tr("{n} is now {status}.").format(
                n=dto.number, status=status_label(dto.status, self.decl.key)))
            if on_done is not None:
                on_done()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if on_error is not None:
                on_error(exc)
            if isinstance(exc, ConflictError):
                self.show_notice(_tr("{reason} It was reloaded; try the step again.")
                                 .format(reason=user_message(exc)))
                self.reload()
            elif on_error is None:
                self.show_notice(user_message(exc))

        self.runner.run(lambda: step(item_id, version, target, **extra), ok, failed)

    # -- conversation -------------------------------------------------------------------------
    def add_comment(self, body: str, work_note: bool, minutes: int = 0) -> None:
        """Save a comment or work note, with the time spent typed beside it (0: none) in the
        same transaction."""
        if self.dto is None:
            self.comments.show_error(_tr("Save the item before adding notes."))
            return
        item_id, items, service = self.dto.id, self.ctx.services.work_items, self.service

        def work() -> Any:
            items.add_comment(item_id, body, work_note=work_note, minutes=minutes or None)
            return service.get(item_id)

        def ok(dto: Any) -> None:
            self.comments.added()
            # a reply may be the first response: the clocks and version moved
            if self._dirty:
                self.dto = dto
                self.sla_panel.show_sla(dto.sla)
            else:
                self._show(dto)
            self.side_refresh()
            if minutes and "time" in self.shared_tabs:
                self.shared_tabs["time"].refresh()
            self.publish(dto)
            self.message.emit(_tr("Work note added.") if work_note else _tr("Comment added."))

        self.runner.run(work, ok, lambda exc: self.comments.show_error(user_message(exc)))

    def _shared_tab_changed(self, *_args: object) -> None:
        """A shared tab changed the item: show its new state, or at least its new history
        while edits are open (saving them will offer the merge if the item moved)."""
        if self._dirty or self._busy:
            self.side_refresh()
        else:
            self.reload()

    # -- changes elsewhere --------------------------------------------------------------------
    def _bus_changed(self, changes: Changes) -> None:
        if self.dto is None or self.dto.id not in changes.ids:
            return
        if self.child_items is not None and changes.kind in self.child_items.kinds:
            self.child_items.refresh()
            self.side_refresh()
            return
        if self._publishing or changes.kind != self.decl.key or self._busy:
            return
        if self._dirty:
            self.show_notice(_tr("{n} was changed elsewhere; saving will let you choose "
                                 "what to keep.").format(n=self.dto.number))
        else:
            self.reload()
