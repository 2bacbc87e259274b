"""The change plan's Releases page: releases with their status and target window, and the
selected one's changes with their states and open conflicts (Enter or a double click opens a
change). A release no change belongs to can be deleted, asked first; one that changes still
belong to names them instead, so no change loses its release behind the change manager's back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskapp.services.change_calendar import ReleaseChange, ReleaseView
from deskapp.services.change_plan import NAMED_CHANGES, RELEASE_LABELS, ReleaseDTO
from deskapp.ui.labels import status_label, tr_label
from deskapp.ui.permissions import guard
from deskapp.ui.strategy.widgets import (
    Column,
    DtoTableModel,
    data_table,
    restore_layout,
    save_layout,
    tr,
)
from deskapp.ui.transition.plan_dialogs import ReleaseDialog
from deskapp.ui.transition.plan_page import EARLIEST, PlanPage, when
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.ui.context import UiContext


class ReleasesPage(PlanPage[ReleaseDTO]):
    """Releases, and the selected one's changes with their states and open conflicts."""

    open_change = Signal(object)  # a change's id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "releases", [
            Column[ReleaseDTO](tr("Name"), lambda r: r.name),
            Column[ReleaseDTO](tr("Status"), lambda r: tr_label(RELEASE_LABELS.get(
                r.status, r.status))),
            Column[ReleaseDTO](tr("Target from"), lambda r: when(r.target_start),
                               lambda r: r.target_start or EARLIEST),
            Column[ReleaseDTO](tr("Target to"), lambda r: when(r.target_end),
                               lambda r: r.target_end or EARLIEST),
            Column[ReleaseDTO](tr("Description"), lambda r: r.description.replace("\n", " ")),
        ], self.tr("&New release…"), (240, 110, 130, 130), parent)
        self._generation = 0
        #: the selected release's changes as last loaded (None: not loaded yet)
        self.shown_changes: tuple[uuid.UUID, list[ReleaseChange]] | None = None
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setObjectName("releasesDelete")
        self.delete_button.setToolTip(self.tr("Delete the selected release (Delete); only a "
                                              "release no change belongs to"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.bar.insertWidget(2, self.delete_button)
        self.on_delete = self.ask_delete
        guard(self.delete_button, self.may)
        self.changes: DtoTableModel[ReleaseChange] = DtoTableModel([
            Column[ReleaseChange](tr("Number"), lambda c: c.entry.number),
            Column[ReleaseChange](tr("Title"), lambda c: c.entry.title),
            Column[ReleaseChange](tr("Status"), lambda c: status_label(c.entry.status,
                                                                       "change")),
            Column[ReleaseChange](tr("From"), lambda c: when(c.entry.starts)),
            Column[ReleaseChange](tr("Until"), lambda c: when(c.entry.ends)),
            Column[ReleaseChange](tr("Implementer"), lambda c: c.entry.implementer),
            Column[ReleaseChange](tr("Open conflicts"), lambda c: ", ".join(
                c.conflict_labels) or "—", colour=lambda c: "#b3261e" if c.conflicts else None),
        ], self)
        self.change_table = data_table(self)
        self.change_table.setObjectName("releaseChanges")
        self.change_table.setModel(self.changes)
        for column, width in enumerate((100, 300, 100, 130, 130, 160)):
            self.change_table.horizontalHeader().resizeSection(column, width)
        self.change_table.activated.connect(self._open_change)  # Enter, or a double click
        self.changes_label = QLabel(self.tr("Select a release to see its changes."))
        self.changes_label.setObjectName("releaseChangesLabel")
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.changes_label)
        lower_layout.addWidget(self.change_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.layout_.removeWidget(self.table)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 220])
        self.layout_.addWidget(self.splitter, 1)

    def fetch(self) -> Callable[[], list[ReleaseDTO]]:
        plan = self.plan
        return plan.releases

    def count_text(self, n: int) -> str:
        return self.tr("%n release(s)", "", n)

    def make_dialog(self, record: ReleaseDTO | None) -> QDialog:
        return ReleaseDialog(self.ctx.runner, self.may, self.plan, record, self)

    def selection_changed(self) -> None:
        release = self.current()
        self._generation += 1
        generation = self._generation
        self.shown_changes = None
        if self.may.allowed:
            self.delete_button.setEnabled(release is not None)
        if release is None:
            self.changes.set_rows([])
            self.changes_label.setText(self.tr("Select a release to see its changes."))
            return
        calendar, key = self.ctx.services.change_calendar, release.id

        def done(view: ReleaseView) -> None:
            if generation != self._generation:
                return
            self.shown_changes = (view.id, list(view.changes))
            self.changes.set_rows(list(view.changes))
            open_conflicts = sum(1 for c in view.changes if c.conflicts)
            self.changes_label.setText(self.tr(
                "{name}: %n change(s); {conflicts} with conflicts not accepted yet", "",
                len(view.changes)).format(name=view.name, conflicts=open_conflicts))

        self._run.run(lambda: calendar.release(key), done,
                      lambda exc: self.message.emit(user_message(exc)))

    def ask_delete(self) -> None:
        """Delete the selected release, asked first (Cancel is the default). A release that
        changes still belong to is not offered for deletion: the box names them instead."""
        r = self.current()
        if r is None or not self.may.allowed or self.question is not None:
            return
        calendar, key = self.ctx.services.change_calendar, r.id

        def counted(view: ReleaseView) -> None:
            current = self.current()
            if current is None or current.id != key:
                return
            if view.changes:
                self._refuse_delete(r, [c.entry.number for c in view.changes])
                return
            plan, version = self.plan, r.version
            self.ask(self.tr("Delete release?"),
                     self.tr("Delete the release '{name}'? No change belongs to it; it is no "
                             "longer offered on changes or shown on the calendar.")
                     .format(name=r.name),
                     self.tr("Delete"), lambda: plan.delete_release(key, version),
                     self.tr("Deleted the release '{name}'.").format(name=r.name),
                     cancel=True)

        self._run.run(lambda: calendar.release(key), counted,
                      lambda exc: self.message.emit(user_message(exc)))

    def _refuse_delete(self, release: ReleaseDTO, numbers: list[str]) -> None:
        shown = ", ".join(numbers[:NAMED_CHANGES])
        if len(numbers) > NAMED_CHANGES:
            shown = self.tr("{numbers} and {more} more").format(
                numbers=shown, more=len(numbers) - NAMED_CHANGES)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Release still in use"),
                          self.tr("The release '{name}' still holds %n change(s) ({numbers}); "
                                  "take them out of it (each change's Release field) or move "
                                  "them to another release first.", "", len(numbers))
                          .format(name=release.name, numbers=shown),
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("releasesInUse")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda _o=None: setattr(self, "question", None))
        self.question = box
        box.open()

    def _open_change(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_change.emit(self.changes.row_at(index.row()).entry.id)

    def save_state(self, settings: QSettings) -> None:
        save_layout(settings, {"plan_releases": self.splitter},
                    {"plan_releases": self.table, "plan_release_changes": self.change_table})

    def restore_state(self, settings: QSettings) -> None:
        restore_layout(settings, {"plan_releases": self.splitter},
                       {"plan_releases": self.table, "plan_release_changes": self.change_table})

