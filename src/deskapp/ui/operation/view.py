"""Service Operation: the incident queues above, open incidents in tabs below.

Enter or a double click in a queue (or a search hit) opens the incident in a tab; Ctrl+N opens a
blank one; Ctrl+S saves the tab on screen; Ctrl+W closes it (asking first about unsaved edits);
Ctrl+Enter saves and closes. Next/previous record walks the queue and shows each incident in the
current tab. Inside the main window those record commands come from its menu and toolbar; on
its own (tests, a second window) the view carries the same shortcuts itself.
"""

from __future__ import annotations

import importlib
import sys
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeGuard, cast

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain import kinds
from deskapp.ui import theme
from deskapp.ui.areas import AreaView
from deskapp.ui.operation.approvals_view import ApprovalsView
from deskapp.ui.operation.detached import SHORTCUT as DETACH_SHORTCUT
from deskapp.ui.operation.detached import DetachedEditors
from deskapp.ui.operation.new_request_dialog import NewRequestDialog
from deskapp.ui.operation.people_dialog import PeopleDialog
from deskapp.ui.operation.problem_actions import ProblemActions
from deskapp.ui.queues.model import IdRole
from deskapp.ui.queues.navigator import MY_APPROVALS, QueueSection
from deskapp.ui.queues.wallboard import Wallboard
from deskapp.ui.queues.workspace import QueueWorkspace
from deskapp.ui.work_items.form_navigation import ask_unsaved

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext
    from deskapp.ui.operation.access_view import AccessView
    from deskapp.ui.work_items.form_shell import WorkItemForm

    #: The editors a tab may hold: any work item's form (the shell, with its kind's panel).
    Editor = WorkItemForm

#: The forms' shell is imported with the first form opened, not at start-up (20 ms).
FORM_SHELL = "deskapp.ui.work_items.form_shell"

#: Commands the main window also offers; the view's own copies stay off inside it.
_HOST_KEYS = ("Ctrl+N", "Ctrl+S", "Ctrl+.", "Ctrl+,")
#: The form of each kind this area opens ("module:name" under deskapp.ui: an editor class, or
#: a kind's form declaration for the shared shell); a kind not named here is an incident. Each
#: is imported when the first item of its kind is opened, not at start-up.
EDITORS: dict[str, str] = {
    "incident": "operation.incident_form:IncidentEditor",
    "incident_task": "operation.task_form:TaskEditor",
    "problem": "operation.problem_form:ProblemEditor",
    "service_request": "operation.request_panel:REQUEST_FORM",
    "request_task": "operation.request_panel:REQUEST_TASK_FORM",
    "access_request": "operation.access_panel:ACCESS_FORM",
    "change": "transition.change_panel:CHANGE_FORM",
    "change_task": "transition.change_panel:CHANGE_TASK_FORM"}


def is_form(widget: object) -> TypeGuard[WorkItemForm]:
    """Whether ``widget`` is a work item's form (none exists before the shell is imported)."""
    shell = sys.modules.get(FORM_SHELL)
    return shell is not None and isinstance(widget, shell.WorkItemForm)


def make_editor(kind: str, ctx: UiContext) -> WorkItemForm:
    """A blank form for an item of ``kind`` (an incident's for a kind not named in EDITORS)."""
    from deskapp.ui.work_items.form_shell import WorkItemForm

    module, name = EDITORS.get(kind, EDITORS["incident"]).split(":")
    made = getattr(importlib.import_module(f"deskapp.ui.{module}"), name)
    if isinstance(made, type):
        editor: WorkItemForm = made(ctx)
        return editor
    return WorkItemForm(ctx, made)
#: Height of the hint strip under the queue while no incident is open.
HINT_HEIGHT = 56


class OperationView(ProblemActions, AreaView):
    key = "operation"
    #: an incident form's "Create article…": the ArticleDraft (the main window opens it)
    article_draft_requested = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("operationView")
        self.queues = QueueWorkspace(ctx)
        self.queues.incident_activated.connect(self.open_incident)
        self.queues.message_shown.connect(self.status_message)
        self.queues.message_cleared.connect(self.status_cleared)
        self.queue_section: QueueSection | None = None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("incidentTabs")
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(lambda _i: self.commands_changed.emit())
        hint = QLabel(f"<p style='color:{theme.muted_colour()}'>" + self.tr(
            "Open an incident from the queue with <b>Enter</b> or a "
            "double click, find one with <b>Ctrl+K</b>, or log a new one with "
            "<b>Ctrl+N</b>.</p>"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.editors_area = QStackedWidget()
        self.editors_area.addWidget(hint)
        self.editors_area.addWidget(self.tabs)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("operationSplitter")
        self.splitter.setChildrenCollapsible(False)
        # the top pane: the queue, or My approvals (chosen in the queue list, Ctrl+Shift+P)
        self.approvals = ApprovalsView(ctx)
        self.approvals.open_requested.connect(self.open_incident)
        self.approvals.back_requested.connect(self.show_queues)
        self.approvals.message.connect(self.status_message)
        self.approvals.decided.connect(lambda _r: self.refresh())
        self.approvals.count_changed.connect(
            lambda n: self.queues.navigator.set_counts({MY_APPROVALS: n}))
        self.queues.navigator.approvals_chosen.connect(self.show_approvals)
        self.queues.navigator.queue_chosen.connect(lambda _k: self.show_queues())
        self.top = QStackedWidget()
        self.top.addWidget(self.queues)
        self.top.addWidget(self.approvals)
        self._build_views()
        self._access: AccessView | None = None  # built when first shown (Ctrl+Alt+A)
        self.splitter.addWidget(self.top)
        self.splitter.addWidget(self.editors_area)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        #: queue / editor heights while incidents are open (kept while the editors are folded)
        self._open_sizes: list[int] = [260, 440]
        self._fold_editors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.close_action = self._action(self.tr("&Close incident tab"), self.close_current,
                                         ("Ctrl+W",))
        self.save_close_action = self._action(self.tr("Save and c&lose"),
                                              self.save_and_close, ("Ctrl+Return", "Ctrl+Enter"))
        self.detached = DetachedEditors(self)
        self.detached.redock_requested.connect(self.redock)
        self.detach_action = self._action(self.tr("Open in its own &window"),
                                          self.detach_current, (DETACH_SHORTCUT,))
        self.detach_action.setToolTip(self.tr(
            "Move this item into a window of its own, to work on several side by side "
            "(Ctrl+Shift+W; the same keys put it back)"))
        self.wallboard_action = self._action(self.tr("&Wallboard for this queue"),
                                             self.open_wallboard, ("Ctrl+Shift+B",))
        self.wallboard_action.setToolTip(self.tr(
            "This queue in a window of its own for a team's screen: large type, counts, the "
            "oldest breach, refreshed by itself (Ctrl+Shift+B; F11 fills the screen)"))
        self.wallboards: list[Wallboard] = []
        self.people_dialog: PeopleDialog | None = None
        self.people_action = self._action(self.tr("Callers and &organisations…"),
                                          self.open_people, ("Ctrl+Shift+O",))
        self.people_action.setToolTip(self.tr("Find, edit and merge callers and "
                                              "organisations (Ctrl+Shift+O)"))
        self.approvals_action = self._action(self.tr("My &approvals"), self.show_approvals,
                                             ("Ctrl+Shift+P",))
        self.access_action = self._action(self.tr("A&ccess…"), self.show_access,
                                          ("Ctrl+Alt+A",))
        self.access_action.setToolTip(self.tr(
            "Who holds which access, expiring and unrequested grants, access reviews, leavers "
            "(Ctrl+Alt+A)"))
        self.new_problem_action = self._action(self.tr("New &problem"), self.new_problem, ())
        self.problem_from_selection_action = self._action(
            self.tr("New problem from &incidents"), self.problem_from_incidents,
            ("Ctrl+Alt+B",))
        self.link_to_problem_action = self._action(
            self.tr("&Link selected incidents to a problem…"), self.link_selection_to_problem,
            ())
        self.link_to_major_action = self._action(
            self.tr("Link selected incidents to a &major incident…"),
            self.link_selection_to_major, ())
        self.workaround_action = self._action(self.tr("Apply &workaround…"),
                                              self.apply_workaround, ("Ctrl+Alt+W",))
        self.known_errors_action = self._action(self.tr("&Known errors"),
                                                self.show_known_errors, ("Ctrl+Shift+K",))
        self.major_board_action = self._action(self.tr("Major incident &board"),
                                               self.show_major_board, ("Ctrl+Alt+J",))
        self.queues.add_selection_actions(self.tr("Problems"), [
            self.new_problem_action, self.problem_from_selection_action,
            self.link_to_problem_action, self.known_errors_action])
        self.queues.add_selection_actions(self.tr("Major incidents"), [
            self.link_to_major_action, self.major_board_action])
        self.request_dialog: NewRequestDialog | None = None
        self.new_request_action = self._action(self.tr("New &request…"), self.new_request,
                                               ("Ctrl+Shift+R",))
        self.new_request_action.setToolTip(self.tr("Order something from the service catalogue "
                                                   "for a caller (Ctrl+Shift+R)"))
        self.new_change_action = self._action(self.tr("New chan&ge"), self.new_change,
                                              ("Ctrl+Shift+C",))
        self.new_change_action.setToolTip(self.tr("Raise a change: standard from a template, "
                                                  "normal or emergency (Ctrl+Shift+C)"))
        self.convert_action = self._action(self.tr("Convert to request…"),
                                           self.convert_current, ("Ctrl+Alt+R",))
        self.own_actions = [
            self._action(self.tr("&New incident"), self.new_record, ("Ctrl+N",)),
            self._action(self.tr("&Save"), self.save, ("Ctrl+S",)),
            self._action(self.tr("Ne&xt record"), self.next_record, ("Ctrl+.", "Alt+Down")),
            self._action(self.tr("&Previous record"), self.previous_record,
                         ("Ctrl+,", "Alt+Up")),
        ]

    def _action(self, text: str, slot: Callable[[], object],
                keys: tuple[str, ...]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def open_people(self) -> PeopleDialog:
        """The "Callers and organisations" window (one per view; shown again if open)."""
        if self.people_dialog is None:
            dialog = PeopleDialog(self.ctx, self)
            dialog.changed.connect(self.ctx.bus.publish)  # moved incidents: forms and queues
            dialog.finished.connect(lambda _r: setattr(self, "people_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.people_dialog = dialog
        self.people_dialog.show()
        self.people_dialog.raise_()
        self.people_dialog.activateWindow()
        return self.people_dialog

    def new_change(self) -> WorkItemForm:
        """A blank change form in a tab (saved with Ctrl+S)."""
        editor: WorkItemForm = self._add_editor("change")
        editor.new_item()
        self.status_message.emit(self.tr("New change: choose its type, give it a title and "
                                         "its plans, then Ctrl+S to save."))
        return editor

    def new_request(self) -> NewRequestDialog:
        """The New request dialog (one at a time); the request opens in a tab once raised."""
        if self.request_dialog is None:
            dialog = NewRequestDialog(self.ctx, self)
            dialog.created.connect(self._request_raised)
            dialog.finished.connect(lambda _r: setattr(self, "request_dialog", None))
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.request_dialog = dialog
        self.request_dialog.show()
        self.request_dialog.raise_()
        self.request_dialog.activateWindow()
        return self.request_dialog

    def convert_current(self) -> None:
        """The incident on screen is an order: Convert to request… (its form's button)."""
        editor = self.current_editor()
        convert = getattr(getattr(editor, "panel", None), "convert_to_request", None)
        if convert is None:
            self.status_message.emit(self.tr("Open the incident to convert first."))
            return
        convert()

    def _replace(self, editor: Editor, dto: Any) -> None:
        """The item became another kind: its tab closes and it opens in its new kind's form."""
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.removeTab(index)
            editor.deleteLater()
        self.status_message.emit(self.tr("{number} is now {new}.").format(
            number=getattr(editor.dto, "number", ""), new=dto.number))
        self.queues.refresh()
        self.open_incident(dto.id, dto.kind)

    def _request_raised(self, dto: Any) -> None:
        self.status_message.emit(self.tr("{number} raised: {status}.").format(
            number=dto.number, status=kinds.status_label(dto.status, dto.kind)))
        self.queues.refresh()
        self.open_incident(dto.id, dto.kind)

    def show_approvals(self) -> None:
        self.top.setCurrentWidget(self.approvals)
        self.approvals.refresh()
        self.approvals.table.setFocus()

    @property
    def access(self) -> AccessView:
        """Access: who holds what, expiring and unrequested grants, reviews; built the first
        time it is asked for (most people never open it on a given day)."""
        if self._access is None:
            from deskapp.ui.operation.access_view import AccessView

            page = AccessView(self.ctx)
            page.open_requested.connect(self.open_incident)
            page.back_requested.connect(self.show_queues)
            page.message.connect(self.status_message)
            page.changed.connect(self.queues.refresh)
            self.top.addWidget(page)
            self._access = page
        return self._access

    def show_access(self) -> None:
        self.top.setCurrentWidget(self.access)
        self.access.refresh()
        self.access.tabs.setFocus()

    def show_queues(self) -> None:
        if self.top.currentWidget() is not self.queues:
            self.top.setCurrentWidget(self.queues)
            self.queues.view.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._sync_shortcuts()
        super().showEvent(event)

    def _sync_shortcuts(self) -> None:
        """Inside the main window its actions own Ctrl+N/S/./, (two would be ambiguous)."""
        host = self.window()
        taken: set[str] = set()
        if host is not self:
            for action in host.actions():
                taken.update(k.toString() for k in action.shortcuts())
        hosted = any(QKeySequence(k).toString() in taken for k in _HOST_KEYS)
        for action in self.own_actions:
            action.setEnabled(not hosted)

    # -- editors ----------------------------------------------------------------------------
    def editors(self) -> list[Editor]:
        """Every open form: in the tabs, then in windows of their own."""
        return [e for i in range(self.tabs.count())
                if is_form(e := self.tabs.widget(i))] + \
            self.detached.editors()

    def open_wallboard(self) -> Wallboard:
        """Ctrl+Shift+B: the queue shown now, torn off as a wallboard."""
        info = self.queues.info
        name = info.name if info is not None else self.tr("Queue")
        board = Wallboard(self.ctx, name, self.queues.definition, self.queues.watcher)
        self.wallboards.append(board)
        board.destroyed.connect(lambda _o=None, b=board: self._wallboard_gone(b))
        board.show()
        return board

    def _wallboard_gone(self, board: Wallboard) -> None:
        if board in self.wallboards:
            self.wallboards.remove(board)

    def detach_current(self) -> None:
        """Ctrl+Shift+W: the current form into a window of its own (several side by side)."""
        editor = self.current_editor()
        if editor is None:
            return
        size = (max(self.tabs.width(), 720), max(self.tabs.height() + 40, 560))
        self.tabs.removeTab(self.tabs.indexOf(editor))
        self.detached.detach(editor, size)
        if self.tabs.count() == 0:
            self._fold_editors(True)
        self.commands_changed.emit()

    def redock(self, editor: object) -> None:
        """Ctrl+Shift+W in a form's own window: back into a tab here."""
        if not is_form(editor) or editor not in self.detached:
            return
        self.detached.take(editor)
        index = self.tabs.addTab(editor, editor.display_title())
        self.tabs.setCurrentIndex(index)
        self._fold_editors(False)
        self.window().raise_()
        self.window().activateWindow()
        editor.setFocus()
        self.commands_changed.emit()

    def current_editor(self) -> Editor | None:
        editor = self.tabs.currentWidget()
        return editor if is_form(editor) else None

    def _add_editor(self, kind: str = "incident") -> Editor:
        editor = make_editor(kind, self.ctx)
        # a task's "Open incident", an incident's Tasks tab: each opens in its own tab
        editor.open_parent.connect(self.open_incident)
        editor.open_item.connect(self.open_incident)
        child = next((k for k in kinds.ACTIVE if editor.decl.key in kinds.kind(k).parent_kinds),
                     None)
        editor.open_task_requested.connect(lambda task_id: self.open_incident(task_id, child))
        editor.replaced.connect(lambda dto: self._replace(editor, dto))
        draft = getattr(editor, "article_draft", None)
        if draft is not None:
            draft.connect(self.article_draft_requested)
        index = self.tabs.addTab(editor, editor.display_title())
        editor.title_changed.connect(lambda text: self._retitle(editor, text))
        editor.message.connect(self.status_message)
        editor.dirty_changed.connect(lambda _d: self.commands_changed.emit())
        editor.saved.connect(lambda _dto: self.commands_changed.emit())
        self.tabs.setCurrentIndex(index)
        self._fold_editors(False)
        self.commands_changed.emit()
        return editor

    def _fold_editors(self, fold: bool) -> None:
        """No incident open: the queue takes the height and the hint a single strip; the first
        incident opened brings back the split the person last used."""
        if fold:
            if self.editors_area.currentWidget() is self.tabs:
                self._open_sizes = self.splitter.sizes()
            self.editors_area.setCurrentIndex(0)
            total = sum(self.splitter.sizes()) or 1000
            self.splitter.setStretchFactor(1, 0)
            self.splitter.setSizes([max(total - HINT_HEIGHT, 100), HINT_HEIGHT])
        elif self.editors_area.currentWidget() is not self.tabs:
            self.editors_area.setCurrentWidget(self.tabs)
            self.splitter.setStretchFactor(1, 3)
            self.splitter.setSizes(self._open_sizes)

    def _retitle(self, editor: Editor, text: str) -> None:
        self.detached.retitle(editor, text)
        index = self.tabs.indexOf(editor)
        if index >= 0:
            self.tabs.setTabText(index, text)
            self.tabs.setTabToolTip(index, editor.dto.title if editor.dto else text)

    def open_incident(self, incident_id: object, kind: str | None = None) -> Editor | None:
        """Show the work item in its tab, opening one if needed: an incident task in the task
        editor, anything else in the incident editor. ``kind`` when the caller knows it, else
        the kind of the queue's loaded row (an id the queue has not loaded is an incident)."""
        if not isinstance(incident_id, uuid.UUID):
            try:
                incident_id = uuid.UUID(str(incident_id))
            except ValueError:
                self.status_message.emit(self.tr("That is not an incident id."))
                return None
        for editor in self.editors():
            if editor.shown_id == incident_id:
                if editor in self.detached:
                    self.detached.show(editor)
                else:
                    self.tabs.setCurrentWidget(editor)
                return editor
        kind = kind or self._known_kind(incident_id)
        editor = self._add_editor(kind or "incident")
        editor.load(incident_id)
        return editor

    def _known_kind(self, item_id: uuid.UUID) -> str | None:
        row = self.queues.model.row_of(item_id)
        found = self.queues.model.row_at(row) if row is not None else None
        return found.kind if found is not None else None

    def close_tab(self, index: int) -> bool:
        editor = self.tabs.widget(index)
        if is_form(editor) and not self._may_discard(editor):
            return False
        self.tabs.removeTab(index)
        if editor is not None:
            editor.deleteLater()
        if self.tabs.count() == 0:
            self._fold_editors(True)
            self.queues.view.setFocus()
        self.commands_changed.emit()
        return True

    def close_current(self) -> None:
        if self.tabs.count():
            self.close_tab(self.tabs.currentIndex())

    def save_and_close(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.save(then=lambda: self.close_tab(self.tabs.indexOf(editor)))

    def _may_discard(self, editor: Editor) -> bool:
        if not editor.is_dirty():
            return True
        if editor in self.detached:
            self.detached.show(editor)
        else:
            self.tabs.setCurrentWidget(editor)
        answer = ask_unsaved(self, editor.display_title().rstrip(" *"))
        if answer == QMessageBox.StandardButton.Save:
            editor.save(then=lambda: self.close_tab(self.tabs.indexOf(editor)))
            return False
        return answer == QMessageBox.StandardButton.Discard

    # -- AreaView ---------------------------------------------------------------------------
    def side_panel(self) -> QueueSection:
        """The queue list, for the main window's area bar: the grid gets the full width."""
        if self.queue_section is None:
            self.queue_section = QueueSection(self.queues.detach_navigator())
        return self.queue_section

    def refresh(self) -> None:
        self.queues.refresh()
        self.approvals.refresh()
        current = self.top.currentWidget()
        if current in (self._known_errors, self._major_board, self._access):  # those built
            cast(Any, current).refresh()
        for editor in self.editors():
            if not editor.is_dirty() and editor.incident_id is not None:
                editor.reload()

    def shutdown(self) -> None:
        self.detached.close_all()
        for board in list(self.wallboards):
            board.close()
        self.queues.shutdown()

    def can_close(self) -> bool:
        return all(self._may_discard(editor) for editor in self.editors())

    def save_state(self, settings: QSettings) -> None:
        if self.editors_area.currentWidget() is self.tabs:
            self._open_sizes = self.splitter.sizes()
        settings.setValue("split", [int(x) for x in self._open_sizes])
        if self.queue_section is not None:
            settings.setValue("queues_folded", self.queue_section.is_collapsed())

    def restore_state(self, settings: QSettings) -> None:
        if self.queue_section is not None:
            self.queue_section.set_collapsed(
                str(settings.value("queues_folded", "false")).lower() == "true")
        sizes = settings.value("split")
        if isinstance(sizes, list) and len(sizes) == 2:
            try:
                self._open_sizes = [max(int(x), 50) for x in sizes]
            except (TypeError, ValueError):
                return
            if self.editors_area.currentWidget() is self.tabs:
                self.splitter.setSizes(self._open_sizes)

    def supports_new(self) -> bool:
        return True

    def new_record(self) -> None:
        self._add_editor().new_item()
        self.status_message.emit(self.tr("New incident: type a title, then Ctrl+S to save."))

    def supports_save(self) -> bool:
        return self.current_editor() is not None

    def save(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            editor.save()

    def supports_navigation(self) -> bool:
        return True

    def next_record(self) -> None:
        self._step(1)

    def previous_record(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        """Move the queue's current row and show that incident in the current tab."""
        view, model = self.queues.view, self.queues.model
        rows = model.rowCount()
        if rows == 0:
            self.status_message.emit(self.tr("The queue is empty."))
            return
        current = view.currentIndex().row()
        editor = self.current_editor()
        if current < 0 and editor is not None and editor.incident_id is not None:
            found = model.row_of(editor.incident_id)
            current = -1 if found is None else found
        row = current + delta if current >= 0 else (0 if delta > 0 else rows - 1)
        if not 0 <= row < rows:
            self.status_message.emit(self.tr("No more incidents in this queue."))
            return
        index = model.index(row, 0)
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        view.scrollTo(index)
        incident_id = index.data(IdRole)
        if not isinstance(incident_id, uuid.UUID):
            self.status_message.emit(self.tr("Still loading that row; try again."))
            return
        self._show_in_current_tab(incident_id)

    def _show_in_current_tab(self, incident_id: uuid.UUID) -> None:
        for other in self.editors():
            if other.shown_id == incident_id:
                self.tabs.setCurrentWidget(other)
                return
        editor = self.current_editor()
        kind = self._known_kind(incident_id) or "incident"
        if editor is None or editor.decl.key != (kind if kind in EDITORS else "incident"):
            self.open_incident(incident_id, kind)  # another kind needs its own editor
            return
        if not self._may_discard(editor):
            return
        editor.load(incident_id)

    def incident_ids(self) -> list[Any]:
        """What the tabs show, in tab order (None for a blank form)."""
        return [e.incident_id for e in self.editors()]
