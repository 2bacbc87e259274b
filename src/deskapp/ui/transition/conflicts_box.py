"""The conflicts beside a change's window: asked again at each edit of the window, the CI or the
implementer (a short pause first, answers to older edits dropped), each with what it collides
with; a conflict is accepted with a justification (Accept…), recorded on the change."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from deskapp.ui import theme
from deskapp.ui.operation.models import local_time
from deskapp.ui.workers import user_message

if TYPE_CHECKING:
    from deskapp.services.change_calendar import ConflictDTO, ConflictReport

#: Wait this long after the last edit before asking (typing a time is several edits).
DELAY_MS = 150
_KEY = Qt.ItemDataRole.UserRole + 1


class ConflictsBox(QGroupBox):
    """``ask`` returns the check to run off the UI thread (None: nothing to check)."""

    checked = Signal(object)  # the ConflictReport shown
    accepted = Signal()  # a conflict was accepted (the change's version moved)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Conflicts"), parent)
        self.setObjectName("conflictsBox")
        self.ask: Callable[[], Callable[[], ConflictReport] | None] = lambda: None
        #: records an acceptance (the change calendar service's ``accept``)
        self.accept_with: Callable[[uuid.UUID, str, str], ConflictReport] = _no_accept
        #: why accepting cannot be done now (unsaved edits), or None
        self.refusal: Callable[[], str | None] = lambda: None
        self.runner: Any = None
        self.change_id: uuid.UUID | None = None
        self.accept_dialog: QInputDialog | None = None
        self.report: ConflictReport | None = None
        self._generation = 0
        self.summary = QLabel()
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflictList")
        self.list.setMaximumHeight(120)
        self.list.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Acce&pt…"))
        self.accept_button.setObjectName("acceptConflict")
        self.accept_button.setToolTip(self.tr("Schedule over the selected conflict, saying why "
                                              "(kept with the change)"))
        self.accept_button.clicked.connect(self.ask_accept)
        self.list.currentItemChanged.connect(lambda *_a: self._enable())
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._check)
        self.show_report(None)

    def schedule(self) -> None:
        """The window (or what it is checked with) changed: check again shortly."""
        self._generation += 1
        self._timer.start()

    def _check(self) -> None:
        job = self.ask()
        generation = self._generation
        if job is None or self.runner is None:
            self.show_report(None)
            return
        self.summary.setText(self.tr("Checking…"))

        def done(report: ConflictReport) -> None:
            if generation == self._generation:
                self.show_report(report)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.report = None
                self.list.clear()
                self.summary.setText(user_message(exc))
                self._enable()

        self.runner.run(job, done, failed)

    def show_report(self, report: ConflictReport | None) -> None:
        self.report = report
        self.list.clear()
        if report is None:
            self.summary.setText(self.tr("Plan the window to see its conflicts."))
        elif not report.conflicts:
            self.summary.setText(self.tr("No conflicts: no other change on these CIs or "
                                         "their neighbours, the implementer is free, no "
                                         "freeze."))
        else:
            self.summary.setText(self.tr("%n conflict(s), {open} not accepted", "",
                                         len(report.conflicts)).format(open=len(report.open)))
            for c in report.conflicts:
                item = QListWidgetItem(self.describe(c))
                item.setData(_KEY, c.key)
                if c.justification:
                    item.setToolTip(self.tr("Accepted: {why}").format(why=c.justification))
                if not c.accepted:
                    brush = theme.sla_brush("breached")
                    if brush is not None:
                        item.setBackground(brush)
                self.list.addItem(item)
        self._enable()
        self.checked.emit(report)

    def describe(self, c: ConflictDTO) -> str:
        when = self.tr("{start} to {end}").format(start=local_time(c.starts),
                                                  end=local_time(c.ends))
        if c.kind == "freeze":
            text = self.tr("Freeze {name}, {when}").format(name=c.label, when=when)
        elif c.kind == "implementer":
            text = self.tr("{n} has the same implementer, {when}").format(n=c.label, when=when)
        elif c.kind == "same_ci":
            text = self.tr("{n} on the same CI {ci}, {when}").format(n=c.label, ci=c.ci_name,
                                                                     when=when)
        else:
            text = self.tr("{n} on {ci}, %n relation(s) away, {when}", "", c.hops or 0).format(
                n=c.label, ci=c.ci_name, when=when)
        return (self.tr("✓ {text}").format(text=text) if c.accepted
                else self.tr("⚠ {text}").format(text=text))

    def _selected(self) -> ConflictDTO | None:
        item = self.list.currentItem()
        if item is None or self.report is None:
            return None
        key = item.data(_KEY)
        return next((c for c in self.report.conflicts if c.key == key), None)

    def _enable(self) -> None:
        chosen = self._selected()
        self.accept_button.setEnabled(self.change_id is not None and chosen is not None
                                      and not chosen.accepted)

    def ask_accept(self) -> None:
        chosen = self._selected()
        if chosen is None or self.change_id is None or self.runner is None:
            return
        refused = self.refusal()
        if refused:
            self.summary.setText(refused)
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("acceptConflictDialog")
        dialog.setWindowTitle(self.tr("Accept a conflict"))
        dialog.setLabelText(self.tr("Why may the change go ahead despite this?\n{what}").format(
            what=self.describe(chosen)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self.accept(chosen.key, text))
        dialog.destroyed.connect(lambda _o=None: setattr(self, "accept_dialog", None))
        self.accept_dialog = dialog
        dialog.open()

    def accept(self, key: str, justification: str) -> None:
        change_id, runner = self.change_id, self.runner
        if change_id is None or runner is None:
            return
        accept_with = self.accept_with

        def job() -> ConflictReport:
            return accept_with(change_id, key, justification)

        def done(report: ConflictReport) -> None:
            self.show_report(report)
            self.accepted.emit()

        runner.run(job, done, lambda exc: self.summary.setText(user_message(exc)))


def _no_accept(_change: uuid.UUID, _key: str, _why: str) -> ConflictReport:
    raise RuntimeError("the conflicts box was not given its service")
