"""The change plan's pages share one shape: a list of one kind of plan record with New and
Edit (a dialog; `Enter` or a double click opens the selected one) and a page's own actions,
asked first where they remove something. Everyone may read the plan; only change managers and
administrators change it (the buttons say why not)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.domain.permissions import Action, Resource
from deskapp.ui import theme
from deskapp.ui.operation.models import local_time
from deskapp.ui.permissions import guard
from deskapp.ui.queues.model import SafeRunner
from deskapp.ui.strategy.widgets import (
    Column,
    DtoTableModel,
    data_table,
    restore_layout,
    save_layout,
)
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.dto import Choice
    from deskapp.ui.context import UiContext

T = TypeVar("T")
#: freeze windows listed: from this far back with "Show ended" (they are few: a handful a year)
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Reference:
    """What the dialogs pick from: services, staff and teams."""

    services: list[Choice]
    staff: list[Choice]
    teams: list[Choice]


class PlanPage(QWidget, Generic[T]):
    """A list of one kind of plan record with New and Edit (and a third action)."""

    message = Signal(str)
    changed = Signal()  # something was saved or removed

    def __init__(self, ctx: UiContext, name: str, columns: Sequence[Column[T]],
                 new_text: str, widths: Sequence[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.name = name
        self.plan = ctx.services.change_plan
        self._run = SafeRunner(self, ctx.runner)
        self.reference = Reference([], [], [])
        self.dialog: QDialog | None = None
        self.question: QMessageBox | None = None
        self.loaded = False
        self.model: DtoTableModel[T] = DtoTableModel(columns, self)
        self.table = data_table(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setModel(self.model)
        for column, width in enumerate(widths):  # the defaults; the person's own are restored
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.activated.connect(lambda _i: self.edit())  # Enter, or a double click
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._selection())
        self.new_button = QPushButton(new_text)
        self.new_button.setObjectName(f"{name}New")
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName(f"{name}Edit")
        self.edit_button.setToolTip(self.tr("Open the selected one (Enter)"))
        self.edit_button.clicked.connect(self.edit)
        self.count = QLabel()
        self.count.setStyleSheet(theme.muted_style())
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.new_button)
        self.bar.addWidget(self.edit_button)
        self.bar.addStretch(1)
        self.bar.addWidget(self.count)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.layout_.addLayout(self.bar)
        self.layout_.addWidget(self.table, 1)
        self.may = self.ctx.services.may(Action.EDIT, Resource.CHANGE_PLAN)
        guard(self.new_button, self.may)
        #: what the Delete key does on the list (remove, where the service can)
        self.on_delete: Callable[[], None] | None = None
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete \
                and self.on_delete is not None:
            self.on_delete()
            return True
        return super().eventFilter(watched, event)

    # -- loading ----------------------------------------------------------------------------
    def fetch(self) -> Callable[[], list[T]]:
        raise NotImplementedError

    def reload(self, select: uuid.UUID | None = None) -> None:
        keep = select or self.current_id()

        def done(rows: list[T]) -> None:
            self.loaded = True
            self.model.set_rows(rows)
            self.count.setText(self.count_text(len(rows)))
            row = self.model.row_of(keep) if keep is not None else -1
            if row < 0 and rows:
                row = 0
            if row >= 0:
                self.table.selectRow(row)
            self._selection()

        self._run.run(self.fetch(), done, lambda exc: self.message.emit(user_message(exc)))

    def count_text(self, n: int) -> str:
        return self.tr("%n record(s)", "", n)

    def current(self) -> T | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def current_id(self) -> uuid.UUID | None:
        found = self.current()
        return getattr(found, "id", None) if found is not None else None

    def _selection(self) -> None:
        self.edit_button.setEnabled(self.current() is not None)
        self.selection_changed()

    def selection_changed(self) -> None:
        """A page's own buttons follow the selection."""

    # -- editing ----------------------------------------------------------------------------
    def make_dialog(self, record: T | None) -> QDialog:
        raise NotImplementedError

    def new_record(self) -> None:
        if self.may.allowed:
            self._open(None)

    def edit(self) -> None:
        record = self.current()
        if record is not None:
            self._open(record)

    def _open(self, record: T | None) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        dialog = self.make_dialog(record)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)  # type: ignore[attr-defined]
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _saved(self, dto: object) -> None:
        self.message.emit(self.tr("Saved '{name}'.").format(name=self.describe(dto)))
        self.reload(select=getattr(dto, "id", None))
        self.changed.emit()

    def describe(self, record: object) -> str:
        return str(getattr(record, "name", ""))

    def ask(self, title: str, text: str, yes: str, work: Callable[[], Any],
            done_text: str, *, cancel: bool = False) -> None:
        """Ask first (No, or with ``cancel`` Cancel, is the default); on Yes run ``work`` and
        say ``done_text``."""
        if self.question is not None:
            return
        no = QMessageBox.StandardButton.Cancel if cancel else QMessageBox.StandardButton.No
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.Yes | no, self)
        box.setObjectName(f"{self.name}Question")
        box.button(QMessageBox.StandardButton.Yes).setText(yes)
        box.setDefaultButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _o=None: setattr(self, "question", None))
        self.question = box

        def answered(button: object) -> None:
            if box.buttonRole(button) != QMessageBox.ButtonRole.YesRole:  # type: ignore[arg-type]
                return

            def finished(_result: object) -> None:
                self.message.emit(done_text)
                self.reload()
                self.changed.emit()

            self._run.run(work, finished, lambda exc: self.message.emit(user_message(exc)))

        box.buttonClicked.connect(answered)
        box.open()

    # -- layout -----------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, {}, {f"plan_{self.name}": self.table})

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, {}, {f"plan_{self.name}": self.table})


def when(value: datetime | None) -> str:
    return local_time(value) if value is not None else "—"

