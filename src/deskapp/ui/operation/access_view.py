"""Access (Service Operation): who holds what, per person or per system; the grants expiring
soon (a queue that opens their revocation tasks); the grants no request stands behind
(flagged); access reviews; the systems and their entitlements.

Ctrl+Alt+A shows it (from the queue list too). Its commands: request access, revoke the
selected grants, a leaver, start a review. A grant's history shows under the list; Enter or a
double click on a grant opens the request that granted it. Esc goes back to the queues.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.access import GrantDTO, SystemDTO
from deskapp.ui import theme
from deskapp.ui.operation.access_dialogs import (
    EntitlementDialog,
    GrantRequestDialog,
    LeaverDialog,
    RetireSystemDialog,
    RevokeDialog,
    StartReviewDialog,
    SystemDialog,
)
from deskapp.ui.operation.access_reviews_view import ReviewsPage
from deskapp.ui.operation.models import local_time
from deskapp.ui.operation.side_tabs import apply_widths, read_only_table
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.work_items.request_form_widget import SearchPicker
from deskapp.ui.work_items.rows_model import RowsModel
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Choice
    from deskapp.ui.context import UiContext

_Index = QModelIndex | QPersistentModelIndex
SETTINGS_TAB = "access/tab"


class GrantsModel(RowsModel[GrantDTO]):
    HEADERS = ("Person", "System", "Entitlement", "Since", "Expires", "Granted by", "Request")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        g = self.row(index.row())
        if g is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 6 and g.unrequested:
            return QBrush(theme.readable(theme.ERROR[0]))
        if role == Qt.ItemDataRole.ToolTipRole and g.unrequested:
            return self.tr("No request stands behind this grant ({source}); confirm it in a "
                           "review or revoke it.").format(source=g.source)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if g.revoked_at is not None:
            request = self.tr("revoked {when}").format(when=local_time(g.revoked_at))
        elif g.revocation_number:
            request = self.tr("revoking: {number}").format(number=g.revocation_number)
        else:
            request = g.request_number or self.tr("⚑ none ({source})").format(source=g.source)
        values = (g.person.label, g.system.label, g.entitlement.label, local_time(g.granted_at),
                  local_time(g.expires_at) if g.expires_at else "", g.granted_by or "", request)
        return values[index.column()] if 0 <= index.column() < len(values) else None


class SystemsModel(RowsModel[SystemDTO]):
    HEADERS = ("System", "Owner", "Team", "CI", "Entitlements", "Holders")

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Override QAbstractTableModel::data
        s = self.row(index.row())
        if s is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        name = self.tr("{name} (retired)").format(name=s.name) if s.retired else s.name
        values = (name, s.owner.label if s.owner else "", s.team.label if s.team else "",
                  s.ci.label if s.ci else "", str(s.entitlements), str(s.holders))
        return values[index.column()] if 0 <= index.column() < len(values) else None


class _GrantList(QWidget):
    """A grants table with the chosen grant's history below it."""

    def __init__(self, view: AccessView, name: str, top: QWidget | None = None) -> None:
        super().__init__()
        self.view = view
        self.model = GrantsModel(self)
        self.table = read_only_table(name, (160, 140, 160, 120, 120, 130))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        apply_widths(self.table)
        self.table.activated.connect(self._open)
        self.history = QTextBrowser()
        self.history.setObjectName(f"{name}History")
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_history(current.row()))
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if top is not None:
            layout.addWidget(top)
        layout.addWidget(split, 1)

    def set_rows(self, rows: list[GrantDTO]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        else:
            self.history.clear()

    def selected(self) -> list[GrantDTO]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [g for g in (self.model.row(i) for i in rows) if g is not None]

    def _show_history(self, row: int) -> None:
        grant = self.model.row(row)
        if grant is None:
            self.history.clear()
            return
        access = self.view.ctx.services.access

        def show(events: list[Any]) -> None:
            lines = "".join(
                f"<li>{escape(local_time(e.occurred_at))} · <b>{escape(_what(e.what))}</b>"
                f"{' · ' + escape(e.detail) if e.detail else ''}"
                f"{' · ' + escape(e.actor) if e.actor else ''}</li>" for e in events)
            note = f"<p><i>{escape(grant.note)}</i></p>" if grant.note else ""
            self.history.setHtml(f"<b>{escape(grant.label)}</b>{note}<ul>{lines}</ul>")

        self.view.runner.run(lambda: access.history(grant.id), show, self.view.fail)

    def _open(self, index: QModelIndex) -> None:
        grant = self.model.row(index.row())
        if grant is not None and grant.request_id is not None:
            self.view.open_requested.emit(grant.request_id, "access_request")


def _what(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("AccessView", {
        "granted": "Granted", "revocation_opened": "Revocation opened", "revoked": "Revoked",
        "revocation_cancelled": "Revocation cancelled", "confirmed": "Confirmed in a review",
    }.get(key, key))


class AccessView(QWidget):
    """``open_requested(item_id, kind)``, ``back_requested``, ``message(str)``, ``changed``
    (access requests were raised: queues refresh)."""

    open_requested = Signal(object, str)
    back_requested = Signal()
    message = Signal(str)
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accessView")
        self.ctx = ctx
        self.runner = SafeRunner(self, ctx.runner)
        self.title = QLabel(self.tr("<b>Access</b>"))
        self.title.setObjectName("accessTitle")
        self.request_button = self._button(self.tr("Re&quest access…"), "requestAccess",
                                           self.request_access)
        self.revoke_button = self._button(self.tr("Revo&ke selected…"), "revokeSelected",
                                          self.revoke_selected)
        self.leaver_button = self._button(self.tr("&Leaver…"), "leaver", self.leaver)
        self.back_button = self._button(self.tr("Back to &queues"), "accessBack",
                                        self.back_requested.emit)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        for b in (self.request_button, self.revoke_button, self.leaver_button, self.back_button):
            top.addWidget(b)
        # who has what: by person (a search) or by system
        self.person = SearchPicker(ctx.services.reference.callers,
                                   lambda job, done: self.runner.run(job, done, self.fail),
                                   self.tr("Type a name or e-mail to see what a person holds"))
        self.person.setObjectName("accessFindPerson")
        self.person.changed.connect(self._person_chosen)
        self.system = QComboBox()
        self.system.setObjectName("accessBySystem")
        self.system.currentIndexChanged.connect(lambda _i: self._system_chosen())
        picker = QWidget()
        row = QHBoxLayout(picker)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget, stretch in ((self.tr("&Person:"), self.person, 2),
                                      (self.tr("or sys&tem:"), self.system, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        self.holders = _GrantList(self, "accessGrants", picker)
        self.expiring = _GrantList(self, "expiringGrants", self._expiring_bar())
        self.unrequested = _GrantList(self, "unrequestedGrants")
        self.reviews = ReviewsPage(self)
        self.systems = self._systems_page()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("accessTabs")
        self.tabs.addTab(self.holders, self.tr("&Who has what"))
        self.tabs.addTab(self.expiring, self.tr("E&xpiring"))
        self.tabs.addTab(self.unrequested, self.tr("&Unrequested"))
        self.tabs.addTab(self.reviews, self.tr("Rev&iews"))
        self.tabs.addTab(self.systems, self.tr("S&ystems"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        for keys, slot, what in (
                ("Escape", self.back_requested.emit, self.tr("Back to the queues")),
                ("Ctrl+Alt+L", self.leaver, self.tr("Leaver: revoke all access of a person"))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)
            shortcut.activated.connect(slot)
        saved = QSettings().value(SETTINGS_TAB, 0, type=int)
        self.tabs.setCurrentIndex(saved if isinstance(saved, int) else 0)
        self._selected_person: Choice | None = None
        self.retire_dialog: RetireSystemDialog | None = None

    def _button(self, text: str, name: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _expiring_bar(self) -> QWidget:
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.expiring_note = QLabel()
        self.expiring_note.setObjectName("expiringNote")
        self.expiring_note.setWordWrap(True)
        self.next_sweep: list[GrantDTO] = []
        self.expiry_tasks_button = self._button(self.tr("Open &revocation tasks now"),
                                                "openExpiryTasks", self.open_expiry_tasks)
        row.addWidget(self.expiring_note, 1)
        row.addWidget(self.expiry_tasks_button)
        return bar

    def _systems_page(self) -> QWidget:
        page = QWidget()
        self.systems_model = SystemsModel(self)
        self.systems_table = read_only_table("accessSystems", (180, 150, 150, 150, 90))
        self.systems_table.setModel(self.systems_model)
        apply_widths(self.systems_table)
        self.entitlements = QTextBrowser()
        self.entitlements.setObjectName("systemEntitlements")
        self.systems_table.selectionModel().currentRowChanged.connect(
            lambda current, _p: self._show_entitlements(current.row()))
        add_system = self._button(self.tr("Add &system…"), "addSystem", self.add_system)
        add_entitlement = self._button(self.tr("Add &entitlement…"), "addEntitlement",
                                       self.add_entitlement)
        self.edit_system_button = self._button(self.tr("&Change system…"), "editSystem",
                                               self.edit_system)
        self.retire_system_button = self._button(self.tr("Reti&re system…"), "retireSystem",
                                                 self.retire_system)
        self.show_retired = QCheckBox(self.tr("Show retire&d"))
        self.show_retired.setObjectName("showRetiredSystems")
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_retired)
        buttons.addStretch(1)
        for button in (add_system, add_entitlement, self.edit_system_button,
                       self.retire_system_button):
            buttons.addWidget(button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        split.addWidget(self.systems_table)
        split.addWidget(self.entitlements)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self._entitlement_rows: list[Any] = []
        return page

    # -- loading --------------------------------------------------------------------------
    def fail(self, exc: BaseException) -> None:
        self.message.emit(user_message(exc))

    def refresh(self) -> None:
        """Reload the systems (the picker) and the tab on screen."""
        access = self.ctx.services.access
        retired = self.show_retired.isChecked()
        self.runner.run(lambda: (access.systems(retired=retired), access.entitlements()),
                        self._systems_loaded, self.fail)
        self._tab_changed(self.tabs.currentIndex())

    def _systems_loaded(self, found: tuple[list[SystemDTO], list[Any]]) -> None:
        systems, self._entitlement_rows = found
        chosen = self.system.currentData()
        self.system.blockSignals(True)
        self.system.clear()
        self.system.addItem(self.tr("(choose)"), None)
        for s in systems:
            self.system.addItem(s.name, s.id)
        self.system.setCurrentIndex(max(self.system.findData(chosen), 0))
        self.system.blockSignals(False)
        shown = self.current_system()
        self.systems_model.set_rows(systems)
        row = next((n for n, s in enumerate(systems) if shown and s.id == shown.id), 0)
        if systems:
            self.systems_table.selectRow(row)
        self._system_buttons()

    def _tab_changed(self, index: int) -> None:
        QSettings().setValue(SETTINGS_TAB, index)
        access = self.ctx.services.access
        page = self.tabs.widget(index)
        if page is self.holders:
            self._reload_holders()
        elif page is self.expiring:
            requests = self.ctx.services.access_requests
            self.runner.run(lambda: (access.expiring(), requests.expiry_preview()),
                            self._expiring_loaded, self.fail)
        elif page is self.unrequested:
            self.runner.run(access.unrequested, self.unrequested.set_rows, self.fail)
        elif page is self.reviews:
            self.reviews.refresh()
        self._enable()

    def _expiring_loaded(self, found: tuple[list[GrantDTO], list[GrantDTO]]) -> None:
        rows, next_sweep = found
        self.expiring.set_rows(rows)
        self.next_sweep = next_sweep
        text = self.tr("%n grant(s) expire within 30 days or have expired.", "", len(rows))
        if next_sweep:
            names = ", ".join(g.label for g in next_sweep[:3]) + (
                " …" if len(next_sweep) > 3 else "")
            text += " " + self.tr(
                "The next SLA sweep (within a minute) opens a revocation task, due at the "
                "expiry, for %n of them: {names}.", "", len(next_sweep)).format(names=names)
        else:
            text += " " + self.tr("The next SLA sweep opens no revocation task: every grant "
                                  "due within a week has one.")
        self.expiring_note.setText(text)
        self.expiring_note.setToolTip("\n".join(g.label for g in next_sweep))
        self.expiry_tasks_button.setEnabled(bool(next_sweep))

    def _person_chosen(self) -> None:
        if self.person.value() is not None:
            self.system.blockSignals(True)
            self.system.setCurrentIndex(0)
            self.system.blockSignals(False)
        self._reload_holders()

    def _system_chosen(self) -> None:
        self._reload_holders()

    def _reload_holders(self) -> None:
        access = self.ctx.services.access
        system, person = self.system.currentData(), self.person.value()
        if system is not None:
            self.runner.run(lambda: access.grants_on_system(system, revoked=True),
                            self.holders.set_rows, self.fail)
        elif person is not None:
            self.runner.run(lambda: access.grants_of_person(person, revoked=True),
                            self.holders.set_rows, self.fail)
        else:
            self.holders.set_rows([])

    def current_system(self) -> SystemDTO | None:
        return self.systems_model.row(self.systems_table.currentIndex().row())

    def _system_buttons(self) -> None:
        system = self.current_system()
        self.edit_system_button.setEnabled(system is not None)
        self.retire_system_button.setEnabled(system is not None)
        self.retire_system_button.setText(self.tr("Resto&re system…") if system and
                                          system.retired else self.tr("Reti&re system…"))

    def _show_entitlements(self, row: int) -> None:
        self._system_buttons()
        system = self.systems_model.row(row)
        if system is None:
            self.entitlements.clear()
            return
        items = "".join(
            f"<li>{escape(e.name)} <i>({escape(e.kind)})</i>"
            + (" · " + escape(self.tr("owner approves")) if e.approval_required else "")
            + "</li>" for e in self._entitlement_rows if e.system_id == system.id)
        self.entitlements.setHtml(f"<b>{escape(system.name)}</b><p>"
                                  f"{escape(system.description)}</p><ul>{items}</ul>")

    def current_list(self) -> _GrantList | None:
        page = self.tabs.currentWidget()
        return page if isinstance(page, _GrantList) else None

    def _enable(self) -> None:
        self.revoke_button.setEnabled(self.current_list() is not None)

    # -- commands -------------------------------------------------------------------------
    def _raised(self, dto: Any) -> None:
        self.message.emit(self.tr("{number} raised.").format(number=dto.number))
        self.changed.emit()
        self.refresh()
        self.open_requested.emit(dto.id, "access_request")

    def request_access(self) -> GrantRequestDialog:
        dialog = GrantRequestDialog(self.ctx, self)
        dialog.done_with.connect(self._raised)
        dialog.open()
        return dialog

    def revoke_selected(self) -> RevokeDialog | None:
        shown = self.current_list()
        grants = [g for g in (shown.selected() if shown else []) if g.revoked_at is None]
        if not grants:
            self.message.emit(self.tr("Select the live grants to revoke first."))
            return None
        dialog = RevokeDialog(self.ctx, grants, self)
        dialog.done_with.connect(self._raised)
        dialog.open()
        return dialog

    def leaver(self) -> LeaverDialog:
        dialog = LeaverDialog(self.ctx, self)
        dialog.done_with.connect(self._raised)
        dialog.open()
        return dialog

    def start_review(self) -> StartReviewDialog:
        dialog = StartReviewDialog(self.ctx, self)

        def started(review: Any) -> None:
            self.message.emit(self.tr("{title} started: %n grant(s) to review.", "",
                                      review.progress.total).format(title=review.title))
            self.reviews.refresh()

        dialog.done_with.connect(started)
        dialog.open()
        return dialog

    def open_expiry_tasks(self) -> None:
        requests = self.ctx.services.access_requests

        def done(numbers: list[str]) -> None:
            self.message.emit(self.tr("%n revocation task(s) opened.", "", len(numbers)))
            self.changed.emit()
            self.refresh()

        self.runner.run(requests.open_expiry_tasks, done, self.fail)

    def add_system(self) -> SystemDialog:
        dialog = SystemDialog(self.ctx, self)
        dialog.done_with.connect(lambda _s: self.refresh())
        dialog.open()
        return dialog

    def edit_system(self) -> SystemDialog | None:
        system = self.current_system()
        if system is None:
            self.message.emit(self.tr("Select the system to change first."))
            return None
        dialog = SystemDialog(self.ctx, self, system)

        def saved(s: SystemDTO) -> None:
            self.message.emit(self.tr("{name} saved.").format(name=s.name))
            self.refresh()

        dialog.done_with.connect(saved)
        dialog.open()
        return dialog

    def retire_system(self) -> None:
        """Ask first, saying how many live grants the system has (and what else depends on
        it); the dialog opens once that is known."""
        system = self.current_system()
        if system is None:
            self.message.emit(self.tr("Select the system to retire first."))
            return
        access = self.ctx.services.access
        self.runner.run(lambda: access.system_use(system.id),
                        lambda use: self._ask_retire(system, use), self.fail)

    def _ask_retire(self, system: SystemDTO, use: Any) -> None:
        dialog = RetireSystemDialog(self.ctx, system, use, self)
        self.retire_dialog = dialog

        def done(s: SystemDTO) -> None:
            self.message.emit((self.tr("{name} retired.") if s.retired else
                               self.tr("{name} is in use again.")).format(name=s.name))
            self.refresh()

        dialog.done_with.connect(done)
        dialog.show_holders.connect(self.show_holders_of)
        dialog.open()

    def show_holders_of(self, system_id: Any) -> None:
        """Who has what, for one system (to revoke their grants before retiring it)."""
        self.tabs.setCurrentWidget(self.holders)
        index = self.system.findData(system_id)
        if index >= 0:
            self.system.setCurrentIndex(index)

    def add_entitlement(self) -> EntitlementDialog:
        system = self.systems_model.row(self.systems_table.currentIndex().row())
        dialog = EntitlementDialog(self.ctx, system.id if system else None, self)
        dialog.done_with.connect(lambda _e: self.refresh())
        dialog.open()
        return dialog
